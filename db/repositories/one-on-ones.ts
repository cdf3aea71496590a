import { and, asc, desc, eq, lt, ne, sql } from 'drizzle-orm';
import type { OneOnOneSummary, RichTextDoc } from '../../shared/contract';
import type { Cadence } from '../../shared/domain/cadence';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { commitments, oneOnOneFocus, oneOnOneNotes, oneOnOnes, repCadences } from '../schema';

export type OneOnOneRow = typeof oneOnOnes.$inferSelect;

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

const ONE_ON_ONE_COLUMNS =
  'id, rep_id AS repId, date, status, created_at AS createdAt, updated_at AS updatedAt, revision';

export function findOneOnOne(db: ReadableDB, id: string): OneOnOneRow | undefined {
  return prepared<OneOnOneRow>(db, `SELECT ${ONE_ON_ONE_COLUMNS} FROM one_on_ones WHERE id = ?`).get(id);
}

export function listOneOnOneSummaries(db: ReadableDB, repId: string, onlyId?: string): OneOnOneSummary[] {
  return prepared<OneOnOneSummary>(
    db,
    `SELECT o.id, o.rep_id AS repId, o.date, o.status,
       (SELECT count(*) FROM agenda_items a WHERE a.one_on_one_id = o.id) AS agendaCount,
       (SELECT count(*) FROM commitments c WHERE c.one_on_one_id = o.id) AS commitmentCount
     FROM one_on_ones o WHERE o.rep_id = ? ${onlyId ? 'AND o.id = ?' : ''}
     ORDER BY o.date DESC, o.created_at DESC`,
  ).all(...(onlyId ? [repId, onlyId] : [repId]));
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

/** One part of a one-to-one's notes (the caller decides whether the viewer may read it). Prepared once. */
export function readNotes(db: ReadableDB, oneOnOneId: string, part: 'shared' | 'private') {
  const row = prepared<{ doc: string; text: string; revision: number; authorId: string | null }>(
    db,
    'SELECT doc, text, revision, author_id AS authorId FROM one_on_one_notes WHERE one_on_one_id = ? AND part = ?',
  ).get(oneOnOneId, part);
  return row
    ? {
        doc: JSON.parse(row.doc) as RichTextDoc,
        text: row.text,
        revision: row.revision,
        authorId: row.authorId,
      }
    : null;
}

export function insertNotes(
  db: WritableDB,
  oneOnOneId: string,
  part: 'shared' | 'private',
  updatedAt: string,
  authorId: string | null = null,
): void {
  db.insert(oneOnOneNotes)
    .values({
      oneOnOneId,
      part,
      authorId,
      doc: { type: 'doc', content: [{ type: 'paragraph' }] },
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
      .set({ ...changes, revision: sql`${oneOnOneNotes.revision} + 1` })
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

export function listFocus(db: ReadableDB, oneOnOneId: string): { behaviourId: string; name: string }[] {
  return prepared<{ behaviourId: string; name: string }>(
    db,
    `SELECT f.behaviour_id AS behaviourId, b.name FROM one_on_one_focus f JOIN behaviours b ON b.id = f.behaviour_id
     WHERE f.one_on_one_id = ? ORDER BY f.position`,
  ).all(oneOnOneId);
}

export function replaceFocus(db: WritableDB, oneOnOneId: string, behaviourIds: string[]): void {
  db.delete(oneOnOneFocus).where(eq(oneOnOneFocus.oneOnOneId, oneOnOneId)).run();
  if (behaviourIds.length > 0)
    db.insert(oneOnOneFocus)
      .values(behaviourIds.map((behaviourId, position) => ({ oneOnOneId, behaviourId, position })))
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

export interface RepCadenceFacts {
  repId: string;
  repName: string;
  managerName: string | null;
  cadence: Cadence | null;
  lastMetOn: string | null;
  nextId: string | null;
  nextOn: string | null;
  openCommitments: number;
  overdueCommitments: number;
}

/**
 * What the cadence of each active rep (or of `repId` only) is judged on, in one statement: the last
 * meeting that happened (see lastHeldOneOnOne), the next one planned, and open commitments.
 */
export function listRepCadenceFacts(db: ReadableDB, today: string, repId?: string): RepCadenceFacts[] {
  const rows = db.all<Omit<RepCadenceFacts, 'cadence'> & { cadence: string | null }>(sql`
    SELECT p.id AS repId, p.name AS repName, m.name AS managerName, c.cadence AS cadence,
      (SELECT max(o.date) FROM one_on_ones o WHERE o.rep_id = p.id AND o.status <> 'cancelled'
         AND (o.date < ${today} OR (o.status = 'held' AND o.date <= ${today}))) AS lastMetOn,
      n.id AS nextId, n.date AS nextOn,
      (SELECT count(*) FROM commitments k WHERE k.rep_id = p.id AND k.status = 'open') AS openCommitments,
      (SELECT count(*) FROM commitments k WHERE k.rep_id = p.id AND k.status = 'open'
         AND k.due_on IS NOT NULL AND k.due_on < ${today}) AS overdueCommitments
    FROM people p
    LEFT JOIN people m ON m.id = p.manager_id
    LEFT JOIN rep_cadences c ON c.rep_id = p.id
    LEFT JOIN one_on_ones n ON n.id = (
      SELECT o.id FROM one_on_ones o WHERE o.rep_id = p.id AND o.status = 'scheduled' AND o.date >= ${today}
      ORDER BY o.date, o.created_at LIMIT 1)
    WHERE ${repId === undefined ? sql`p.kind = 'rep' AND p.archived_at IS NULL` : sql`p.id = ${repId}`}
    ORDER BY p.name COLLATE NOCASE`);
  return rows.map((r) => ({ ...r, cadence: r.cadence as Cadence | null }));
}

/** The rep's planned (scheduled) one-to-ones after `date`, earliest first. */
export function laterScheduledOneOnOnes(
  db: ReadableDB,
  repId: string,
  date: string,
  excludeId: string,
): OneOnOneRow[] {
  return db
    .select()
    .from(oneOnOnes)
    .where(
      and(
        eq(oneOnOnes.repId, repId),
        eq(oneOnOnes.status, 'scheduled'),
        sql`${oneOnOnes.date} >= ${date}`,
        ne(oneOnOnes.id, excludeId),
      ),
    )
    .orderBy(asc(oneOnOnes.date))
    .all();
}
