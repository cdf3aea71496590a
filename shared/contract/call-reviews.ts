import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, isoInstantSchema, optionalText, requiredText } from './common';
import { mutation, query } from './define';
import {
  type AnnotationType,
  annotationTypeSchema,
  levelSchema,
  observationSchema,
  verdictSchema,
  visibilitySchema,
} from './observations';

/**
 * The largest transcript file Coachbench imports (it is text: a two-hour call is well under 1 MB). The
 * one limit: the import page, this contract, the core's parser and the HTTP bridge's body limit all
 * derive from it, so a file is never accepted by one and refused by the next with another figure.
 */
export const MAX_TRANSCRIPT_FILE_BYTES = 20 * 1024 * 1024;
/** The largest API request body: a transcript file in base64 (4 characters for 3 bytes) and 1 MB for the rest. */
export const MAX_REQUEST_BYTES = Math.ceil(MAX_TRANSCRIPT_FILE_BYTES / 3) * 4 + 1024 * 1024;
const TRANSCRIPT_LIMIT_MB = `${MAX_TRANSCRIPT_FILE_BYTES / (1024 * 1024)} MB`;

export const CALL_SIDES = ['rep', 'colleague', 'customer'] as const;
export const callSideSchema = z.enum(CALL_SIDES, { error: 'Choose rep, colleague or customer' });
export type CallSide = z.infer<typeof callSideSchema>;

export const ANNOTATION_TYPE_LABELS: Record<AnnotationType, string> = {
  strength: 'Strength',
  'missed-opportunity': 'Missed opportunity',
  'try-instead': 'Try instead',
  question: 'Question',
};

export const participantSchema = z.object({
  id: idSchema,
  name: z.string(),
  side: callSideSchema,
  title: z.string().nullable(),
});
export type Participant = z.infer<typeof participantSchema>;

export const segmentSchema = z.object({
  index: z.number().int().nonnegative(),
  speaker: z.string().nullable(),
  participantId: idSchema.nullable(),
  startMs: z.number().int().nonnegative().nullable(),
  endMs: z.number().int().nonnegative().nullable(),
  text: z.string(),
});
export type Segment = z.infer<typeof segmentSchema>;

export const callTypeSchema = z.object({ id: idSchema, name: z.string(), position: z.number().int() });
export type CallType = z.infer<typeof callTypeSchema>;

/** Where an annotation sits in an immutable transcript: segments and character offsets, and times to seek to. */
export const transcriptAnchorSchema = z
  .object({
    startSegment: z.number().int().nonnegative(),
    startOffset: z.number().int().nonnegative(),
    endSegment: z.number().int().nonnegative(),
    endOffset: z.number().int().nonnegative(),
  })
  .strict()
  .refine(
    (a) => a.endSegment > a.startSegment || (a.endSegment === a.startSegment && a.endOffset > a.startOffset),
    {
      message: 'The selection must end after it starts',
    },
  );

export const transcriptSourceSchema = z
  .object({
    fileName: z.string().max(260).nullish(),
    /** The file's bytes, base64: .docx transcripts are binary. */
    contentBase64: z
      .string()
      .max(
        Math.ceil(MAX_TRANSCRIPT_FILE_BYTES / 3) * 4,
        `The transcript file is larger than ${TRANSCRIPT_LIMIT_MB}`,
      )
      .nullish(),
    text: z
      .string()
      .max(MAX_TRANSCRIPT_FILE_BYTES, `The pasted transcript is larger than ${TRANSCRIPT_LIMIT_MB}`)
      .nullish(),
    /** Labels the manager rejected in the preview: their lines keep their text whole, with no speaker. */
    notSpeakers: z.array(z.string().max(200)).max(100).optional(),
    /** Import a Word document that does not look like a transcript as plain text anyway. */
    asPlainText: z.boolean().optional(),
  })
  .strict()
  .refine((s) => (s.contentBase64 != null) !== (s.text != null), {
    message: 'Give a transcript file or pasted text (one of them)',
  });

