import type Database from 'better-sqlite3';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Anchor, SourceKind } from '../../shared/contract';
import { inScope, type ReadScope } from '../../shared/domain/visibility';
import type { ReadableDB, WritableDB } from '../open';
import {
  behaviours,
  commitments,
  competencies,
  developmentGoals,
  observations,
  oneOnOneFocus,
  oneOnOnes,
} from '../schema';

/** The fields every progress statistic needs, one row per observation: lean, so the team view stays fast. */
export interface RatingRow {
  repId: string;
  behaviourId: string;
  observedOn: string;
  level: number | null;
  verdict: 'strength' | 'gap' | null;
  sourceKind: SourceKind;
}

type RatingTuple = [
  string,
  string,
  string,
  number | null,
  'strength' | 'gap' | null,
  string,
  string | null,
  'private' | 'shared',
];

// The team view reads every observation of the team: one hand-written statement per shape, prepared once
// per connection, rows taken as arrays (drizzle's object mapping and a sort were most of its time).
const RATING_QUERIES = {
  team: `SELECT o.rep_id, o.behaviour_id, o.observed_on, o.level, o.verdict, o.source_kind, o.author_id, o.visibility
    FROM observations o JOIN people p ON p.id = o.rep_id WHERE p.archived_at IS NULL`,
  rep: `SELECT rep_id, behaviour_id, observed_on, level, verdict, source_kind, author_id, visibility FROM observations
    WHERE rep_id = ? ORDER BY observed_on, created_at`,
  behaviour: `SELECT o.rep_id, o.behaviour_id, o.observed_on, o.level, o.verdict, o.source_kind, o.author_id, o.visibility
    FROM observations o JOIN people p ON p.id = o.rep_id WHERE p.archived_at IS NULL AND o.behaviour_id = ?
    ORDER BY o.observed_on, o.created_at`,
  repBehaviour: `SELECT rep_id, behaviour_id, observed_on, level, verdict, source_kind, author_id, visibility FROM observations
    WHERE rep_id = ? AND behaviour_id = ? ORDER BY observed_on, created_at`,
} as const;
type Statement = Database.Statement<string[], RatingTuple>;
const prepared = new WeakMap<object, Map<keyof typeof RATING_QUERIES, Statement>>();

function ratingStatement(db: ReadableDB, shape: keyof typeof RATING_QUERIES): Statement {
  let statements = prepared.get(db.$client);
  if (!statements) {
    statements = new Map();
    prepared.set(db.$client, statements);
  }
  let statement = statements.get(shape);
  if (!statement) {
    statement = db.$client.prepare<string[], RatingTuple>(RATING_QUERIES[shape]).raw(true);
    statements.set(shape, statement);
  }
  return statement;
}

/**
 * Every observation of active reps (unordered), or of one rep or one behaviour (of active reps), or
 * both, oldest first: of those `visibleTo` may read (the visibility rule's scope; null for every one).
 */
export function listRatings(
  db: ReadableDB,
  where: { repId?: string; behaviourId?: string },
  visibleTo: ReadScope | null,
): RatingRow[] {
  const { repId, behaviourId } = where;
  const params = [repId, behaviourId].filter((p): p is string => p !== undefined);
  const shape = repId && behaviourId ? 'repBehaviour' : repId ? 'rep' : behaviourId ? 'behaviour' : 'team';
  const all = ratingStatement(db, shape).all(...params);
  const rows = visibleTo
    ? all.filter(([rep, , , , , , authorId, visibility]) =>
        inScope(visibleTo, { repId: rep, authorId, visibility }),
      )
    : all;
  return rows.map(([rep, behaviour, observedOn, level, verdict, sourceKind]) => ({
    repId: rep,
    behaviourId: behaviour,
    observedOn,
    level,
    verdict,
    sourceKind: sourceKind as SourceKind,
  }));
}

/**
 * The ratings of the given reps since a date (inclusive), of those `visibleTo` may read, unordered: the
 * home screen's falling behaviours look at a recent window only, so the date bound and the reps are in
 * the statement (the (rep_id, observed_on) index serves each rep's range) and the scope too (the
 * viewer's own, or shared: the caller passes only reps the viewer sees).
 */
