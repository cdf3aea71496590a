import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { behaviours } from './behaviours';
import { observations } from './observations';
import { people } from './people';

export { TRANSCRIPT_CHUNK_LINES } from '../../shared/domain/transcript-chunks';

export const callTypes = sqliteTable('call_types', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const callReviews = sqliteTable(
  'call_reviews',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    account: text('account').notNull(),
    deal: text('deal'),
    callTypeId: text('call_type_id')
      .notNull()
      .references(() => callTypes.id, { onDelete: 'restrict' }),
    transcriptFormat: text('transcript_format', { enum: ['vtt', 'srt', 'docx', 'text'] }).notNull(),
    transcriptFileName: text('transcript_file_name'),
    mediaFileName: text('media_file_name'),
    durationMs: integer('duration_ms'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('call_reviews_rep_date_idx').on(t.repId, t.date),
    // The calls screen pages the whole team's calls newest first (callReviews.list with a limit).
    index('call_reviews_date_idx').on(t.date, t.createdAt),
    index('call_reviews_call_type_idx').on(t.callTypeId),
  ],
);

export const callParticipants = sqliteTable(
  'call_participants',
  {
    id: text('id').primaryKey(),
    callReviewId: text('call_review_id')
      .notNull()
      .references(() => callReviews.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    side: text('side', { enum: ['rep', 'colleague', 'customer'] }).notNull(),
    title: text('title'),
    position: integer('position').notNull(),
  },
  (t) => [index('call_participants_review_idx').on(t.callReviewId)],
);

/**
 * A transcript, TRANSCRIPT_CHUNK_LINES lines to a row: chunk k holds lines k·N … k·N + N − 1 (first_idx =
 * k·N), as a JSON array of `[speaker, participantId, startMs, endMs, text]`. Importing a 100,000-line call
 * writes 100 rows rather than 100,000, so its commit holds the core's one thread for milliseconds, not
 * a second. The text is immutable once imported: annotations anchor to (line index, character offset);
 * only who spoke a line changes (callReviews.assignSpeaker rewrites the chunks a run of lines is in).
 */
export const transcriptChunks = sqliteTable(
  'transcript_chunks',
  {
    callReviewId: text('call_review_id')
      .notNull()
      .references(() => callReviews.id, { onDelete: 'restrict' }),
    firstIdx: integer('first_idx').notNull(),
    lineCount: integer('line_count').notNull(),
    lines: text('lines').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.callReviewId, t.firstIdx] }),
    check('transcript_chunks_first_idx_aligned', sql`${t.firstIdx} >= 0 AND ${t.firstIdx} % 1000 = 0`),
    check('transcript_chunks_line_count_range', sql`${t.lineCount} BETWEEN 1 AND 1000`),
    check('transcript_chunks_lines_array', sql`json_type(${t.lines}) = 'array'`),
  ],
);

/**
 * What a call's transcript works out to, kept from its import (and from each change of who spoke) so
 * that opening a 100,000-line call does not read and measure every line again: the conversation metrics,
 * and the suggested moments found with the keyword lists in `keywords` (the lists' JSON as they were; a
 * read with other lists finds the moments afresh). Dismissals are not in it: they are read each time.
 */
export const callReviewAnalyses = sqliteTable('call_review_analyses', {
  callReviewId: text('call_review_id')
    .primaryKey()
    .references(() => callReviews.id, { onDelete: 'cascade' }),
  segmentCount: integer('segment_count').notNull(),
  metrics: text('metrics').notNull(),
  keywords: text('keywords').notNull(),
  moments: text('moments').notNull(),
});

export const scorecardTemplates = sqliteTable('scorecard_templates', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The call types this template is chosen for. */
  callTypeIds: text('call_type_ids', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The behaviours a scorecard template rates, in order. */
export const scorecardTemplateLines = sqliteTable(
  'scorecard_template_lines',
  {
    templateId: text('template_id')
      .notNull()
      .references(() => scorecardTemplates.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    weight: real('weight').notNull(),
    critical: integer('critical', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.templateId, t.position] }),
    index('scorecard_template_lines_behaviour_idx').on(t.behaviourId),
    check('scorecard_template_lines_position_not_negative', sql`${t.position} >= 0`),
    check('scorecard_template_lines_weight_range', sql`${t.weight} > 0 AND ${t.weight} <= 10`),
    check('scorecard_template_lines_critical_boolean', sql`${t.critical} IN (0, 1)`),
  ],
);

export const callScorecards = sqliteTable(
  'call_scorecards',
  {
    callReviewId: text('call_review_id')
      .primaryKey()
      .references(() => callReviews.id, { onDelete: 'restrict' }),
    /** The template the scorecard started from; SET NULL, since its lines were copied and stay. */
    templateId: text('template_id').references(() => scorecardTemplates.id, { onDelete: 'set null' }),
    submittedAt: text('submitted_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('call_scorecards_template_idx').on(t.templateId)],
);

/** One behaviour rated on a call's scorecard, in order. */
export const callScorecardLines = sqliteTable(
  'call_scorecard_lines',
  {
    callReviewId: text('call_review_id')
      .notNull()
      .references(() => callScorecards.callReviewId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    weight: real('weight').notNull(),
    critical: integer('critical', { mode: 'boolean' }).notNull(),
    /** 1–4, or null: not applicable, or not rated yet. */
    level: integer('level'),
    comment: text('comment'),
    /** The observation this rated line recorded when the scorecard was submitted. */
    observationId: text('observation_id').references(() => observations.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.callReviewId, t.position] }),
    index('call_scorecard_lines_behaviour_idx').on(t.behaviourId),
    index('call_scorecard_lines_observation_idx').on(t.observationId),
    check('call_scorecard_lines_position_not_negative', sql`${t.position} >= 0`),
    check('call_scorecard_lines_weight_range', sql`${t.weight} > 0 AND ${t.weight} <= 10`),
    check('call_scorecard_lines_critical_boolean', sql`${t.critical} IN (0, 1)`),
    check('call_scorecard_lines_level_range', sql`${t.level} BETWEEN 1 AND 4`),
  ],
);

/**
 * Suggested moments the manager dismissed on a call. Moments are worked out afresh on every read, so a
 * dismissal names the moment by its key (kind, line and text), not by a row.
 */
export const dismissedMoments = sqliteTable(
  'dismissed_moments',
  {
    callReviewId: text('call_review_id')
      .notNull()
      .references(() => callReviews.id, { onDelete: 'restrict' }),
    momentKey: text('moment_key').notNull(),
    dismissedAt: text('dismissed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callReviewId, t.momentKey] })],
);
