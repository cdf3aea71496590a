import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { OwnerChange } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { people, workspaceOwnerChanges } from '../schema';

const fromPerson = alias(people, 'from_person');
const toPerson = alias(people, 'to_person');

export function listOwnerChanges(db: ReadableDB, limit: number): OwnerChange[] {
  return db
    .select({
      id: workspaceOwnerChanges.id,
      changedAt: workspaceOwnerChanges.changedAt,
      kind: workspaceOwnerChanges.kind,
      fromName: fromPerson.name,
      toName: toPerson.name,
    })
    .from(workspaceOwnerChanges)
    .leftJoin(fromPerson, eq(fromPerson.id, workspaceOwnerChanges.fromPersonId))
    .innerJoin(toPerson, eq(toPerson.id, workspaceOwnerChanges.toPersonId))
    .orderBy(desc(workspaceOwnerChanges.changedAt), desc(sql`"workspace_owner_changes"."rowid"`))
    .limit(limit)
    .all();
}

export function insertOwnerChange(db: WritableDB, row: typeof workspaceOwnerChanges.$inferInsert): void {
  db.insert(workspaceOwnerChanges).values(row).run();
}

/**
 * Records written while no one had said who they were (authorless) become the first owner's: they were
 * the one using this copy. Returns how many were claimed.
 */
export function claimAuthorless(db: WritableDB, personId: string): number {
  return (
    db.run(sql`UPDATE observations SET author_id = ${personId} WHERE author_id IS NULL`).changes +
    db.run(sql`UPDATE notes SET author_id = ${personId} WHERE author_id IS NULL`).changes +
    db.run(
      sql`UPDATE one_on_one_notes SET author_id = ${personId} WHERE part = 'private' AND author_id IS NULL`,
    ).changes
  );
}

/**
 * Authorless records about a rep become their own manager's (the same rule migration 0004 applied to
 * records written before authors were kept). The demo, written in one go, uses it to give each manager
 * their own team's history.
 */
export function giveAuthorlessToManagers(db: WritableDB): void {
  db.run(
    sql`UPDATE observations SET author_id = (SELECT manager_id FROM people WHERE people.id = observations.rep_id) WHERE author_id IS NULL`,
  );
  db.run(
    sql`UPDATE notes SET author_id = (SELECT manager_id FROM people WHERE people.id = notes.rep_id) WHERE author_id IS NULL`,
  );
  db.run(
    sql`UPDATE one_on_one_notes SET author_id = (SELECT p.manager_id FROM one_on_ones m JOIN people p ON p.id = m.rep_id WHERE m.id = one_on_one_notes.one_on_one_id) WHERE part = 'private' AND author_id IS NULL`,
  );
  db.run(
    sql`UPDATE proposal_reviews SET author_id = (SELECT manager_id FROM people WHERE people.id = proposal_reviews.rep_id) WHERE author_id IS NULL`,
  );
  db.run(
    sql`UPDATE proposal_annotations SET author_id = (SELECT p.manager_id FROM proposal_versions v JOIN proposal_reviews r ON r.id = v.review_id JOIN people p ON p.id = r.rep_id WHERE v.id = proposal_annotations.version_id) WHERE author_id IS NULL`,
  );
}
