import { and, asc, desc, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { AgendaItem, Commitment, OneOnOneSummary, RichTextDoc } from '../../shared/contract';
import { STUCK_AFTER_CARRIES } from '../../shared/contract/one-on-ones';
import type { Cadence } from '../../shared/domain/cadence';
import type { ReadableDB, WritableDB } from '../open';
import {
  agendaItems,
  agendaTemplates,
  behaviours,
  commitments,
  oneOnOneFocus,
  oneOnOneNotes,
  oneOnOnes,
  repCadences,
} from '../schema';

export type OneOnOneRow = typeof oneOnOnes.$inferSelect;
export type AgendaRow = typeof agendaItems.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;

export function readCadence(db: ReadableDB, repId: string): Cadence | null {
  return (
    db.select({ cadence: repCadences.cadence }).from(repCadences).where(eq(repCadences.repId, repId)).get()
      ?.cadence ?? null
  );
}

export function writeCadence(db: WritableDB, repId: string, cadence: Cadence | null): void {
  if (cadence === null) db.delete(repCadences).where(eq(repCadences.repId, repId)).run();
  else
    db.insert(repCadences)
      .values({ repId, cadence })
      .onConflictDoUpdate({ target: repCadences.repId, set: { cadence } })
      .run();
}

export function findOneOnOne(db: ReadableDB, id: string): OneOnOneRow | undefined {
  return db.select().from(oneOnOnes).where(eq(oneOnOnes.id, id)).get();
}

export function listOneOnOneSummaries(db: ReadableDB, repId: string, onlyId?: string): OneOnOneSummary[] {
  return db
    .select({
      id: oneOnOnes.id,
      repId: oneOnOnes.repId,
      date: oneOnOnes.date,
      status: oneOnOnes.status,
      // "one_on_ones"."id" in full: see listTaxonomy in library.ts.
      agendaCount: sql<number>`(SELECT count(*) FROM agenda_items a WHERE a.one_on_one_id = "one_on_ones"."id")`,
      commitmentCount: sql<number>`(SELECT count(*) FROM commitments c WHERE c.one_on_one_id = "one_on_ones"."id")`,
    })
    .from(oneOnOnes)
    .where(and(eq(oneOnOnes.repId, repId), onlyId ? eq(oneOnOnes.id, onlyId) : undefined))
    .orderBy(desc(oneOnOnes.date), desc(oneOnOnes.createdAt))
    .all();
}

/**
 * The latest one-to-one before `date`. Without cancelled ones: the meeting to look back on. With them:
 * where a new one carries its open items from, since a cancelled meeting's agenda still waits to be had.
 */
export function previousOneOnOne(
  db: ReadableDB,
  repId: string,
  date: string,
  excludeId?: string,
  includeCancelled = false,
): OneOnOneRow | undefined {
  return db
    .select()
    .from(oneOnOnes)
    .where(
      and(
        eq(oneOnOnes.repId, repId),
        lt(oneOnOnes.date, date),
        includeCancelled ? undefined : ne(oneOnOnes.status, 'cancelled'),
        excludeId ? ne(oneOnOnes.id, excludeId) : undefined,
      ),
    )
    .orderBy(desc(oneOnOnes.date), desc(oneOnOnes.createdAt))
    .get();
}

/** The last meeting that happened: marked held, or simply in the past and not cancelled. */
export function lastHeldOneOnOne(db: ReadableDB, repId: string, today: string): OneOnOneRow | undefined {
  return db
    .select()
    .from(oneOnOnes)
    .where(
      and(
        eq(oneOnOnes.repId, repId),
        ne(oneOnOnes.status, 'cancelled'),
        sql`(${oneOnOnes.date} < ${today} OR (${oneOnOnes.status} = 'held' AND ${oneOnOnes.date} <= ${today}))`,
      ),
    )
    .orderBy(desc(oneOnOnes.date))
    .get();
}

export function nextScheduledOneOnOne(
  db: ReadableDB,
  repId: string,
  onOrAfter: string,
): OneOnOneRow | undefined {
  return db
    .select()
    .from(oneOnOnes)
    .where(
      and(
        eq(oneOnOnes.repId, repId),
        eq(oneOnOnes.status, 'scheduled'),
        sql`${oneOnOnes.date} >= ${onOrAfter}`,
      ),
    )
    .orderBy(asc(oneOnOnes.date))
    .get();
}

export function insertOneOnOne(db: WritableDB, row: OneOnOneRow): void {
  db.insert(oneOnOnes).values(row).run();
}

export function updateOneOnOneRow(
  db: WritableDB,
  id: string,
  changes: Partial<Pick<OneOnOneRow, 'date' | 'status' | 'updatedAt'>>,
): void {
  db.update(oneOnOnes)
    .set({ ...changes, revision: sql`${oneOnOnes.revision} + 1` })
    .where(eq(oneOnOnes.id, id))
    .run();
}

export function readNotes(db: ReadableDB, oneOnOneId: string, part: 'shared' | 'private') {
  const row = db
    .select()
    .from(oneOnOneNotes)
    .where(and(eq(oneOnOneNotes.oneOnOneId, oneOnOneId), eq(oneOnOneNotes.part, part)))
    .get();
  return row ? { doc: JSON.parse(row.doc) as RichTextDoc, text: row.text, revision: row.revision } : null;
}

export function insertNotes(
  db: WritableDB,
  oneOnOneId: string,
  part: 'shared' | 'private',
  updatedAt: string,
): void {
  db.insert(oneOnOneNotes)
    .values({
      oneOnOneId,
      part,
      doc: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] }),
      text: '',
      revision: 1,
      updatedAt,
    })
    .run();
}

