import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema, optionalText } from './common';
import { mutation, query } from './define';

/** Where an observation came from. Later features add their kinds here as they land. */
export const SOURCE_KINDS = [
  'one-on-one',
  'call-review',
  'note',
  'ad-hoc',
  'deal-review',
  'retrospective',
  'proposal',
  'role-play',
] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS, { error: 'Unknown source kind' });
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const VERDICTS = ['strength', 'gap'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const VISIBILITIES = ['private', 'shared'] as const;
export const visibilitySchema = z.enum(VISIBILITIES);

export const levelSchema = z
  .number({ error: 'The level must be a number from 1 to 4' })
  .int('The level must be a whole number from 1 to 4')
  .min(1, 'The level must be from 1 to 4')
  .max(4, 'The level must be from 1 to 4');

/** Which rich-text field of the source holds the tag: a note has one body; a one-to-one has shared and private notes. */
export const DOCUMENT_PARTS = ['body', 'shared', 'private'] as const;

/** How a call annotation reads: what kind of moment the manager marked. */
export const ANNOTATION_TYPES = ['strength', 'missed-opportunity', 'try-instead', 'question'] as const;
export const annotationTypeSchema = z.enum(ANNOTATION_TYPES);
export type AnnotationType = z.infer<typeof annotationTypeSchema>;

/**
 * Where the evidence sits. In rich text the tag mark carries the observation id itself; in an immutable
 * transcript the anchor is segments and character offsets, with times to seek the recording to.
 */
export const anchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mark'), documentId: idSchema, part: z.enum(DOCUMENT_PARTS).default('body') }),
  z.object({
    kind: z.literal('transcript'),
    documentId: idSchema,
    startSegment: z.number().int().nonnegative(),
    startOffset: z.number().int().nonnegative(),
    endSegment: z.number().int().nonnegative(),
    endOffset: z.number().int().nonnegative(),
    startMs: z.number().int().nonnegative().nullable(),
    endMs: z.number().int().nonnegative().nullable(),
  }),
]);
export type Anchor = z.infer<typeof anchorSchema>;

/** anchored: the tagged text is in its document; unanchored: the user kept it after deleting the text;
 * orphaned: the mark vanished without a decision (kept, flagged, re-attachable). */
export const ANCHOR_STATES = ['anchored', 'unanchored', 'orphaned'] as const;

export const REPLY_STANCES = ['agree', 'differ'] as const;

/** An answer to feedback: "I agree" or "I see it differently, because …", with the replier's own level. */
export const replySchema = z.object({
  id: idSchema,
  authorId: idSchema,
  authorName: z.string(),
  stance: z.enum(REPLY_STANCES),
  selfLevel: levelSchema.nullable(),
  text: z.string(),
  createdAt: isoInstantSchema,
});
export type Reply = z.infer<typeof replySchema>;

export const observationSchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  behaviourId: idSchema,
  /** The behaviour's name when the observation was made. */
  behaviourNameThen: z.string(),
  /** Its name today (after renames and merges). */
  behaviourName: z.string(),
  competencyId: idSchema,
  stageIds: z.array(idSchema),
  observedOn: isoDateSchema,
  level: levelSchema.nullable(),
  verdict: verdictSchema.nullable(),
  evidence: z.string().nullable(),
  anchor: anchorSchema.nullable(),
  anchorState: z.enum(ANCHOR_STATES).nullable(),
  annotationType: annotationTypeSchema.nullable(),
  comment: z.string().nullable(),
  sourceKind: sourceKindSchema,
  sourceId: idSchema.nullable(),
  sourceTitle: z.string().nullable(),
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  visibility: visibilitySchema,
  /** Replies to it, oldest first: whoever may read the observation reads them. */
  replies: z.array(replySchema),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type Observation = z.infer<typeof observationSchema>;

const ratingFields = {
  level: levelSchema.nullish().transform((v) => v ?? null),
  verdict: verdictSchema.nullish().transform((v) => v ?? null),
};

function exactlyOneRating(value: { level: number | null; verdict: string | null }, ctx: z.RefinementCtx) {
  if ((value.level === null) === (value.verdict === null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['level'],
      message: 'Give a level from 1 to 4, or a verdict (strength or gap), not both',
    });
  }
}

export const observationFieldsSchema = z
  .object({
    repId: idSchema,
    behaviourId: idSchema,
    observedOn: isoDateSchema,
    ...ratingFields,
    evidence: optionalText(4000, 'Evidence'),
    anchor: anchorSchema.nullish().transform((v) => v ?? null),
    comment: optionalText(4000, 'Comment'),
    sourceKind: sourceKindSchema.default('ad-hoc'),
    sourceId: idSchema.nullish().transform((v) => v ?? null),
    visibility: visibilitySchema.default('private'),
  })
  .strict()
  .superRefine(exactlyOneRating);
export type ObservationFields = z.input<typeof observationFieldsSchema>;

export const observationUpdateSchema = z
  .object({
    id: idSchema,
    revision: z.number().int().positive(),
    behaviourId: idSchema,
    observedOn: isoDateSchema,
    ...ratingFields,
    comment: optionalText(4000, 'Comment'),
    visibility: visibilitySchema,
    /** Only for call annotations: what kind of moment it is. */
    annotationType: annotationTypeSchema.optional(),
  })
  .strict()
  .superRefine(exactlyOneRating);

export const observationFilterSchema = z
  .object({
    repId: idSchema.optional(),
    behaviourId: idSchema.optional(),
    competencyId: idSchema.optional(),
    stageId: idSchema.optional(),
    sourceKind: sourceKindSchema.optional(),
    sourceId: idSchema.optional(),
    level: levelSchema.optional(),
    verdict: verdictSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

export const observationMethods = {
  'observations.list': query(
    'Observations, newest first, filtered.',
    observationFilterSchema,
    z.array(observationSchema),
  ),
  'observations.get': query('One observation.', z.object({ id: idSchema }).strict(), observationSchema),
  'observations.create': mutation(
    'Records an observation of a rep’s behaviour.',
    observationFieldsSchema,
    observationSchema,
  ),
  'observations.update': mutation(
    'Changes the behaviour, level, date, comment or visibility.',
    observationUpdateSchema,
    observationSchema,
  ),
  'observations.unanchor': mutation(
    'Keeps an observation whose tagged text was deleted, as evidence without a place in the document.',
    z.object({ id: idSchema }).strict(),
    observationSchema,
  ),
  'observations.reply': mutation(
    'Answers feedback: agree or see it differently, and why; optionally with one’s own level for the behaviour.',
    z
      .object({
        observationId: idSchema,
        stance: z.enum(REPLY_STANCES, { error: 'Say whether you agree or see it differently' }),
        text: z
          .string({ error: 'Say why' })
          .trim()
          .min(1, 'Say why, in a sentence or two')
          .max(2000, 'A reply can be at most 2000 characters'),
        selfLevel: levelSchema.nullish().transform((v) => v ?? null),
      })
      .strict(),
    observationSchema,
  ),
  'observations.delete': mutation(
    'Deletes an observation.',
    z.object({ id: idSchema }).strict(),
    z.object({ id: idSchema }),
  ),
};