export function listRecentRatings(
  db: ReadableDB,
  repIds: readonly string[],
  since: string,
  visibleTo: ReadScope,
): RatingRow[] {
  if (repIds.length === 0) return [];
  let statement = recentStatements.get(db.$client);
  if (!statement) {
    statement = db.$client
      .prepare<unknown[], RatingTuple>(
        `SELECT o.rep_id, o.behaviour_id, o.observed_on, o.level, o.verdict, o.source_kind, o.author_id, o.visibility
         FROM observations o
         WHERE o.rep_id IN (SELECT value FROM json_each(?)) AND o.observed_on >= ?
           AND (o.visibility = 'shared' OR o.author_id IS ?)`,
      )
      .raw(true);
    recentStatements.set(db.$client, statement);
  }
  return statement
    .all(JSON.stringify(repIds), since, visibleTo.authorId)
    .map(([rep, behaviour, observedOn, level, verdict, sourceKind]) => ({
      repId: rep,
      behaviourId: behaviour,
      observedOn,
      level,
      verdict,
      sourceKind: sourceKind as SourceKind,
    }));
}
const recentStatements = new WeakMap<object, Database.Statement<unknown[], RatingTuple>>();

// The title of whatever the observation came from (kept in step with the observations repository).
const sourceTitle = sql<string | null>`CASE ${observations.sourceKind}
  WHEN 'note' THEN (SELECT n.title FROM notes n WHERE n.id = ${observations.sourceId})
  WHEN 'one-on-one' THEN (SELECT 'One-to-one on ' || m.date FROM one_on_ones m WHERE m.id = ${observations.sourceId})
  WHEN 'call-review' THEN (SELECT 'Call with ' || c.account || ' on ' || c.date FROM call_reviews c WHERE c.id = ${observations.sourceId})
  WHEN 'retrospective' THEN (SELECT 'Retrospective: ' || d.account || ', ' || d.name FROM deals d WHERE d.id = ${observations.sourceId})
  WHEN 'role-play' THEN (SELECT 'Role-play: ' || v.title || ' on ' || a.practised_on FROM role_play_attempts a JOIN role_play_script_versions v ON v.id = a.version_id WHERE a.id = ${observations.sourceId})
  ELSE NULL END`;

export interface ProgressObservationRow extends RatingRow {
  id: string;
  behaviourName: string;
  competencyId: string;
  competencyName: string;
  behaviourArchived: boolean;
  sourceId: string | null;
  sourceTitle: string | null;
  anchor: Anchor | null;
  evidence: string | null;
  comment: string | null;
  authorName: string | null;
}

/** One rep's observations that `visibleTo` may read, with what a chart point shows when opened, oldest first. */
export function listRepProgressObservations(
  db: ReadableDB,
  repId: string,
  visibleTo: ReadScope | null,
): ProgressObservationRow[] {
  return db
    .select({
      id: observations.id,
      repId: observations.repId,
      behaviourId: observations.behaviourId,
      behaviourName: behaviours.name,
      competencyId: behaviours.competencyId,
      competencyName: competencies.name,
      behaviourArchivedAt: behaviours.archivedAt,
      observedOn: observations.observedOn,
      level: observations.level,
      verdict: observations.verdict,
      sourceKind: observations.sourceKind,
      sourceId: observations.sourceId,
      sourceTitle,
      anchor: observations.anchor,
      evidence: observations.evidence,
      comment: observations.comment,
      authorName: sql<string | null>`(SELECT a.name FROM people a WHERE a.id = ${observations.authorId})`,
      authorId: observations.authorId,
      visibility: observations.visibility,
    })
    .from(observations)
    .innerJoin(behaviours, eq(behaviours.id, observations.behaviourId))
    .innerJoin(competencies, eq(competencies.id, behaviours.competencyId))
    .where(eq(observations.repId, repId))
    .orderBy(asc(observations.observedOn), asc(observations.createdAt))
    .all()
    .filter((row) => visibleTo === null || inScope(visibleTo, row))
    .map(({ behaviourArchivedAt, authorId: _author, visibility: _visibility, ...row }) => ({
      ...row,
      behaviourArchived: behaviourArchivedAt !== null,
      sourceKind: row.sourceKind,
      anchor: row.anchor,
    }));
}

