import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Behaviour } from '../../shared/contract';
import type { Methodology } from '../../shared/domain/default-library';

export const stages = sqliteTable('stages', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  position: integer('position').notNull(),
  archivedAt: text('archived_at'),
});

export const competencies = sqliteTable('competencies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  position: integer('position').notNull(),
  archivedAt: text('archived_at'),
});

export const behaviours = sqliteTable(
  'behaviours',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    definition: text('definition').notNull(),
    competencyId: text('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'restrict' }),
    methodologies: text('methodologies', { mode: 'json' })
      .$type<Methodology[]>()
      .notNull()
      .default(sql`'[]'`),
    /** The four level descriptions, level 1 first. */
    rubric: text('rubric', { mode: 'json' }).$type<[string, string, string, string]>().notNull(),
    position: integer('position').notNull(),
    archivedAt: text('archived_at'),
    mergedIntoId: text('merged_into_id').references((): AnySQLiteColumn => behaviours.id, {
      onDelete: 'restrict',
    }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('behaviours_competency_idx').on(t.competencyId),
    index('behaviours_merged_into_idx').on(t.mergedIntoId),
  ],
);

export const behaviourStages = sqliteTable(
  'behaviour_stages',
  {
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'cascade' }),
    stageId: text('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.behaviourId, t.stageId] }),
    index('behaviour_stages_stage_idx').on(t.stageId),
  ],
);

/** Every change to a behaviour, so old wording stays readable after edits and merges. */
export const behaviourHistory = sqliteTable(
  'behaviour_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'cascade' }),
    changedAt: text('changed_at').notNull(),
    kind: text('kind', {
      enum: ['created', 'edited', 'archived', 'unarchived', 'merged', 'imported'],
    }).notNull(),
    name: text('name').notNull(),
    summary: text('summary').notNull(),
    /** The behaviour as it was after this change. */
    snapshot: text('snapshot', { mode: 'json' }).$type<Omit<Behaviour, 'observationCount'>>().notNull(),
  },
  (t) => [index('behaviour_history_behaviour_idx').on(t.behaviourId)],
);
