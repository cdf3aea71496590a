import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { behaviours } from './behaviours';
import { people } from './people';

export const observations = sqliteTable(
  'observations',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    /** The behaviour's name when the observation was made; renames never rewrite it. */
    behaviourNameThen: text('behaviour_name_then').notNull(),
    observedOn: text('observed_on').notNull(),
    level: integer('level'),
    verdict: text('verdict', { enum: ['strength', 'gap'] }),
    evidence: text('evidence'),
    /** JSON anchor into the source document, or null. */
    anchor: text('anchor'),
    anchorState: text('anchor_state', { enum: ['anchored', 'unanchored', 'orphaned'] }),
    /** Call annotations only: strength, missed-opportunity, try-instead or question. */
    annotationType: text('annotation_type', {
      enum: ['strength', 'missed-opportunity', 'try-instead', 'question'],
    }),
    comment: text('comment'),
    sourceKind: text('source_kind').notNull(),
    sourceId: text('source_id'),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('observations_rep_date_idx').on(t.repId, t.observedOn),
    index('observations_behaviour_idx').on(t.behaviourId),
    index('observations_source_idx').on(t.sourceKind, t.sourceId),
  ],
);
