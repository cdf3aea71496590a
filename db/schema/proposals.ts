import { sql } from 'drizzle-orm';
import { blob, check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { RichTextDoc } from '../../shared/contract/rich-text';
import { behaviours } from './behaviours';
import { observations } from './observations';
import { people } from './people';

/** A proposal a manager reviews: who wrote it, for which account and deal, and who may see the review. */
export const proposalReviews = sqliteTable(
  'proposal_reviews',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    account: text('account').notNull(),
    /** The deal's name as typed; a later link to a deal record sits beside it (deal_links). */
    deal: text('deal'),
    value: real('value'),
    currency: text('currency'),
    date: text('date').notNull(),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('proposal_reviews_rep_date_idx').on(t.repId, t.date),
    index('proposal_reviews_date_idx').on(t.date, t.createdAt),
    index('proposal_reviews_author_idx').on(t.authorId),
    check('proposal_reviews_visibility_known', sql`${t.visibility} IN ('private', 'shared')`),
    check('proposal_reviews_value_positive', sql`${t.value} >= 0`),
    check('proposal_reviews_revision_positive', sql`${t.revision} >= 1`),
  ],
);

/**
 * One imported version of a proposal: immutable once imported (annotations count characters in its
 * plain text), with the original file and its SHA-256 so the manager can open exactly what the rep sent.
 */
export const proposalVersions = sqliteTable(
  'proposal_versions',
  {
    id: text('id').primaryKey(),
    reviewId: text('review_id')
      .notNull()
      .references(() => proposalReviews.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    label: text('label').notNull(),
    format: text('format', { enum: ['docx', 'pdf', 'md', 'txt', 'html', 'paste'] }).notNull(),
    fileName: text('file_name'),
    sha256: text('sha256'),
    size: integer('size').notNull(),
    original: blob('original', { mode: 'buffer' }),
    document: text('document', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    /** documentText(document).text: what annotation offsets count in, and what the signals read. */
    plainText: text('plain_text').notNull(),
    pageStarts: text('page_starts', { mode: 'json' }).$type<{ page: number; offset: number }[]>().notNull(),
    warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('proposal_versions_review_number_idx').on(t.reviewId, t.number),
    check('proposal_versions_number_positive', sql`${t.number} >= 1`),
    check(
      'proposal_versions_format_known',
      sql`${t.format} IN ('docx', 'pdf', 'md', 'txt', 'html', 'paste')`,
    ),
  ],
);

/**
 * A comment on an exact passage of one version ([start, end) in its plain text), with its own visibility.
 * One carried to a later version is a new row pointing back (`carried_from_id`); one whose passage
 * changed has no range there and `needs_recheck`, with the old quote.
 */
export const proposalAnnotations = sqliteTable(
  'proposal_annotations',
  {
    id: text('id').primaryKey(),
    versionId: text('version_id')
      .notNull()
      .references(() => proposalVersions.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    start: integer('start'),
    end: integer('end'),
    quote: text('quote').notNull(),
    comment: text('comment'),
    suggestedRewrite: text('suggested_rewrite'),
    behaviourId: text('behaviour_id').references(() => behaviours.id, { onDelete: 'restrict' }),
    level: integer('level'),
    observationId: text('observation_id').references(() => observations.id, { onDelete: 'set null' }),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    resolved: integer('resolved').notNull().default(0),
    needsRecheck: integer('needs_recheck').notNull().default(0),
    carriedFromId: text('carried_from_id'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('proposal_annotations_version_idx').on(t.versionId, t.start),
    index('proposal_annotations_author_idx').on(t.authorId),
    index('proposal_annotations_behaviour_idx').on(t.behaviourId),
    index('proposal_annotations_observation_idx').on(t.observationId),
    index('proposal_annotations_carried_from_idx').on(t.carriedFromId),
    check('proposal_annotations_level_range', sql`${t.level} BETWEEN 1 AND 4`),
    check('proposal_annotations_visibility_known', sql`${t.visibility} IN ('private', 'shared')`),
    check('proposal_annotations_resolved_boolean', sql`${t.resolved} IN (0, 1)`),
    check('proposal_annotations_recheck_boolean', sql`${t.needsRecheck} IN (0, 1)`),
    // Both or neither: a CHECK that comes out NULL passes, so each side says IS NOT NULL.
    check(
      'proposal_annotations_range',
      sql`(${t.start} IS NULL AND ${t.end} IS NULL) OR (${t.start} IS NOT NULL AND ${t.end} IS NOT NULL AND ${t.start} >= 0 AND ${t.end} > ${t.start})`,
    ),
  ],
);

/** The thread under an annotation; read by whoever may read the annotation. */
export const proposalAnnotationReplies = sqliteTable(
  'proposal_annotation_replies',
  {
    id: text('id').primaryKey(),
    annotationId: text('annotation_id')
      .notNull()
      .references(() => proposalAnnotations.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('proposal_annotation_replies_annotation_idx').on(t.annotationId, t.createdAt),
    index('proposal_annotation_replies_author_idx').on(t.authorId),
  ],
);

/** A version's decision-document checklist: one row per rated question. */
export const proposalChecklistLines = sqliteTable(
  'proposal_checklist_lines',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => proposalVersions.id, { onDelete: 'cascade' }),
    question: text('question', {
      enum: ['problem', 'why-now', 'recommendation', 'how-it-works', 'change', 'cost', 'risks', 'decision'],
    }).notNull(),
    rating: text('rating', { enum: ['missing', 'weak', 'adequate', 'strong'] }),
    note: text('note'),
    anchorStart: integer('anchor_start'),
    anchorEnd: integer('anchor_end'),
    behaviourId: text('behaviour_id').references(() => behaviours.id, { onDelete: 'restrict' }),
    observationId: text('observation_id').references(() => observations.id, { onDelete: 'set null' }),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('proposal_checklist_lines_version_question_idx').on(t.versionId, t.question),
    index('proposal_checklist_lines_behaviour_idx').on(t.behaviourId),
    index('proposal_checklist_lines_observation_idx').on(t.observationId),
    check(
      'proposal_checklist_lines_question_known',
      sql`${t.question} IN ('problem', 'why-now', 'recommendation', 'how-it-works', 'change', 'cost', 'risks', 'decision')`,
    ),
    check(
      'proposal_checklist_lines_rating_known',
      sql`${t.rating} IN ('missing', 'weak', 'adequate', 'strong')`,
    ),
    check(
      'proposal_checklist_lines_anchor_range',
      sql`(${t.anchorStart} IS NULL AND ${t.anchorEnd} IS NULL) OR (${t.anchorStart} IS NOT NULL AND ${t.anchorEnd} IS NOT NULL AND ${t.anchorStart} >= 0 AND ${t.anchorEnd} > ${t.anchorStart})`,
    ),
  ],
);
