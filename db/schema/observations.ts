import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { type Anchor, SOURCE_KINDS } from '../../shared/contract';
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
    /** Where in the source document the evidence sits, or null. */
    anchor: text('anchor', { mode: 'json' }).$type<Anchor>(),
    /**
     * The anchor's document and part, as plain columns: saving a document looks up its anchored
     * observations by them through an index (a filter on the JSON would read every observation).
     * Written from `anchor` by the repository, never on their own.
     */
    anchorDocumentId: text('anchor_document_id'),
    anchorPart: text('anchor_part', { enum: ['body', 'shared', 'private', 'transcript'] }),
    anchorState: text('anchor_state', { enum: ['anchored', 'unanchored', 'orphaned'] }),
    /** Call annotations only: strength, missed-opportunity, try-instead or question. */
    annotationType: text('annotation_type', {
      enum: ['strength', 'missed-opportunity', 'try-instead', 'question'],
    }),
    comment: text('comment'),
    sourceKind: text('source_kind', { enum: SOURCE_KINDS }).notNull(),
    sourceId: text('source_id'),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    // Both carry every column the progress statistics read (rating, source kind, who may see it), so the
    // team heat map aggregates and the verdict window reads from the index alone, never the wide rows.
    index('observations_rep_date_idx').on(
      t.repId,
      t.observedOn,
      t.behaviourId,
      t.level,
      t.verdict,
      t.sourceKind,
      t.visibility,
      t.authorId,
    ),
    index('observations_rep_behaviour_date_idx').on(
      t.repId,
      t.behaviourId,
      t.observedOn,
      t.level,
      t.verdict,
      t.sourceKind,
      t.visibility,
      t.authorId,
    ),
    index('observations_behaviour_date_idx').on(t.behaviourId, t.observedOn),
    index('observations_source_idx').on(t.sourceKind, t.sourceId),
    index('observations_anchor_document_idx').on(t.anchorDocumentId, t.anchorPart),
    index('observations_author_idx').on(t.authorId),
    check('observations_level_range', sql`${t.level} BETWEEN 1 AND 4`),
    check('observations_verdict_known', sql`${t.verdict} IN ('strength', 'gap')`),
    check('observations_visibility_known', sql`${t.visibility} IN ('private', 'shared')`),
    check('observations_anchor_state_known', sql`${t.anchorState} IN ('anchored', 'unanchored', 'orphaned')`),
    check(
      'observations_anchor_part_known',
      sql`${t.anchorPart} IN ('body', 'shared', 'private', 'transcript')`,
    ),
    check(
      'observations_annotation_type_known',
      sql`${t.annotationType} IN ('strength', 'missed-opportunity', 'try-instead', 'question')`,
    ),
    check('observations_revision_positive', sql`${t.revision} >= 1`),
  ],
);