export const transcriptPreviewSchema = z.object({
  format: z.enum(['vtt', 'srt', 'docx', 'text']),
  /** The text encoding the file was read in ("UTF-8", "Windows-1252 (Western European)"…); null for pasted text. */
  encoding: z.string().nullable(),
  segmentCount: z.number().int(),
  durationMs: z.number().int().nullable(),
  speakers: z.array(z.object({ label: z.string(), segments: z.number().int(), words: z.number().int() })),
  warnings: z.array(z.string()),
  firstSegments: z.array(segmentSchema),
});

const scorecardLineSchema = z.object({
  behaviourId: idSchema,
  behaviourName: z.string(),
  weight: z.number().positive(),
  critical: z.boolean(),
  /** 1–4, or null for not applicable / not rated yet. */
  level: levelSchema.nullable(),
  comment: z.string().nullable(),
  /** Annotations on this behaviour in this call: the evidence behind the line. */
  evidenceCount: z.number().int().nonnegative(),
  /** Those annotations, in transcript order: shown on the line, each leading to its passage. */
  annotations: z.array(
    z.object({
      id: idSchema,
      level: levelSchema.nullable(),
      verdict: verdictSchema.nullable(),
      quote: z.string().nullable(),
      segmentIndex: z.number().int().nonnegative(),
    }),
  ),
  /** A level read from those annotations, for the manager to confirm; null when they give none. */
  suggestedLevel: levelSchema.nullable(),
});

export const scorecardSchema = z.object({
  templateId: idSchema.nullable(),
  lines: z.array(scorecardLineSchema),
  submittedAt: isoInstantSchema.nullable(),
  /** Weighted mean of rated lines (1–4), null when none is rated. */
  score: z.number().nullable(),
  ratedCount: z.number().int().nonnegative(),
  /** A critical line rated 1 or 2. */
  criticalGap: z.boolean(),
  revision: z.number().int().positive(),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const scorecardTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  callTypeIds: z.array(idSchema),
  lines: z.array(z.object({ behaviourId: idSchema, weight: z.number().positive(), critical: z.boolean() })),
});
export type ScorecardTemplate = z.infer<typeof scorecardTemplateSchema>;

export const keywordListsSchema = z
  .object({
    competitor: z.array(z.string().trim().min(1).max(60)).max(200),
    pricing: z.array(z.string().trim().min(1).max(60)).max(200),
    nextStep: z.array(z.string().trim().min(1).max(60)).max(200),
  })
  .strict();
export type KeywordLists = z.infer<typeof keywordListsSchema>;

const stretchSchema = z.object({
  startIndex: z.number().int(),
  endIndex: z.number().int(),
  startMs: z.number().nullable(),
  durationMs: z.number().nullable(),
  words: z.number().int(),
});

/** Computed from the transcript: definitions in shared/domain/conversation-metrics.ts and the user docs. */
export const callMetricsSchema = z.object({
  hasTimes: z.boolean(),
  /**
   * False while no line of the transcript belongs to a participant (a file without speaker names, before
   * the manager says who spoke): every per-side figure is then unavailable, not zero.
   */
  speakersKnown: z.boolean(),
  words: z.object({ rep: z.number().int(), customer: z.number().int(), unattributed: z.number().int() }),
  talk: z.object({
    basis: z.enum(['duration', 'words']),
    rep: z.number(),
    customer: z.number(),
    repShare: z.number().nullable(),
    customerShare: z.number().nullable(),
  }),
  longestRepMonologue: stretchSchema.nullable(),
  longestCustomerStory: stretchSchema.nullable(),
  repQuestions: z.object({
    total: z.number().int(),
    open: z.number().int(),
    closed: z.number().int(),
    other: z.number().int(),
    openShare: z.number().nullable(),
  }),
  /** Null without times: unavailable, never zero. */
  paceWpm: z.object({ rep: z.number().nullable(), customer: z.number().nullable() }).nullable(),
  interactivity: z.number().nullable(),
});
export type CallMetrics = z.infer<typeof callMetricsSchema>;

