import { z } from 'zod';
import { CHECKLIST_KEYS, CHECKLIST_RATINGS } from '../domain/proposal-checklist';
import { MAX_TRANSCRIPT_FILE_BYTES } from './call-reviews';
import {
  idSchema,
  isoDateSchema,
  isoInstantSchema,
  optionalText,
  requiredText,
  revisionedInput,
} from './common';
import { mutation, prepare, query } from './define';
import { levelSchema, visibilitySchema } from './observations';
import { storedRichTextDocSchema } from './rich-text';

/**
 * The largest proposal file Coachbench imports. The same figure as a transcript's, because the HTTP
 * bridge's body limit (MAX_REQUEST_BYTES) is derived from that one: a 50-page .docx with pictures is a
 * few megabytes; a scanned PDF far larger, and it has no text to review anyway.
 */
export const MAX_PROPOSAL_FILE_BYTES = MAX_TRANSCRIPT_FILE_BYTES;
const LIMIT_MB = `${MAX_PROPOSAL_FILE_BYTES / (1024 * 1024)} MB`;

export const PROPOSAL_FORMATS = ['docx', 'pdf', 'md', 'txt', 'html', 'paste'] as const;
export type ProposalFormat = (typeof PROPOSAL_FORMATS)[number];

export const proposalSourceSchema = z
  .object({
    /** The file's name: its extension says how to read it (.docx, .pdf, .md, .txt, .html). */
    fileName: z.string().max(260).nullish(),
    /** The file's bytes, base64. */
    contentBase64: z
      .string()
      .max(Math.ceil(MAX_PROPOSAL_FILE_BYTES / 3) * 4, `The proposal file is larger than ${LIMIT_MB}`)
      .nullish(),
    /** Pasted text instead of a file. */
    text: z.string().max(MAX_PROPOSAL_FILE_BYTES, `The pasted proposal is larger than ${LIMIT_MB}`).nullish(),
  })
  .strict()
  .refine((s) => (s.contentBase64 != null) !== (s.text != null), {
    message: 'Give a proposal file or pasted text (one of them)',
  })
  .refine((s) => s.contentBase64 == null || (s.fileName ?? '').trim() !== '', {
    message: 'A proposal file needs its name, whose extension says how to read it',
    path: ['fileName'],
  });

export const proposalPreviewSchema = z.object({
  format: z.enum(PROPOSAL_FORMATS),
  fileName: z.string().nullable(),
  /** SHA-256 of the original file's bytes (hex), kept with the version; null for pasted text. */
  sha256: z.string().nullable(),
  size: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  /** PDF only: its pages. */
  pages: z.number().int().nullable(),
  /** The headings found, in order (the first 40). */
  outline: z.array(z.string()),
  /** The first few hundred characters of text. */
  excerpt: z.string(),
  /** What was changed or left out on the way (tracked changes accepted, pictures left out…). */
  warnings: z.array(z.string()),
});

/** Where each page of an imported PDF starts in the version's text: offsets into its plain text. */
export const pageStartSchema = z.object({
  page: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
});

/** A passage of a version's text: character offsets into documentText(document).text, end exclusive. */
export const textRangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .strict()
  .refine((r) => r.end > r.start, { message: 'The selection must end after it starts' });

export const CHECKLIST_RATING_LABELS = {
  missing: 'Missing',
  weak: 'Weak',
  adequate: 'Adequate',
  strong: 'Strong',
} as const;

const checklistRatingSchema = z.enum(CHECKLIST_RATINGS, {
  error: 'Rate it missing, weak, adequate or strong',
});
const checklistKeySchema = z.enum(CHECKLIST_KEYS, { error: 'Unknown checklist question' });

export const proposalSignalsSchema = z.object({
  customerFocus: z.object({
    customerMentions: z.number().int(),
    sellerMentions: z.number().int(),
    share: z.number().nullable(),
    sellerCentred: z.boolean(),
  }),
  length: z.object({
    words: z.number().int(),
    characters: z.number().int(),
    pages: z.number().int(),
    readingMinutes: z.number().int(),
  }),
  readingLevel: z.object({
    words: z.number().int(),
    sentences: z.number().int(),
    syllables: z.number().int(),
    grade: z.number().nullable(),
    ease: z.number().nullable(),
  }),
  priceBeforeValue: z.object({
    firstPriceAt: z.number().int().nullable(),
    firstValueAt: z.number().int().nullable(),
    priceFirst: z.boolean(),
  }),
});

