import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Commitment } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { commitments, oneOnOnes } from '../schema';

export type CommitmentRow = typeof commitments.$inferSelect;

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