export function saveNotesRow(
  db: WritableDB,
  oneOnOneId: string,
  part: 'shared' | 'private',
  expectedRevision: number,
  changes: { doc: RichTextDoc; text: string; updatedAt: string },
): boolean {
  return (
    db
      .update(oneOnOneNotes)
      .set({ ...changes, doc: JSON.stringify(changes.doc), revision: sql`${oneOnOneNotes.revision} + 1` })
      .where(
        and(
          eq(oneOnOneNotes.oneOnOneId, oneOnOneId),
          eq(oneOnOneNotes.part, part),
          eq(oneOnOneNotes.revision, expectedRevision),
        ),
      )
      .run().changes === 1
  );
}

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
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.oneOnOneId, oneOnOneId))
    .orderBy(asc(agendaItems.position))
    .all()
    .map(toAgendaItem);
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

const behaviourName = sql<
  string | null
>`(SELECT b.name FROM behaviours b WHERE b.id = ${commitments.behaviourId})`;

export function listCommitments(
  db: ReadableDB,
  where: { repId?: string; ids?: string[]; oneOnOneId?: string; status?: string },
  today: string,
): Commitment[] {
  const rows = db
    .select({
      id: commitments.id,
      repId: commitments.repId,
      oneOnOneId: commitments.oneOnOneId,
      madeOn: oneOnOnes.date,
      text: commitments.text,
      owner: commitments.owner,
      dueOn: commitments.dueOn,
      behaviourId: commitments.behaviourId,
      behaviourName,
      status: commitments.status,
      dropReason: commitments.dropReason,
      closedOn: commitments.closedOn,
      revision: commitments.revision,
      createdAt: commitments.createdAt,
    })
    .from(commitments)
    .innerJoin(oneOnOnes, eq(oneOnOnes.id, commitments.oneOnOneId))
    .where(
      and(
        where.repId ? eq(commitments.repId, where.repId) : undefined,
        where.ids ? inArray(commitments.id, where.ids) : undefined,
        where.oneOnOneId ? eq(commitments.oneOnOneId, where.oneOnOneId) : undefined,
        where.status ? eq(commitments.status, where.status as 'open') : undefined,
      ),
    )
    .orderBy(
      sql`CASE ${commitments.status} WHEN 'open' THEN 0 ELSE 1 END`,
      asc(sql`coalesce(${commitments.dueOn}, '9999')`),
      asc(commitments.createdAt),
    )
    .all();
  return rows.map(({ createdAt: _createdAt, ...row }) => ({
    ...row,
    overdue: row.status === 'open' && row.dueOn !== null && row.dueOn < today,
  }));
}

