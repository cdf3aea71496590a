import { asc, eq, sql } from 'drizzle-orm';
import type { Behaviour, BehaviourChange, Competency } from '../../shared/contract';
import type { Methodology } from '../../shared/domain/default-library';
import type { ReadableDB, Sqlite, WritableDB } from '../open';
import { prepared } from '../prepared';
import { behaviourHistory, behaviourStages, behaviours, competencies, stages } from '../schema';

export interface BehaviourRow {
  id: string;
  name: string;
  definition: string;
  competencyId: string;
  methodologies: Methodology[];
  rubric: [string, string, string, string];
  position: number;
  archivedAt: string | null;
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

// Written out in full: see listTaxonomy.
const observationCount = sql<number>`(SELECT count(*) FROM observations o WHERE o.behaviour_id = "behaviours"."id")`;

function toBehaviour(
  row: typeof behaviours.$inferSelect & { observationCount: number },
  stageIds: string[],
): Behaviour {
  return { ...row, stageIds };
}

function stageIdsByBehaviour(db: ReadableDB): Map<string, string[]> {
  const rows = db
    .select({ behaviourId: behaviourStages.behaviourId, stageId: behaviourStages.stageId })
    .from(behaviourStages)
    .innerJoin(stages, eq(stages.id, behaviourStages.stageId))
    .orderBy(asc(stages.position))
    .all();
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.behaviourId, [...(map.get(row.behaviourId) ?? []), row.stageId]);
  return map;
}

// Counting every observation per behaviour reads the whole observations_behaviour_idx (one entry per
// observation the team ever recorded), and the library is read by every screen with a behaviour picker.
// The counts are kept per connection until the database changes: total_changes() moves with every write
// on this connection, data_version with every commit by another one (the desktop app and the browser
// mode may share a file). Any write at all recounts, which is simple and always right.
const countsByConnection = new WeakMap<Sqlite, { key: string; counts: Map<string, number> }>();

function observationCounts(db: ReadableDB): Map<string, number> {
  const { changes, version } = prepared<{ changes: number; version: number }>(
    db,
    'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version',
  ).get()!;
  const key = `${changes}:${version}`;
  const cached = countsByConnection.get(db.$client);
  if (cached?.key === key) return cached.counts;
  const counts = new Map(
    prepared<{ behaviourId: string; n: number }>(
      db,
      // Counted per behaviour on the (behaviour_id, observed_on) index, never a read of the whole history.
      'SELECT b.id AS behaviourId, (SELECT count(*) FROM observations o WHERE o.behaviour_id = b.id) AS n FROM behaviours b',
    )
      .all()
      .map((r) => [r.behaviourId, r.n]),
  );
  countsByConnection.set(db.$client, { key, counts });
  return counts;
}

export function listBehaviours(db: ReadableDB): Behaviour[] {
  const stageMap = stageIdsByBehaviour(db);
  const counts = observationCounts(db);
  return db
    .select(behavioursColumns())
    .from(behaviours)
    .innerJoin(competencies, eq(competencies.id, behaviours.competencyId))
    .orderBy(asc(competencies.position), asc(behaviours.position))
    .all()
    .map((row) =>
      toBehaviour({ ...row, observationCount: counts.get(row.id) ?? 0 }, stageMap.get(row.id) ?? []),
    );
}

function behavioursColumns() {
  const {
    id,
    name,
    definition,
    competencyId,
    methodologies,
    rubric,
    position,
    archivedAt,
    mergedIntoId,
    createdAt,
    updatedAt,
    revision,
  } = behaviours;
  return {
    id,
    name,
    definition,
    competencyId,
    methodologies,
    rubric,
    position,
    archivedAt,
    mergedIntoId,
    createdAt,
    updatedAt,
    revision,
  };
}