export const MOMENT_KINDS = [
  'question',
  'monologue',
  'competitor',
  'pricing',
  'concession',
  'nextStep',
] as const;
export const momentSchema = z.object({
  /** Names the moment across reads (kind, line and text): what a dismissal is stored under. */
  key: z.string(),
  dismissed: z.boolean(),
  kind: z.enum(MOMENT_KINDS),
  segmentIndex: z.number().int(),
  endSegmentIndex: z.number().int(),
  startMs: z.number().nullable(),
  text: z.string(),
  term: z.string().nullable(),
});
export type Moment = z.infer<typeof momentSchema>;

export const callReviewSummarySchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  date: isoDateSchema,
  account: z.string(),
  deal: z.string().nullable(),
  callTypeId: idSchema,
  callTypeName: z.string(),
  durationMs: z.number().int().nullable(),
  annotationCount: z.number().int().nonnegative(),
  /** The submitted scorecard's weighted mean; null until a scorecard is submitted. */
  score: z.number().nullable(),
  ratedCount: z.number().int().nonnegative(),
  scoredAt: isoInstantSchema.nullable(),
});
export type CallReviewSummary = z.infer<typeof callReviewSummarySchema>;

/**
 * callReviews.get carries a transcript's first lines, this many; a longer one's other lines come a page at
 * a time from callReviews.segments. Calls of a few hours come whole; a 100,000-line file does not load
 * (and validate, and cross the transport) every line to open.
 */
export const SEGMENT_PAGE_SIZE = 5000;

export const callReviewSchema = callReviewSummarySchema.extend({
  transcriptFormat: z.enum(['vtt', 'srt', 'docx', 'text']),
  transcriptFileName: z.string().nullable(),
  mediaFileName: z.string().nullable(),
  participants: z.array(participantSchema),
  /** How many lines the transcript has; `segments` holds the first SEGMENT_PAGE_SIZE of them. */
  segmentCount: z.number().int().nonnegative(),
  segments: z.array(segmentSchema),
  annotations: z.array(observationSchema),
  metrics: callMetricsSchema,
  moments: z.array(momentSchema),
  scorecard: scorecardSchema,
  revision: z.number().int().positive(),
  createdAt: isoInstantSchema,
});
export type CallReview = z.infer<typeof callReviewSchema>;

const participantInput = z
  .object({ name: requiredText(120, 'Name'), side: callSideSchema, title: optionalText(120, 'Title') })
  .strict();

