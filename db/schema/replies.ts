import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { observations } from './observations';
import { people } from './people';

/**
 * A reply to feedback: the rep (or a manager) says whether they agree with an observation, and why, with
 * their own level if they rate themselves. Read by whoever may read the observation it answers.
 */
export const observationReplies = sqliteTable(
  'observation_replies',
  {
    id: text('id').primaryKey(),
    observationId: text('observation_id')
      .notNull()
      .references(() => observations.id, { onDelete: 'cascade' }),
    authorId: text('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    stance: text('stance', { enum: ['agree', 'differ'] }).notNull(),
    /** The replier's own level for the behaviour (a self-assessment), or null. */
    selfLevel: integer('self_level'),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('observation_replies_observation_idx').on(t.observationId, t.createdAt),
    index('observation_replies_author_idx').on(t.authorId),
  ],
);
