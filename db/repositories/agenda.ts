import { eq, inArray, sql } from 'drizzle-orm';
import type { AgendaItem } from '../../shared/contract';
import { STUCK_AFTER_CARRIES } from '../../shared/contract/one-on-ones';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { agendaItems } from '../schema';

export type AgendaRow = typeof agendaItems.$inferSelect;

function toAgendaItem(row: AgendaRow): AgendaItem {
  return {
    id: row.id,
    oneOnOneId: row.oneOnOneId,
    text: row.text,
    author: row.author,
    recurring: row.recurring,
    done: row.done,
    carriedCount: row.carriedCount,
    stuck: !row.done && row.carriedCount >= STUCK_AFTER_CARRIES,
    position: row.position,
  };
}

export function listAgenda(db: ReadableDB, oneOnOneId: string): AgendaItem[] {
  return prepared<Omit<AgendaRow, 'recurring' | 'done'> & { recurring: number; done: number }>(
    db,
    `SELECT id, one_on_one_id AS oneOnOneId, text, author, recurring, done, carried_count AS carriedCount,
       carried_from_id AS carriedFromId, position, created_at AS createdAt
     FROM agenda_items WHERE one_on_one_id = ? ORDER BY position`,
  )
    .all(oneOnOneId)
    .map((row) => toAgendaItem({ ...row, recurring: row.recurring === 1, done: row.done === 1 }));
}

export function findAgendaItem(db: ReadableDB, id: string): AgendaRow | undefined {
  return db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
}

export function nextAgendaPosition(db: ReadableDB, oneOnOneId: string): number {
  return (
    (db.get<{ n: number | null }>(
      sql`SELECT max(position) AS n FROM agenda_items WHERE one_on_one_id = ${oneOnOneId}`,
    )?.n ?? -1) + 1
  );
}

export function insertAgendaItem(db: WritableDB, row: AgendaRow): AgendaItem {
  db.insert(agendaItems).values(row).run();
  return toAgendaItem(row);
}

export function updateAgendaItem(
  db: WritableDB,
  id: string,
  changes: Partial<Pick<AgendaRow, 'text' | 'done' | 'recurring'>>,
): AgendaItem {
  db.update(agendaItems).set(changes).where(eq(agendaItems.id, id)).run();
  return toAgendaItem(findAgendaItem(db, id)!);
}

export function deleteAgendaItem(db: WritableDB, id: string): void {
  db.delete(agendaItems).where(eq(agendaItems.id, id)).run();
}

/** Items already continued in a later one-to-one: each open item is carried once, to the next meeting only. */
export function itemsCarriedFrom(db: ReadableDB, sourceIds: string[]): Set<string> {
  if (sourceIds.length === 0) return new Set();
  return new Set(
    db
      .select({ from: agendaItems.carriedFromId })
      .from(agendaItems)
      .where(inArray(agendaItems.carriedFromId, sourceIds))
      .all()
      .map((r) => r.from!)
      .filter(Boolean),
  );
}

/**
 * Open talking points from the rep's meetings before `date` that no later meeting continues yet: the
 * ones a new meeting takes over. Recurring points are not here: they repeat from the previous meeting.
 */
export function liveItemsBefore(db: ReadableDB, repId: string, date: string): AgendaRow[] {
  return db
    .all<AgendaRow>(sql`
    SELECT a.id, a.one_on_one_id AS oneOnOneId, a.text, a.author, a.recurring, a.done, a.carried_count AS carriedCount,
           a.carried_from_id AS carriedFromId, a.position, a.created_at AS createdAt
    FROM agenda_items a JOIN one_on_ones m ON m.id = a.one_on_one_id
    WHERE m.rep_id = ${repId} AND m.date < ${date} AND a.done = 0 AND a.recurring = 0
      AND NOT EXISTS (SELECT 1 FROM agenda_items later WHERE later.carried_from_id = a.id)
    ORDER BY m.date, a.position`)
    .map((row) => ({ ...row, recurring: Boolean(row.recurring), done: Boolean(row.done) }));
}

/** Ticks off every later copy of a talking point: done once is done everywhere it was carried to. */
export function markCarriedCopiesDone(db: WritableDB, itemId: string): void {
  db.run(sql`
    WITH RECURSIVE copies(id) AS (
      SELECT id FROM agenda_items WHERE carried_from_id = ${itemId}
      UNION SELECT a.id FROM agenda_items a JOIN copies c ON a.carried_from_id = c.id
    )
    UPDATE agenda_items SET done = 1 WHERE id IN (SELECT id FROM copies)`);
}

export function stuckItemsOf(db: ReadableDB, oneOnOneId: string): AgendaItem[] {
  return listAgenda(db, oneOnOneId).filter((item) => item.stuck);
}
