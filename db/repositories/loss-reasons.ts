import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { LossReason, LossReasonChange } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { lossReasonHistory, lossReasons } from '../schema';

type LossReasonRow = typeof lossReasons.$inferSelect;

function toLossReason(row: LossReasonRow): LossReason {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    position: row.position,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revision: row.revision,
  };
}

export function listLossReasons(db: ReadableDB, includeArchived: boolean): LossReason[] {
  const query = db.select().from(lossReasons);
  const rows = (includeArchived ? query : query.where(isNull(lossReasons.archivedAt)))
    .orderBy(asc(lossReasons.position), asc(lossReasons.name))
    .all();
  return rows.map(toLossReason);
}

export function findLossReason(db: ReadableDB, id: string): LossReason | null {
  const row = db.select().from(lossReasons).where(eq(lossReasons.id, id)).get();
  return row ? toLossReason(row) : null;
}

export function nextLossReasonPosition(db: ReadableDB): number {
  const row = db
    .select({ max: sql<number | null>`max(${lossReasons.position})` })
    .from(lossReasons)
    .get();
  return (row?.max ?? -1) + 1;
}

export function insertLossReason(
  db: WritableDB,
  reason: { id: string; name: string; description: string | null; position: number; now: string },
): void {
  db.insert(lossReasons)
    .values({
      id: reason.id,
      name: reason.name,
      description: reason.description,
      position: reason.position,
      archivedAt: null,
      createdAt: reason.now,
      updatedAt: reason.now,
      revision: 1,
    })
    .run();
}

/** Writes the given fields and counts a revision (positions alone do not: reordering edits no reason). */
export function updateLossReasonRow(
  db: WritableDB,
  id: string,
  fields: Partial<Pick<LossReasonRow, 'name' | 'description' | 'archivedAt'>> & { updatedAt: string },
): void {
  db.update(lossReasons)
    .set({ ...fields, revision: sql`${lossReasons.revision} + 1` })
    .where(eq(lossReasons.id, id))
    .run();
}

export function setLossReasonPosition(db: WritableDB, id: string, position: number): void {
  db.update(lossReasons).set({ position }).where(eq(lossReasons.id, id)).run();
}

export function recordLossReasonChange(
  db: WritableDB,
  reason: LossReason,
  change: { at: string; kind: LossReasonChange['kind']; previousName: string | null },
): void {
  db.insert(lossReasonHistory)
    .values({
      reasonId: reason.id,
      changedAt: change.at,
      kind: change.kind,
      name: reason.name,
      description: reason.description,
      previousName: change.previousName,
    })
    .run();
}

export function listLossReasonHistory(db: ReadableDB, reasonId: string): LossReasonChange[] {
  return db
    .select({
      changedAt: lossReasonHistory.changedAt,
      kind: lossReasonHistory.kind,
      name: lossReasonHistory.name,
      description: lossReasonHistory.description,
      previousName: lossReasonHistory.previousName,
    })
    .from(lossReasonHistory)
    .where(eq(lossReasonHistory.reasonId, reasonId))
    .orderBy(asc(lossReasonHistory.id))
    .all();
}