export const proposalSummarySchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  authorId: idSchema.nullable(),
  title: z.string(),
  account: z.string(),
  deal: z.string().nullable(),
  value: z.number().nullable(),
  currency: z.string().nullable(),
  date: isoDateSchema,
  visibility: visibilitySchema,
  versionCount: z.number().int(),
  latestVersionLabel: z.string(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type ProposalSummary = z.infer<typeof proposalSummarySchema>;

export const proposalVersionMetaSchema = z.object({
  id: idSchema,
  number: z.number().int().positive(),
  label: z.string(),
  format: z.enum(PROPOSAL_FORMATS),
  fileName: z.string().nullable(),
  sha256: z.string().nullable(),
  size: z.number().int().nonnegative(),
  createdAt: isoInstantSchema,
});

export const proposalVersionSchema = proposalVersionMetaSchema.extend({
  document: storedRichTextDocSchema,
  pageStarts: z.array(pageStartSchema),
  warnings: z.array(z.string()),
  signals: proposalSignalsSchema,
});

export const proposalReplySchema = z.object({
  id: idSchema,
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  text: z.string(),
  createdAt: isoInstantSchema,
});

export const proposalAnnotationSchema = z.object({
  id: idSchema,
  versionId: idSchema,
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  /** Null when the passage changed in this version: the annotation needs a re-check (see `quote`). */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** The exact words annotated (for one needing a re-check, the old version's words). */
  quote: z.string(),
  comment: z.string().nullable(),
  suggestedRewrite: z.string().nullable(),
  behaviourId: idSchema.nullable(),
  behaviourName: z.string().nullable(),
  level: levelSchema.nullable(),
  observationId: idSchema.nullable(),
  visibility: visibilitySchema,
  resolved: z.boolean(),
  needsRecheck: z.boolean(),
  /** The annotation of the earlier version this one was carried over from. */
  carriedFromId: idSchema.nullable(),
  replies: z.array(proposalReplySchema),
  createdAt: isoInstantSchema,
});
export type ProposalAnnotation = z.infer<typeof proposalAnnotationSchema>;

export const checklistLineSchema = z.object({
  key: checklistKeySchema,
  question: z.string(),
  rating: checklistRatingSchema.nullable(),
  note: z.string().nullable(),
  behaviourId: idSchema.nullable(),
  behaviourName: z.string().nullable(),
  observationId: idSchema.nullable(),
  anchor: z.object({ start: z.number().int(), end: z.number().int(), quote: z.string() }).nullable(),
});
export type ChecklistLine = z.infer<typeof checklistLineSchema>;

export const checklistComparisonSchema = z.object({
  key: checklistKeySchema,
  question: z.string(),
  before: checklistRatingSchema.nullable(),
  after: checklistRatingSchema.nullable(),
  change: z.number().int().nullable(),
});

export const proposalDetailSchema = z.object({
  review: proposalSummarySchema,
  versions: z.array(proposalVersionMetaSchema),
  version: proposalVersionSchema,
  annotations: z.array(proposalAnnotationSchema),
  checklist: z.array(checklistLineSchema),
  /** This version's checklist against the version before it; null for the first. */
  checklistComparison: z.array(checklistComparisonSchema).nullable(),
});
export type ProposalDetail = z.infer<typeof proposalDetailSchema>;

const reviewFields = {
  title: requiredText(300, 'The proposal’s title'),
  account: requiredText(200, 'The account'),
  deal: optionalText(200, 'The deal'),
  value: z
    .number({ error: 'The value must be a number' })
    .nonnegative('The value cannot be negative')
    .max(1e12, 'That value is too large')
    .nullish()
    .transform((v) => v ?? null),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like EUR')
    .nullish()
    .transform((v) => v ?? null),
  date: isoDateSchema,
};

const preparedInput = z.object({ preparedId: idSchema }).strict();
const versionLabel = requiredText(80, 'The version label');

export const proposalMethods = {
  'proposals.prepare': prepare(
    'Reads a proposal (.docx, .pdf, .md, .txt, .html or pasted text) off the core’s thread without saving anything: its outline, words, warnings, and a preparedId that proposals.create or proposals.addVersion imports; or what is wrong with the file.',
    proposalSourceSchema,
    proposalPreviewSchema,
    'The proposal preview expired; choose the file again.',
  ),
  'proposals.list': query(
    'Proposal reviews the viewer may see, newest first; one rep’s with repId.',
    z.object({ repId: idSchema.optional() }).strict(),
    z.array(proposalSummarySchema),
  ),
  'proposals.get': query(
    'One proposal review with one version (the latest unless versionId), its annotations the viewer may see and its checklist.',
    z.object({ id: idSchema, versionId: idSchema.optional() }).strict(),
    proposalDetailSchema,
  ),
  'proposals.compare': query(
    'The diff of two versions of a proposal, and their checklists side by side.',
    z.object({ fromVersionId: idSchema, toVersionId: idSchema }).strict(),
    z.object({
      parts: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
      checklist: z.array(checklistComparisonSchema),
    }),
  ),
  'proposals.original': query(
    'The file a version was imported from, as it was, with its SHA-256, so the manager can open it.',
    z.object({ versionId: idSchema }).strict(),
    z.object({ fileName: z.string(), mimeType: z.string(), sha256: z.string(), contentBase64: z.string() }),
  ),
  'proposals.export': query(
    'The annotated proposal as one self-contained HTML file (comments as numbered margin notes, print-ready); private comments only when asked, and only the viewer’s own.',
    z
      .object({ id: idSchema, versionId: idSchema.optional(), includePrivate: z.boolean().default(false) })
      .strict(),
    z.object({ fileName: z.string(), html: z.string() }),
  ),
  'proposals.create': mutation(
    'Creates a proposal review with its first version from a prepared import.',
    z
      .object({
        repId: idSchema,
        ...reviewFields,
        visibility: visibilitySchema.default('shared'),
        versionLabel: versionLabel.default('v1'),
        source: preparedInput,
      })
      .strict(),
    proposalSummarySchema,
  ),
  'proposals.update': mutation(
    'Changes a proposal review’s details.',
    z.object({ ...revisionedInput, ...reviewFields, visibility: visibilitySchema }).strict(),
    proposalSummarySchema,
  ),
  'proposals.addVersion': mutation(
    'Adds a revised version from a prepared import: annotations on unchanged passages carry over, the others are listed as needing a re-check, with their old quote.',
    z.object({ reviewId: idSchema, label: versionLabel, source: preparedInput }).strict(),
    z.object({ versionId: idSchema, carried: z.number().int(), needsRecheck: z.number().int() }),
  ),
  'proposals.annotate': mutation(
    'Annotates an exact passage of a version: a comment, a suggested rewrite, and optionally a behaviour with a level (which records an observation with the quote).',
    z
      .object({
        versionId: idSchema,
        range: textRangeSchema,
        comment: optionalText(5000, 'The comment'),
        suggestedRewrite: optionalText(5000, 'The suggested rewrite'),
        behaviourId: idSchema.nullish().transform((v) => v ?? null),
        level: levelSchema.nullish().transform((v) => v ?? null),
        visibility: visibilitySchema.default('shared'),
      })
      .strict()
      .refine((a) => a.comment !== null || a.suggestedRewrite !== null || a.behaviourId !== null, {
        message: 'Write a comment, suggest a rewrite or choose a behaviour',
        path: ['comment'],
      })
      .refine((a) => a.level === null || a.behaviourId !== null, {
        message: 'A level needs a behaviour',
        path: ['level'],
      }),
    proposalAnnotationSchema,
  ),
  'proposals.reanchor': mutation(
    'Attaches an annotation that needs a re-check to a passage of its version again.',
    z.object({ annotationId: idSchema, range: textRangeSchema }).strict(),
    proposalAnnotationSchema,
  ),
  'proposals.reply': mutation(
    'Replies to an annotation (a thread under it).',
    z.object({ annotationId: idSchema, text: requiredText(5000, 'The reply') }).strict(),
    proposalAnnotationSchema,
  ),
  'proposals.resolve': mutation(
    'Resolves an annotation, or opens it again.',
    z.object({ annotationId: idSchema, resolved: z.boolean() }).strict(),
    proposalAnnotationSchema,
  ),
  'proposals.deleteAnnotation': mutation(
    'Deletes an annotation and its replies (its observation stays, without the link).',
    z.object({ annotationId: idSchema }).strict(),
    z.object({ id: idSchema }),
  ),
  'proposals.saveChecklist': mutation(
    'Saves a version’s decision-document checklist: each question rated, with a note, an optional anchor, and a behaviour whose observation the rating records.',
    z
      .object({
        versionId: idSchema,
        lines: z
          .array(
            z
              .object({
                key: checklistKeySchema,
                rating: checklistRatingSchema.nullable(),
                note: optionalText(2000, 'The note'),
                behaviourId: idSchema.nullish().transform((v) => v ?? null),
                anchor: textRangeSchema.nullish().transform((v) => v ?? null),
              })
              .strict()
              .refine((l) => l.behaviourId === null || l.rating !== null, {
                message: 'Rate the question before linking a behaviour',
                path: ['behaviourId'],
              }),
          )
          .max(8)
          .refine((lines) => new Set(lines.map((l) => l.key)).size === lines.length, {
            message: 'Each question appears once',
          }),
      })
      .strict(),
    z.array(checklistLineSchema),
  ),
};
