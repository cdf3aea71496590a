import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { behaviours } from './behaviours';
import { observations } from './observations';
import { people } from './people';

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

/** Immutable once imported: annotations anchor to (segment index, character offset). */
export const transcriptSegments = sqliteTable(
  'transcript_segments',
  {
    callReviewId: text('call_review_id')
      .notNull()
      .references(() => callReviews.id, { onDelete: 'restrict' }),
    idx: integer('idx').notNull(),
    speaker: text('speaker'),
    /** Who spoke the line; null when nobody did (a bot, "Recording started") or nobody said yet. */
    participantId: text('participant_id').references(() => callParticipants.id, { onDelete: 'set null' }),
    startMs: integer('start_ms'),
    endMs: integer('end_ms'),
    text: text('text').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.callReviewId, t.idx] }),
    index('transcript_segments_participant_idx').on(t.participantId),
    check('transcript_segments_idx_not_negative', sql`${t.idx} >= 0`),
    check('transcript_segments_start_not_negative', sql`${t.startMs} >= 0`),
    check('transcript_segments_end_not_negative', sql`${t.endMs} >= 0`),
  ],
);

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
