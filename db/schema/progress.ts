import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { behaviours } from './behaviours';
import { people } from './people';

/** A development goal: reach a level on one behaviour by a date. One goal per rep and behaviour. */
export const developmentGoals = sqliteTable(
  'development_goals',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    targetLevel: integer('target_level').notNull(),
    /** The day the goal was set: its starting level is the estimate on that day. */
    setOn: text('set_on').notNull(),
    dueOn: text('due_on').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('development_goals_rep_behaviour_idx').on(t.repId, t.behaviourId),
    index('development_goals_behaviour_idx').on(t.behaviourId),
    check('development_goals_target_level_range', sql`${t.targetLevel} BETWEEN 1 AND 4`),
    check('development_goals_due_after_set', sql`${t.dueOn} >= ${t.setOn}`),
    check('development_goals_revision_positive', sql`${t.revision} >= 1`),
  ],
);
