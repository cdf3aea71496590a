import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
  (t) => [index('call_reviews_rep_date_idx').on(t.repId, t.date)],
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
    participantId: text('participant_id'),
    startMs: integer('start_ms'),
    endMs: integer('end_ms'),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.callReviewId, t.idx] })],
);

export const scorecardTemplates = sqliteTable('scorecard_templates', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** JSON array of call type ids this template is chosen for. */
  callTypeIds: text('call_type_ids').notNull(),
  /** JSON array of { behaviourId, weight, critical }. */
  lines: text('lines').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const callScorecards = sqliteTable('call_scorecards', {
  callReviewId: text('call_review_id')
    .primaryKey()
    .references(() => callReviews.id, { onDelete: 'restrict' }),
  templateId: text('template_id'),
  /** JSON array of { behaviourId, weight, critical, level, comment, observationId }. */
  lines: text('lines').notNull(),
  submittedAt: text('submitted_at'),
  updatedAt: text('updated_at').notNull(),
});

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
