import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The loss-reason taxonomy a lost deal's primary and secondary reasons come from. Editable, never
 * deleted once it exists: a reason is renamed or archived, and every change is kept in
 * `loss_reason_history`, so a past deal still says what it was recorded with (its `*_label` columns).
 */
export const lossReasons = sqliteTable(
  'loss_reasons',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [check('loss_reasons_revision_positive', sql`${t.revision} >= 1`)],
);

/** Every change to a loss reason: its name and description as they were after the change. */
export const lossReasonHistory = sqliteTable(
  'loss_reason_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reasonId: text('reason_id')
      .notNull()
      .references(() => lossReasons.id, { onDelete: 'cascade' }),
    changedAt: text('changed_at').notNull(),
    kind: text('kind', { enum: ['created', 'renamed', 'edited', 'archived', 'unarchived'] }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** The name before a rename, so the history reads "Price → Price pressure". */
    previousName: text('previous_name'),
  },
  (t) => [
    index('loss_reason_history_reason_idx').on(t.reasonId),
    check(
      'loss_reason_history_kind_known',
      sql`${t.kind} IN ('created', 'renamed', 'edited', 'archived', 'unarchived')`,
    ),
  ],
);