/** Focus behaviours set in held one-to-ones, with the meeting's date, for every rep or one. */
export function listFocusHistory(
  db: ReadableDB,
  repId?: string,
): { repId: string; oneOnOneId: string; date: string; behaviourId: string }[] {
  return db
    .select({
      repId: oneOnOnes.repId,
      oneOnOneId: oneOnOnes.id,
      date: oneOnOnes.date,
      behaviourId: oneOnOneFocus.behaviourId,
    })
    .from(oneOnOnes)
    .leftJoin(oneOnOneFocus, eq(oneOnOneFocus.oneOnOneId, oneOnOnes.id))
    .where(and(eq(oneOnOnes.status, 'held'), repId ? eq(oneOnOnes.repId, repId) : undefined))
    .orderBy(asc(oneOnOnes.date), asc(oneOnOneFocus.position))
    .all()
    .map((row) => ({ ...row, behaviourId: row.behaviourId ?? '' }));
}

/** Every commitment's date made, due date and status, for commitments-kept rates. */
export function listCommitmentFacts(
  db: ReadableDB,
): { repId: string; madeOn: string; dueOn: string | null; status: 'open' | 'done' | 'dropped' }[] {
  return db
    .select({
      repId: commitments.repId,
      madeOn: oneOnOnes.date,
      dueOn: commitments.dueOn,
      status: commitments.status,
    })
    .from(commitments)
    .innerJoin(oneOnOnes, eq(oneOnOnes.id, commitments.oneOnOneId))
    .all();
}

export type GoalRow = typeof developmentGoals.$inferSelect;
export type GoalWithName = GoalRow & { behaviourName: string };

function goalsQuery(db: ReadableDB) {
  return db
    .select({
      id: developmentGoals.id,
      repId: developmentGoals.repId,
      behaviourId: developmentGoals.behaviourId,
      targetLevel: developmentGoals.targetLevel,
      setOn: developmentGoals.setOn,
      dueOn: developmentGoals.dueOn,
      note: developmentGoals.note,
      createdAt: developmentGoals.createdAt,
      updatedAt: developmentGoals.updatedAt,
      revision: developmentGoals.revision,
      behaviourName: behaviours.name,
    })
    .from(developmentGoals)
    .innerJoin(behaviours, eq(behaviours.id, developmentGoals.behaviourId));
}

/** A rep's goals, soonest due first. */
export function listGoals(db: ReadableDB, repId: string): GoalWithName[] {
  return goalsQuery(db)
    .where(eq(developmentGoals.repId, repId))
    .orderBy(asc(developmentGoals.dueOn), asc(behaviours.name))
    .all();
}

export function findGoal(db: ReadableDB, id: string): GoalWithName | undefined {
  return goalsQuery(db).where(eq(developmentGoals.id, id)).get();
}

export function findGoalFor(db: ReadableDB, repId: string, behaviourId: string): GoalRow | undefined {
  return db
    .select()
    .from(developmentGoals)
    .where(and(eq(developmentGoals.repId, repId), eq(developmentGoals.behaviourId, behaviourId)))
    .get();
}

export function insertGoal(db: WritableDB, row: GoalRow): void {
  db.insert(developmentGoals).values(row).run();
}

export function updateGoalRow(
  db: WritableDB,
  id: string,
  changes: Pick<GoalRow, 'targetLevel' | 'dueOn' | 'note' | 'updatedAt'>,
): void {
  db.update(developmentGoals)
    .set({ ...changes, revision: sql`${developmentGoals.revision} + 1` })
    .where(eq(developmentGoals.id, id))
    .run();
}

export function deleteGoalRow(db: WritableDB, id: string): void {
  db.delete(developmentGoals).where(eq(developmentGoals.id, id)).run();
}

