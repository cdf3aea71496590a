import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  RichTextDoc,
  RolePlayAttempt,
  RolePlayBeat,
  RolePlayBeatMark,
  RolePlayPathStep,
  RolePlayPersona,
  RolePlayScriptSummary,
} from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import {
  behaviours,
  people,
  rolePlayAttempts,
  rolePlayRubricLines,
  rolePlayScores,
  rolePlayScriptVersions,
  rolePlayScripts,
  stages,
} from '../schema';

export type ScriptRow = typeof rolePlayScripts.$inferSelect;
export type VersionRow = typeof rolePlayScriptVersions.$inferSelect;
export interface RubricLineRow {
  behaviourId: string;
  behaviourName: string;
  levels: [string, string, string, string];
}
export interface VersionWithRubric extends VersionRow {
  stageName: string | null;
  rubric: RubricLineRow[];
}

export interface VersionValues {
  title: string;
  situation: RichTextDoc;
  situationText: string;
  persona: RolePlayPersona;
  objectives: string[];
  difficulty: number;
  stageId: string | null;
  beats: RolePlayBeat[];
  rubric: { behaviourId: string; levels: [string, string, string, string] }[];
}

export function findScriptRow(db: ReadableDB, id: string): ScriptRow | undefined {
  return db.select().from(rolePlayScripts).where(eq(rolePlayScripts.id, id)).get();
}

export function findScriptBySeed(db: ReadableDB, seedId: string): ScriptRow | undefined {
  return db.select().from(rolePlayScripts).where(eq(rolePlayScripts.seedId, seedId)).get();
}

function rubricOf(db: ReadableDB, versionIds: string[]): Map<string, RubricLineRow[]> {
  const out = new Map<string, RubricLineRow[]>();
  if (versionIds.length === 0) return out;
  const rows = db
    .select({
      versionId: rolePlayRubricLines.versionId,
      behaviourId: rolePlayRubricLines.behaviourId,
      behaviourName: behaviours.name,
      levels: rolePlayRubricLines.levels,
    })
    .from(rolePlayRubricLines)
    .innerJoin(behaviours, eq(behaviours.id, rolePlayRubricLines.behaviourId))
    .where(inArray(rolePlayRubricLines.versionId, versionIds))
    .orderBy(asc(rolePlayRubricLines.versionId), asc(rolePlayRubricLines.position))
    .all();
  for (const { versionId, ...line } of rows) out.set(versionId, [...(out.get(versionId) ?? []), line]);
  return out;
}

/** A script's version by number, or its latest. */
export function findVersion(
  db: ReadableDB,
  scriptId: string,
  number?: number,
): VersionWithRubric | undefined {
  const row = db
    .select({ version: rolePlayScriptVersions, stageName: stages.name })
    .from(rolePlayScriptVersions)
    .leftJoin(stages, eq(stages.id, rolePlayScriptVersions.stageId))
    .where(
      and(
        eq(rolePlayScriptVersions.scriptId, scriptId),
        number === undefined ? undefined : eq(rolePlayScriptVersions.number, number),
      ),
    )
    .orderBy(desc(rolePlayScriptVersions.number))
    .limit(1)
    .get();
  if (!row) return undefined;
  return {
    ...row.version,
    stageName: row.stageName,
    rubric: rubricOf(db, [row.version.id]).get(row.version.id) ?? [],
  };
}

export function listVersions(db: ReadableDB, scriptId: string) {
  return db
    .select({
      id: rolePlayScriptVersions.id,
      number: rolePlayScriptVersions.number,
      createdAt: rolePlayScriptVersions.createdAt,
      // Written out: an unqualified "id" inside the subquery would bind to the attempt's id.
      attemptCount: sql<number>`(SELECT count(*) FROM role_play_attempts a WHERE a.version_id = "role_play_script_versions"."id")`,
    })
    .from(rolePlayScriptVersions)
    .where(eq(rolePlayScriptVersions.scriptId, scriptId))
    .orderBy(asc(rolePlayScriptVersions.number))
    .all();
}

export function countAttemptsOfVersion(db: ReadableDB, versionId: string): number {
  return (
    db.select({ n: count() }).from(rolePlayAttempts).where(eq(rolePlayAttempts.versionId, versionId)).get()
      ?.n ?? 0
  );
}

