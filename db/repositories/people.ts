import { and, asc, eq, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Person, PersonKind } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { people } from '../schema';

const managers = alias(people, 'manager');

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

function selectPeople(db: ReadableDB) {
  return db
    .select({
      id: people.id,
      name: people.name,
      kind: people.kind,
      title: people.title,
      team: people.team,
      managerId: people.managerId,
      managerName: managers.name,
      region: people.region,
      segment: people.segment,
      startDate: people.startDate,
      email: people.email,
      archivedAt: people.archivedAt,
      createdAt: people.createdAt,
      updatedAt: people.updatedAt,
      revision: people.revision,
    })
    .from(people)
    .leftJoin(managers, eq(people.managerId, managers.id));
}

export function listPeople(db: ReadableDB, filter: PeopleFilter): Person[] {
  const conditions: SQL[] = [];
  if (filter.status === 'active') conditions.push(isNull(people.archivedAt));
  if (filter.status === 'archived') conditions.push(isNotNull(people.archivedAt));
  if (filter.kind !== 'all') conditions.push(eq(people.kind, filter.kind));
  if (filter.search !== '') {
    const pattern = `%${escapeLike(filter.search)}%`;
    const matches = [
      people.name,
      people.title,
      people.team,
      people.region,
      people.segment,
      managers.name,
    ].map((column) => sql`${column} LIKE ${pattern} ESCAPE '\\'`);
    conditions.push(or(...matches)!);
  }
  return selectPeople(db)
    .where(and(...conditions))
    .orderBy(asc(sql`${people.name} COLLATE NOCASE`))
    .all();
}

export function findPerson(db: ReadableDB, id: string): Person | undefined {
  return selectPeople(db).where(eq(people.id, id)).get();
}

export function listDirectReports(db: ReadableDB, managerId: string): Person[] {
  return selectPeople(db)
    .where(eq(people.managerId, managerId))
    .orderBy(asc(sql`${people.name} COLLATE NOCASE`))
    .all();
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
