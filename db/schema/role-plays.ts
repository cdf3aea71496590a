import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  RichTextDoc,
  RolePlayBeat,
  RolePlayBeatMark,
  RolePlayPathStep,
  RolePlayPersona,
} from '../../shared/contract';
import { behaviours, stages } from './behaviours';
import { people } from './people';

/**
 * A role-play script: what stays the same across its versions (archive state, where it came from).
 * Everything a manager edits lives in a version, because an attempt must keep the script it was run on.
 */
export const rolePlayScripts = sqliteTable(
  'role_play_scripts',
  {
    id: text('id').primaryKey(),
    /** The default script it was seeded from (`rps-…`), or null for one a manager wrote or imported. */
    seedId: text('seed_id'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [check('role_play_scripts_revision_positive', sql`${t.revision} >= 1`)],
);

/**
 * One version of a script. Saving a script whose latest version has attempts adds a version; saving one
 * without attempts rewrites its latest version in place (nobody has practised on it yet).
 */
export const rolePlayScriptVersions = sqliteTable(
  'role_play_script_versions',
  {
    id: text('id').primaryKey(),
    scriptId: text('script_id')
      .notNull()
      .references(() => rolePlayScripts.id, { onDelete: 'restrict' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    situation: text('situation', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    situationText: text('situation_text').notNull(),
    persona: text('persona', { mode: 'json' }).$type<RolePlayPersona>().notNull(),
    objectives: text('objectives', { mode: 'json' }).$type<string[]>().notNull(),
    /** 1 warm-up, 2 realistic, 3 hard. */
    difficulty: integer('difficulty').notNull(),
    stageId: text('stage_id').references(() => stages.id, { onDelete: 'set null' }),
    beats: text('beats', { mode: 'json' }).$type<RolePlayBeat[]>().notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('role_play_script_versions_script_number_idx').on(t.scriptId, t.number),
    index('role_play_script_versions_stage_idx').on(t.stageId),
    check('role_play_script_versions_difficulty_range', sql`${t.difficulty} BETWEEN 1 AND 3`),
    check('role_play_script_versions_number_positive', sql`${t.number} >= 1`),
  ],
);

/**
 * The rubric of a version: its target behaviours, each with what 1–4 looks like in this scenario. Rows,
 * not JSON, so a behaviour in use by a script cannot be deleted from the library underneath it.
 */
export const rolePlayRubricLines = sqliteTable(
  'role_play_rubric_lines',
  {
    versionId: text('version_id')
      .notNull()
      .references(() => rolePlayScriptVersions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    levels: text('levels', { mode: 'json' }).$type<[string, string, string, string]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.versionId, t.position] }),
    index('role_play_rubric_lines_behaviour_idx').on(t.behaviourId),
  ],
);

/** One practice run of a script version by a rep: with the manager playing the customer, or alone. */
export const rolePlayAttempts = sqliteTable(
  'role_play_attempts',
  {
    id: text('id').primaryKey(),
    scriptId: text('script_id')
      .notNull()
      .references(() => rolePlayScripts.id, { onDelete: 'restrict' }),
    versionId: text('version_id')
      .notNull()
      .references(() => rolePlayScriptVersions.id, { onDelete: 'restrict' }),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    mode: text('mode', { enum: ['manager-run', 'self-practice'] }).notNull(),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    practisedOn: text('practised_on').notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    /** The beats taken, in order, and the branch chosen at each. */
    path: text('path', { mode: 'json' }).$type<RolePlayPathStep[]>().notNull(),
    marks: text('marks', { mode: 'json' }).$type<RolePlayBeatMark[]>().notNull(),
    comment: text('comment'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('role_play_attempts_rep_date_idx').on(t.repId, t.practisedOn),
    index('role_play_attempts_script_idx').on(t.scriptId),
    index('role_play_attempts_version_idx').on(t.versionId),
    index('role_play_attempts_author_idx').on(t.authorId),
    check('role_play_attempts_mode_known', sql`${t.mode} IN ('manager-run', 'self-practice')`),
    check('role_play_attempts_visibility_known', sql`${t.visibility} IN ('private', 'shared')`),
    check('role_play_attempts_duration_nonnegative', sql`${t.durationSeconds} >= 0`),
  ],
);

/** The rubric scores of an attempt, one per target behaviour, each recorded as an observation too. */
export const rolePlayScores = sqliteTable(
  'role_play_scores',
  {
    attemptId: text('attempt_id')
      .notNull()
      .references(() => rolePlayAttempts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    level: integer('level').notNull(),
    comment: text('comment'),
  },
  (t) => [
    primaryKey({ columns: [t.attemptId, t.position] }),
    index('role_play_scores_behaviour_idx').on(t.behaviourId),
    check('role_play_scores_level_range', sql`${t.level} BETWEEN 1 AND 4`),
  ],
);
