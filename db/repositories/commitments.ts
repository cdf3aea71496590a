import { eq, sql } from 'drizzle-orm';
import type { Commitment } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { commitments } from '../schema';

export type CommitmentRow = typeof commitments.$inferSelect;

// Hand-written and prepared once per filter shape: every one-to-one, the rep's tab and the prep brief
// list commitments.
export function listCommitments(
  db: ReadableDB,
  where: { repId?: string; ids?: string[]; oneOnOneId?: string; status?: string },
  today: string,
): Commitment[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (where.repId) {
    clauses.push('k.rep_id = ?');
    params.push(where.repId);
  }
  if (where.ids) {
    clauses.push('k.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(where.ids));
  }
  if (where.oneOnOneId) {
    clauses.push('k.one_on_one_id = ?');
    params.push(where.oneOnOneId);
  }
  if (where.status) {
    clauses.push('k.status = ?');
    params.push(where.status);
  }
  const rows = prepared<Omit<Commitment, 'overdue'>>(
    db,
    `SELECT k.id, k.rep_id AS repId, k.one_on_one_id AS oneOnOneId, m.date AS madeOn, k.text, k.owner,
       k.due_on AS dueOn, k.behaviour_id AS behaviourId,
       (SELECT b.name FROM behaviours b WHERE b.id = k.behaviour_id) AS behaviourName,
       k.status, k.drop_reason AS dropReason, k.closed_on AS closedOn, k.revision
     FROM commitments k JOIN one_on_ones m ON m.id = k.one_on_one_id
     ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
     ORDER BY CASE k.status WHEN 'open' THEN 0 ELSE 1 END, coalesce(k.due_on, '9999'), k.created_at`,
  ).all(...params);
  return rows.map((row) => ({
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