/** How many goals name a behaviour (a behaviour with goals cannot be deleted). */
export function goalCountOf(db: ReadableDB, behaviourId: string): number {
  return (
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM development_goals WHERE behaviour_id = ${behaviourId}`,
    )?.n ?? 0
  );
}

/**
 * Moves goals when one behaviour is merged into another. A rep with a goal on both keeps the target's
 * goal (one goal per rep and behaviour); the merged behaviour's goal for that rep goes.
 */
export function moveGoals(db: WritableDB, fromId: string, toId: string): void {
  db.run(sql`UPDATE OR IGNORE development_goals SET behaviour_id = ${toId} WHERE behaviour_id = ${fromId}`);
  db.delete(developmentGoals).where(eq(developmentGoals.behaviourId, fromId)).run();
}

/** One rep × behaviour of the team heat map, summed in SQL over the observations the viewer may read. */
export interface TeamCellFacts {
  repId: string;
  behaviourId: string;
  /** Every observation, rated or not, any date. */
  total: number;
  /** Of those, observed on or after the coverage window's start. */
  recent: number;
  /** Observations with a rating on or before asOf: what the level estimate rests on. */
  rated: number;
  /** The last of those, or null. */
  lastObservedOn: string | null;
  /** Σ kind weight × recency weight × value, and Σ kind weight × recency weight, over the rated ones. */
  weightedSum: number;
  weightSum: number;
}

/** What the team view needs, without reading every observation into the process. */
export interface TeamProgressFacts {
  cells: TeamCellFacts[];
  /** Observations per rep and source kind on or after the coverage window's start. */
  recentBySource: { repId: string; sourceKind: SourceKind; count: number }[];
  /** Every observation inside the verdict window [windowStart, asOf], in the table's order. */
  windowRatings: RatingRow[];
}

// The visibility rule (shared/domain/visibility.ts `inScope`) restated in SQL: the viewer's own, or shared
// about a rep whose shared records they see. @everyone = 1 when there is no scope (every observation).
const VISIBLE = `(@everyone = 1 OR o.author_id IS @author OR (o.visibility <> 'private'
  AND (@allShared = 1 OR o.rep_id IN (SELECT value FROM json_each(@shared)))))`;
// ratingValue's weight × value and weight, and recencyWeight (½ per HALF_LIFE_DAYS of age), in SQL.
const RATED = '(o.observed_on <= @asOf AND (o.level IS NOT NULL OR o.verdict IS NOT NULL))';
const KIND_WEIGHT =
  '(CASE WHEN o.level IS NOT NULL THEN 1.0 WHEN o.verdict IS NOT NULL THEN 0.5 ELSE 0.0 END)';
const KIND_VALUE =
  "(CASE WHEN o.level IS NOT NULL THEN o.level WHEN o.verdict = 'strength' THEN 3.5 ELSE 1.5 END)";
const RECENCY = 'pow(0.5, max(0, julianday(@asOf) - julianday(o.observed_on)) / @halfLife)';

const TEAM_QUERIES = {
  cells: `SELECT o.rep_id, o.behaviour_id, count(*), sum(o.observed_on >= @coverageFrom), sum(${RATED}),
      max(CASE WHEN ${RATED} THEN o.observed_on END),
      sum(CASE WHEN ${RATED} THEN ${KIND_WEIGHT} * ${RECENCY} * ${KIND_VALUE} ELSE 0.0 END),
      sum(CASE WHEN ${RATED} THEN ${KIND_WEIGHT} * ${RECENCY} ELSE 0.0 END)
    FROM observations o INDEXED BY observations_rep_behaviour_date_idx
    WHERE o.rep_id IN (SELECT value FROM json_each(@reps)) AND ${VISIBLE}
    GROUP BY o.rep_id, o.behaviour_id`,
  sources: `SELECT o.rep_id, o.source_kind, count(*) FROM observations o INDEXED BY observations_rep_date_idx
    WHERE o.rep_id IN (SELECT value FROM json_each(@reps)) AND o.observed_on >= @coverageFrom AND ${VISIBLE}
    GROUP BY o.rep_id, o.source_kind`,
  window: `SELECT o.rep_id, o.behaviour_id, o.observed_on, o.level, o.verdict, o.source_kind
    FROM observations o INDEXED BY observations_rep_date_idx
    WHERE o.rep_id IN (SELECT value FROM json_each(@reps)) AND o.observed_on >= @windowStart
      AND o.observed_on <= @asOf AND ${VISIBLE}
    ORDER BY o.rowid`,
} as const;
const teamPrepared = new WeakMap<object, Map<keyof typeof TEAM_QUERIES, Database.Statement>>();

function teamStatement(db: ReadableDB, shape: keyof typeof TEAM_QUERIES): Database.Statement {
  let statements = teamPrepared.get(db.$client);
  if (!statements) {
    statements = new Map();
    teamPrepared.set(db.$client, statements);
  }
  let statement = statements.get(shape);
  if (!statement) {
    statement = db.$client.prepare(TEAM_QUERIES[shape]).raw(true);
    statements.set(shape, statement);
  }
  return statement;
}

/**
 * The team view's facts for `repIds`, over the observations `visibleTo` may read (null: every one):
 * per rep × behaviour the counts and the level estimate's weighted sums (recency weights as of `asOf`,
 * halving every `halfLifeDays`), per rep the recent observations by source, and the rows inside the verdict
 * window. Reads the covering indexes only (migration 0016).
 */
export function teamProgressFacts(
  db: ReadableDB,
  where: {
    repIds: readonly string[];
    asOf: string;
    coverageFrom: string;
    windowStart: string;
    halfLifeDays: number;
  },
  visibleTo: ReadScope | null,
): TeamProgressFacts {
  const { repIds, asOf, coverageFrom, windowStart, halfLifeDays } = where;
  const params = {
    reps: JSON.stringify(repIds),
    everyone: visibleTo === null ? 1 : 0,
    author: visibleTo?.authorId ?? null,
    allShared: visibleTo !== null && visibleTo.sharedRepIds === null ? 1 : 0,
    shared: JSON.stringify(visibleTo?.sharedRepIds ?? []),
  };
  const cells = (
    teamStatement(db, 'cells').all({ ...params, asOf, coverageFrom, halfLife: halfLifeDays }) as [
      string,
      string,
      number,
      number,
      number,
      string | null,
      number,
      number,
    ][]
  ).map(([repId, behaviourId, total, recent, rated, lastObservedOn, weightedSum, weightSum]) => ({
    repId,
    behaviourId,
    total,
    recent,
    rated,
    lastObservedOn,
    weightedSum,
    weightSum,
  }));
  const recentBySource = (
    teamStatement(db, 'sources').all({ ...params, coverageFrom }) as [string, SourceKind, number][]
  ).map(([repId, sourceKind, count]) => ({ repId, sourceKind, count }));
  const windowRatings = (
    teamStatement(db, 'window').all({ ...params, asOf, windowStart }) as [
      string,
      string,
      string,
      number | null,
      'strength' | 'gap' | null,
      SourceKind,
    ][]
  ).map(([repId, behaviourId, observedOn, level, verdict, sourceKind]) => ({
    repId,
    behaviourId,
    observedOn,
    level,
    verdict,
    sourceKind,
  }));
  return { cells, recentBySource, windowRatings };
}

// Due in the range (commitments_due_idx), or without a due date and made in it (the meetings by rep and
// date, one_on_ones_rep_date_idx): never a pass over every commitment.
const COMMITMENTS_BETWEEN = `SELECT c.rep_id, m.date, c.due_on, c.status FROM commitments c INDEXED BY commitments_due_idx
    JOIN one_on_ones m ON m.id = c.one_on_one_id WHERE c.due_on BETWEEN @from AND @to
  UNION ALL
  SELECT c.rep_id, m.date, c.due_on, c.status FROM one_on_ones m
    JOIN commitments c ON c.one_on_one_id = m.id
    WHERE m.rep_id IN (SELECT value FROM json_each(@reps)) AND m.date BETWEEN @from AND @to AND c.due_on IS NULL`;
const commitmentStatements = new WeakMap<object, Database.Statement>();

/**
 * listCommitmentFacts for the commitments due (or made, without a due date) from `from` to `to`: what the
 * team view's completion rates count, without reading every commitment ever made. Those without a due date
 * only for `repIds` (the reps of the meetings they were made in); those with one for every rep.
 */
export function listCommitmentFactsBetween(
  db: ReadableDB,
  from: string,
  to: string,
  repIds: readonly string[],
): { repId: string; madeOn: string; dueOn: string | null; status: 'open' | 'done' | 'dropped' }[] {
  let statement = commitmentStatements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare(COMMITMENTS_BETWEEN).raw(true);
    commitmentStatements.set(db.$client, statement);
  }
  return (
    statement.all({ from, to, reps: JSON.stringify(repIds) }) as [
      string,
      string,
      string | null,
      'open' | 'done' | 'dropped',
    ][]
  ).map(([repId, madeOn, dueOn, status]) => ({ repId, madeOn, dueOn, status }));
}