export function findBehaviour(db: ReadableDB, id: string): Behaviour | undefined {
  const row = db
    .select({ ...behavioursColumns(), observationCount })
    .from(behaviours)
    .where(eq(behaviours.id, id))
    .get();
  if (!row) return undefined;
  const stageIds = db
    .select({ stageId: behaviourStages.stageId })
    .from(behaviourStages)
    .innerJoin(stages, eq(stages.id, behaviourStages.stageId))
    .where(eq(behaviourStages.behaviourId, id))
    .orderBy(asc(stages.position))
    .all()
    .map((r) => r.stageId);
  return toBehaviour(row, stageIds);
}

/** What a check needs to know about a behaviour (exists? archived? its name), without counting its observations. */
export interface BehaviourRef {
  id: string;
  name: string;
  archivedAt: string | null;
  mergedIntoId: string | null;
}

export function findBehaviourRef(db: ReadableDB, id: string): BehaviourRef | undefined {
  return prepared<BehaviourRef>(
    db,
    'SELECT id, name, archived_at AS archivedAt, merged_into_id AS mergedIntoId FROM behaviours WHERE id = ?',
  ).get(id);
}

/** The names of the given behaviours, in one statement (unknown ids are absent). */
export function behaviourNames(db: ReadableDB, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = prepared<{ id: string; name: string }>(
    db,
    'SELECT id, name FROM behaviours WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function findBehaviourByName(db: ReadableDB, name: string): { id: string; name: string } | undefined {
  return db
    .select({ id: behaviours.id, name: behaviours.name })
    .from(behaviours)
    .where(sql`lower(${behaviours.name}) = lower(${name})`)
    .get();
}

export function nextBehaviourPosition(db: ReadableDB): number {
  return (db.get<{ n: number | null }>(sql`SELECT max(position) AS n FROM behaviours`)?.n ?? -1) + 1;
}

export function insertBehaviour(db: WritableDB, row: BehaviourRow, stageIds: string[]): void {
  db.insert(behaviours).values(row).run();
  setBehaviourStages(db, row.id, stageIds);
}

export function setBehaviourStages(db: WritableDB, behaviourId: string, stageIds: string[]): void {
  db.delete(behaviourStages).where(eq(behaviourStages.behaviourId, behaviourId)).run();
  if (stageIds.length > 0) {
    db.insert(behaviourStages)
      .values(stageIds.map((stageId) => ({ behaviourId, stageId })))
      .run();
  }
}

export function updateBehaviourRow(
  db: WritableDB,
  id: string,
  changes: Partial<Omit<BehaviourRow, 'id' | 'createdAt' | 'revision'>>,
): void {
  db.update(behaviours)
    .set({ ...changes, revision: sql`${behaviours.revision} + 1` })
    .where(eq(behaviours.id, id))
    .run();
}

/** Sets positions in the given order without touching revisions: order is not an edit of a behaviour. */
export function setBehaviourPositions(db: WritableDB, ids: string[], offset = 0): void {
  ids.forEach((id, index) => {
    db.update(behaviours)
      .set({ position: offset + index })
      .where(eq(behaviours.id, id))
      .run();
  });
}

export function deleteBehaviourRow(db: WritableDB, id: string): void {
  db.delete(behaviours).where(eq(behaviours.id, id)).run();
}

export function recordBehaviourChange(
  db: WritableDB,
  behaviour: Behaviour,
  change: { at: string; kind: BehaviourChange['kind']; summary: string },
): void {
  const { observationCount: _count, ...snapshot } = behaviour;
  db.insert(behaviourHistory)
    .values({
      behaviourId: behaviour.id,
      changedAt: change.at,
      kind: change.kind,
      name: behaviour.name,
      summary: change.summary,
      snapshot,
    })
    .run();
}

export function listBehaviourHistory(db: ReadableDB, behaviourId: string): BehaviourChange[] {
  return db
    .select({
      changedAt: behaviourHistory.changedAt,
      kind: behaviourHistory.kind,
      name: behaviourHistory.name,
      summary: behaviourHistory.summary,
    })
    .from(behaviourHistory)
    .where(eq(behaviourHistory.behaviourId, behaviourId))
    .orderBy(asc(behaviourHistory.id))
    .all();
}

export function countBehaviours(db: ReadableDB): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM behaviours`)?.n ?? 0;
}

export type { Competency };
