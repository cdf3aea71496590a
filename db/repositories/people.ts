import { and, eq, sql } from 'drizzle-orm';
import type { Person, PersonKind } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { people } from '../schema';

export interface PersonRow {
  id: string;
  name: string;
  kind: PersonKind;
  title: string | null;
  team: string | null;
  managerId: string | null;
  region: string | null;
  segment: string | null;
  startDate: string | null;
  email: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface PeopleFilter {
  status: 'active' | 'archived' | 'all';
  kind: PersonKind | 'all';
  search: string;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// Hand-written and prepared once per filter shape: the team screen, every rep page and many checks read
// people.
const PERSON_COLUMNS = `p.id, p.name, p.kind, p.title, p.team, p.manager_id AS managerId, manager.name AS managerName,
  p.region, p.segment, p.start_date AS startDate, p.email, p.archived_at AS archivedAt,
  p.created_at AS createdAt, p.updated_at AS updatedAt, p.revision`;
const FROM_PEOPLE = 'FROM people p LEFT JOIN people manager ON manager.id = p.manager_id';

export function listPeople(db: ReadableDB, filter: PeopleFilter): Person[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status === 'active') where.push('p.archived_at IS NULL');
  if (filter.status === 'archived') where.push('p.archived_at IS NOT NULL');
  if (filter.kind !== 'all') {
    where.push('p.kind = ?');
    params.push(filter.kind);
  }
  if (filter.search !== '') {
    const columns = ['p.name', 'p.title', 'p.team', 'p.region', 'p.segment', 'manager.name'];
    where.push(`(${columns.map((c) => `${c} LIKE :pattern ESCAPE '\\'`).join(' OR ')})`);
  }
  const sql = `SELECT ${PERSON_COLUMNS} ${FROM_PEOPLE} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY p.name COLLATE NOCASE`;
  const statement = prepared<Person>(db, sql);
  if (filter.search === '') return statement.all(...params);
  // Named and positional parameters mix in better-sqlite3: the named ones come in an object first.
  return statement.all({ pattern: `%${escapeLike(filter.search)}%` }, ...params);
}

export function findPerson(db: ReadableDB, id: string): Person | undefined {
  return prepared<Person>(db, `SELECT ${PERSON_COLUMNS} ${FROM_PEOPLE} WHERE p.id = ?`).get(id);
}

export function listDirectReports(db: ReadableDB, managerId: string): Person[] {
  return prepared<Person>(
    db,
    `SELECT ${PERSON_COLUMNS} ${FROM_PEOPLE} WHERE p.manager_id = ? ORDER BY p.name COLLATE NOCASE`,
  ).all(managerId);
}

export function findPersonByEmail(db: ReadableDB, email: string): PersonRow | undefined {
  return db.select().from(people).where(sql`lower(${people.email}) = lower(${email})`).get();
}

export function insertPerson(db: WritableDB, row: PersonRow): void {
  db.insert(people).values(row).run();
}

/** Updates only when the stored revision is the one the caller read; returns whether a row changed. */
export function updatePerson(
  db: WritableDB,
  id: string,
  expectedRevision: number,
  changes: Partial<Omit<PersonRow, 'id' | 'createdAt' | 'revision'>>,
): boolean {
  const result = db
    .update(people)
    .set({ ...changes, revision: sql`${people.revision} + 1` })
    .where(and(eq(people.id, id), eq(people.revision, expectedRevision)))
    .run();
  return result.changes === 1;
}

/** Walks up the management chain from `managerId`; true when it reaches `personId` (a cycle). */
export function wouldCreateCycle(db: ReadableDB, personId: string, managerId: string): boolean {
  const row = db.get<{ found: number }>(sql`
    WITH RECURSIVE chain(id) AS (
      SELECT ${managerId}
      UNION
      SELECT p.manager_id FROM people p JOIN chain ON p.id = chain.id WHERE p.manager_id IS NOT NULL
    )
    SELECT count(*) AS found FROM chain WHERE id = ${personId}`);
  return (row?.found ?? 0) > 0;
}

export function countPeople(db: ReadableDB): number {
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM people`)?.n ?? 0;
}

/** Everyone's manager, for walking reporting lines (the visibility rule needs the whole line). */
export function listReportingLines(db: ReadableDB): { id: string; managerId: string | null }[] {
  return db.select({ id: people.id, managerId: people.managerId }).from(people).all();
}