/** Every script at its latest version, by title. */
export function listScriptSummaries(db: ReadableDB, includeArchived: boolean): RolePlayScriptSummary[] {
  const rows = db
    .select({ script: rolePlayScripts, version: rolePlayScriptVersions, stageName: stages.name })
    .from(rolePlayScripts)
    .innerJoin(
      rolePlayScriptVersions,
      and(
        eq(rolePlayScriptVersions.scriptId, rolePlayScripts.id),
        // The latest version, found through the (script_id, number) index.
        sql`${rolePlayScriptVersions.number} = (SELECT max(v2.number) FROM role_play_script_versions v2 WHERE v2.script_id = "role_play_scripts"."id")`,
      ),
    )
    .leftJoin(stages, eq(stages.id, rolePlayScriptVersions.stageId))
    .where(includeArchived ? undefined : isNull(rolePlayScripts.archivedAt))
    .all();
  const rubrics = rubricOf(
    db,
    rows.map((r) => r.version.id),
  );
  return rows
    .map(({ script, version, stageName }) => ({
      id: script.id,
      title: version.title,
      version: version.number,
      difficulty: version.difficulty,
      stageId: version.stageId,
      stageName,
      customerName: version.persona.name,
      customerTitle: version.persona.title,
      beatCount: version.beats.length,
      behaviours: (rubrics.get(version.id) ?? []).map((l) => ({ id: l.behaviourId, name: l.behaviourName })),
      archived: script.archivedAt !== null,
      updatedAt: script.updatedAt,
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function insertScript(db: WritableDB, row: { id: string; seedId: string | null; now: string }): void {
  db.insert(rolePlayScripts)
    .values({
      id: row.id,
      seedId: row.seedId,
      archivedAt: null,
      createdAt: row.now,
      updatedAt: row.now,
      revision: 1,
    })
    .run();
}

/** A write to the script: its revision moves, so an editor holding the old one is told. */
export function touchScript(db: WritableDB, id: string, now: string, archivedAt?: string | null): void {
  db.update(rolePlayScripts)
    .set({
      updatedAt: now,
      revision: sql`${rolePlayScripts.revision} + 1`,
      ...(archivedAt === undefined ? {} : { archivedAt }),
    })
    .where(eq(rolePlayScripts.id, id))
    .run();
}

function writeRubric(db: WritableDB, versionId: string, rubric: VersionValues['rubric']): void {
  db.delete(rolePlayRubricLines).where(eq(rolePlayRubricLines.versionId, versionId)).run();
  if (rubric.length > 0)
    db.insert(rolePlayRubricLines)
      .values(rubric.map((line, position) => ({ versionId, position, ...line })))
      .run();
}

export function insertVersion(
  db: WritableDB,
  row: { id: string; scriptId: string; number: number; now: string },
  values: VersionValues,
): void {
  const { rubric, ...fields } = values;
  db.insert(rolePlayScriptVersions)
    .values({
      id: row.id,
      scriptId: row.scriptId,
      number: row.number,
      ...fields,
      createdAt: row.now,
      updatedAt: row.now,
    })
    .run();
  writeRubric(db, row.id, rubric);
}

/** Rewrites a version nobody has practised on yet. */
export function updateVersion(db: WritableDB, id: string, now: string, values: VersionValues): void {
  const { rubric, ...fields } = values;
  db.update(rolePlayScriptVersions)
    .set({ ...fields, updatedAt: now })
    .where(eq(rolePlayScriptVersions.id, id))
    .run();
  writeRubric(db, id, rubric);
}

export interface AttemptRow {
  id: string;
  scriptId: string;
  versionId: string;
  repId: string;
  authorId: string | null;
  mode: 'manager-run' | 'self-practice';
  visibility: 'private' | 'shared';
  practisedOn: string;
  durationSeconds: number;
  path: RolePlayPathStep[];
  marks: RolePlayBeatMark[];
  comment: string | null;
  createdAt: string;
  scores: { behaviourId: string; level: number; comment: string | null }[];
}

export function insertAttempt(db: WritableDB, row: AttemptRow): void {
  const { scores, ...fields } = row;
  db.insert(rolePlayAttempts).values(fields).run();
  db.insert(rolePlayScores)
    .values(scores.map((s, position) => ({ attemptId: row.id, position, ...s })))
    .run();
}

/** Attempts mapped to what the contract answers, with their scores, one statement each. */
function attemptsWhere(db: ReadableDB, where: ReturnType<typeof and>): RolePlayAttempt[] {
  const author = sql<string | null>`(SELECT p.name FROM people p WHERE p.id = ${rolePlayAttempts.authorId})`;
  const rows = db
    .select({
      attempt: rolePlayAttempts,
      title: rolePlayScriptVersions.title,
      version: rolePlayScriptVersions.number,
      repName: people.name,
      authorName: author,
    })
    .from(rolePlayAttempts)
    .innerJoin(rolePlayScriptVersions, eq(rolePlayScriptVersions.id, rolePlayAttempts.versionId))
    .innerJoin(people, eq(people.id, rolePlayAttempts.repId))
    .where(where)
    .orderBy(desc(rolePlayAttempts.practisedOn), desc(rolePlayAttempts.createdAt))
    .all();
  if (rows.length === 0) return [];
  const scores = new Map<string, RolePlayAttempt['scores']>();
  for (const s of db
    .select({
      attemptId: rolePlayScores.attemptId,
      behaviourId: rolePlayScores.behaviourId,
      name: behaviours.name,
      level: rolePlayScores.level,
      comment: rolePlayScores.comment,
    })
    .from(rolePlayScores)
    .innerJoin(behaviours, eq(behaviours.id, rolePlayScores.behaviourId))
    .where(
      inArray(
        rolePlayScores.attemptId,
        rows.map((r) => r.attempt.id),
      ),
    )
    .orderBy(asc(rolePlayScores.attemptId), asc(rolePlayScores.position))
    .all()) {
    const { attemptId, ...score } = s;
    scores.set(attemptId, [...(scores.get(attemptId) ?? []), score]);
  }
  return rows.map(({ attempt, title, version, repName, authorName }) => {
    const own = scores.get(attempt.id) ?? [];
    const average = own.length === 0 ? 0 : own.reduce((sum, s) => sum + s.level, 0) / own.length;
    return {
      id: attempt.id,
      scriptId: attempt.scriptId,
      title,
      version,
      repId: attempt.repId,
      repName,
      authorId: attempt.authorId,
      authorName,
      mode: attempt.mode,
      visibility: attempt.visibility,
      practisedOn: attempt.practisedOn,
      durationSeconds: attempt.durationSeconds,
      path: attempt.path,
      marks: attempt.marks,
      scores: own,
      average: Math.round(average * 100) / 100,
      comment: attempt.comment,
      createdAt: attempt.createdAt,
    };
  });
}

export function findAttempt(db: ReadableDB, id: string): RolePlayAttempt | undefined {
  return attemptsWhere(db, and(eq(rolePlayAttempts.id, id)))[0];
}

/** A rep's attempts, newest first, every one (the visibility rule is applied by the caller). */
export function listAttempts(
  db: ReadableDB,
  filter: { repId: string; scriptId?: string },
): RolePlayAttempt[] {
  return attemptsWhere(
    db,
    and(
      eq(rolePlayAttempts.repId, filter.repId),
      filter.scriptId === undefined ? undefined : eq(rolePlayAttempts.scriptId, filter.scriptId),
    ),
  );
}

/** Who an attempt is about, for an observation pointing at it. */
export function findAttemptRef(db: ReadableDB, id: string): { repId: string } | undefined {
  return db
    .select({ repId: rolePlayAttempts.repId })
    .from(rolePlayAttempts)
    .where(eq(rolePlayAttempts.id, id))
    .get();
}

/**
 * How many script versions name a behaviour, on their rubric or on a beat: such a behaviour cannot be
 * deleted. Beats are JSON, read whole: this runs only when someone deletes a behaviour.
 */
export function rolePlayUsesOf(db: ReadableDB, behaviourId: string): number {
  const row = prepared<{ n: number }>(
    db,
    `SELECT (SELECT count(*) FROM role_play_rubric_lines WHERE behaviour_id = ?)
        + (SELECT count(*) FROM role_play_script_versions v, json_each(v.beats) b, json_each(b.value, '$.behaviourIds') x
           WHERE x.value = ?) AS n`,
  ).get(behaviourId, behaviourId);
  return row?.n ?? 0;
}

/**
 * For the demo, written before anyone is using the copy: a manager-run attempt becomes the rep's
 * manager's and a self-practice the rep's own. Their observations follow the same rule elsewhere.
 */
export function giveAuthorlessAttempts(db: WritableDB): void {
  db.run(
    sql`UPDATE role_play_attempts SET author_id = CASE mode WHEN 'self-practice' THEN rep_id ELSE (SELECT manager_id FROM people WHERE people.id = role_play_attempts.rep_id) END WHERE author_id IS NULL`,
  );
  // A self-practice's scores are the rep's own observations, not their manager's.
  db.run(
    sql`UPDATE observations SET author_id = rep_id WHERE author_id IS NULL AND source_kind = 'role-play' AND source_id IN (SELECT id FROM role_play_attempts WHERE mode = 'self-practice')`,
  );
}