export const callReviewMethods = {
  'callReviews.list': query(
    'Call reviews, newest first.',
    z.object({ repId: idSchema.optional() }).strict(),
    z.array(callReviewSummarySchema),
  ),
  'callReviews.get': query(
    'One call review with its transcript, annotations, scorecard, metrics and moments.',
    z.object({ id: idSchema }).strict(),
    callReviewSchema,
  ),
  'callReviews.segments': query(
    'A page of a call’s transcript lines, from line `from` (counted from 0): for transcripts longer than callReviews.get carries.',
    z
      .object({
        id: idSchema,
        from: z.number().int().nonnegative(),
        limit: z.number().int().positive().max(SEGMENT_PAGE_SIZE),
      })
      .strict(),
    z.object({ segmentCount: z.number().int().nonnegative(), segments: z.array(segmentSchema) }),
  ),
  'callReviews.create': mutation(
    'Imports a call: its details, participants, transcript and how the transcript’s speakers map to participants.',
    z
      .object({
        repId: idSchema,
        date: isoDateSchema,
        account: requiredText(160, 'Account'),
        deal: optionalText(160, 'Deal'),
        callTypeId: idSchema,
        participants: z.array(participantInput).min(2, 'A call has at least two participants').max(40),
        /** A transcript read by transcripts.prepare: the file itself never passes through this transaction. */
        transcript: z.object({ preparedId: z.string().min(1).max(100) }).strict(),
        /** Every speaker in the transcript → index into participants, or null for lines that are nobody (e.g. "Recording started"). */
        speakerMap: z.array(
          z.object({ speaker: z.string(), participant: z.number().int().nonnegative().nullable() }).strict(),
        ),
        mediaFileName: optionalText(260, 'Recording file name'),
      })
      .strict()
      .refine((v) => v.participants.filter((p) => p.side === 'rep').length === 1, {
        message: 'Mark exactly one participant as the rep',
        path: ['participants'],
      }),
    callReviewSchema,
  ),
  'callReviews.update': mutation(
    'Edits a call’s details or the name of its linked recording.',
    z
      .object({
        id: idSchema,
        revision: z.number().int().positive(),
        date: isoDateSchema,
        account: requiredText(160, 'Account'),
        deal: optionalText(160, 'Deal'),
        callTypeId: idSchema,
        mediaFileName: optionalText(260, 'Recording file name'),
      })
      .strict(),
    callReviewSchema,
  ),
  'callReviews.assignSpeaker': mutation(
    'Says who spoke a run of transcript lines (or that nobody did): for transcripts without speaker names, or to correct a label.',
    z
      .object({
        id: idSchema,
        revision: z.number().int().positive(),
        fromSegment: z.number().int().nonnegative(),
        toSegment: z.number().int().nonnegative(),
        /** A participant of this call, or null: the lines belong to nobody (e.g. "Recording started"). */
        participantId: idSchema.nullable(),
      })
      .strict()
      .refine((v) => v.fromSegment <= v.toSegment, {
        message: 'The first line must come before the last',
        path: ['toSegment'],
      }),
    callReviewSchema,
  ),
  'callReviews.annotate': mutation(
    'Annotates a passage: an observation whose evidence is the exact quoted text, anchored to segments, offsets and times.',
    z
      .object({
        callReviewId: idSchema,
        anchor: transcriptAnchorSchema,
        annotationType: annotationTypeSchema,
        behaviourId: idSchema,
        level: levelSchema.nullish().transform((v) => v ?? null),
        verdict: verdictSchema.nullish().transform((v) => v ?? null),
        comment: optionalText(4000, 'Comment'),
        visibility: visibilitySchema.default('private'),
      })
      .strict()
      .refine((v) => (v.level === null) !== (v.verdict === null), {
        message: 'Give a level from 1 to 4, or a verdict (strength or gap), not both',
        path: ['level'],
      }),
    observationSchema,
  ),
  'callReviews.saveScorecard': mutation(
    'Saves the scorecard; submitting it records one observation per rated line (and updates them on resubmission).',
    z
      .object({
        id: idSchema,
        revision: z.number().int().positive(),
        templateId: idSchema.nullable(),
        lines: z
          .array(
            z
              .object({
                behaviourId: idSchema,
                weight: z.number().positive().max(10),
                critical: z.boolean(),
                level: levelSchema.nullable(),
                comment: optionalText(2000, 'Comment'),
              })
              .strict(),
          )
          .max(30),
        submit: z.boolean(),
      })
      .strict(),
    callReviewSchema,
  ),
  'callReviews.dismissMoment': mutation(
    'Dismisses a suggested moment on a call (or brings it back): it stays listed as dismissed, out of the way.',
    z.object({ id: idSchema, key: z.string().min(1).max(6000), dismissed: z.boolean() }).strict(),
    z.object({ key: z.string(), dismissed: z.boolean() }),
  ),
  'callReviews.keywords': query(
    'The keyword lists that suggest moments (competitors, pricing, next steps).',
    emptyInput,
    keywordListsSchema,
  ),
  'callReviews.setKeywords': mutation('Edits the keyword lists.', keywordListsSchema, keywordListsSchema),
};