export function findCommitmentRow(db: ReadableDB, id: string): CommitmentRow | undefined {
  return db.select().from(commitments).where(eq(commitments.id, id)).get();
}

export function insertCommitment(db: WritableDB, row: CommitmentRow): void {
  db.insert(commitments).values(row).run();
}

export function updateCommitmentRow(
  db: WritableDB,
  id: string,
  changes: Partial<Omit<CommitmentRow, 'id' | 'revision'>>,
): void {
  db.update(commitments)
    .set({ ...changes, revision: sql`${commitments.revision} + 1` })
    .where(eq(commitments.id, id))
    .run();
}

export function listFocus(db: ReadableDB, oneOnOneId: string): { behaviourId: string; name: string }[] {
  return db
    .select({ behaviourId: oneOnOneFocus.behaviourId, name: behaviours.name })
    .from(oneOnOneFocus)
    .innerJoin(behaviours, eq(behaviours.id, oneOnOneFocus.behaviourId))
    .where(eq(oneOnOneFocus.oneOnOneId, oneOnOneId))
    .orderBy(asc(oneOnOneFocus.position))
    .all();
}

export function replaceFocus(db: WritableDB, oneOnOneId: string, behaviourIds: string[]): void {
  db.delete(oneOnOneFocus).where(eq(oneOnOneFocus.oneOnOneId, oneOnOneId)).run();
  if (behaviourIds.length > 0)
    db.insert(oneOnOneFocus)
      .values(behaviourIds.map((behaviourId, position) => ({ oneOnOneId, behaviourId, position })))
      .run();
}

export function listTemplates(db: ReadableDB) {
  return db
    .select()
    .from(agendaTemplates)
    .orderBy(desc(agendaTemplates.builtIn), asc(agendaTemplates.name))
    .all()
    .map((t) => ({ id: t.id, name: t.name, items: JSON.parse(t.items) as string[], builtIn: t.builtIn }));
}

export function saveTemplateRow(
  db: WritableDB,
  row: { id: string; name: string; items: string[]; builtIn: boolean; now: string },
): void {
  db.insert(agendaTemplates)
    .values({
      id: row.id,
      name: row.name,
      items: JSON.stringify(row.items),
      builtIn: row.builtIn,
      createdAt: row.now,
      updatedAt: row.now,
    })
    .onConflictDoUpdate({
      target: agendaTemplates.id,
      set: { name: row.name, items: JSON.stringify(row.items), updatedAt: row.now },
    })
    .run();
}

/** Moves commitment and focus links when one behaviour is merged into another. */
export function moveBehaviourLinks(db: WritableDB, fromId: string, toId: string): void {
  db.update(commitments).set({ behaviourId: toId }).where(eq(commitments.behaviourId, fromId)).run();
  db.run(sql`UPDATE OR IGNORE one_on_one_focus SET behaviour_id = ${toId} WHERE behaviour_id = ${fromId}`);
  db.delete(oneOnOneFocus).where(eq(oneOnOneFocus.behaviourId, fromId)).run();
}

export function behaviourLinkCount(db: ReadableDB, behaviourId: string): number {
  return (
    db.get<{ n: number }>(
      sql`SELECT (SELECT count(*) FROM commitments WHERE behaviour_id = ${behaviourId}) + (SELECT count(*) FROM one_on_one_focus WHERE behaviour_id = ${behaviourId}) AS n`,
    )?.n ?? 0
  );
}
