import { and, eq, sql } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { dealReviewCommitments, dealReviews } from '../schema';

export type DealReviewRow = typeof dealReviews.$inferSelect;

export function listDealReviewRows(
  db: ReadableDB,
  where: { oneOnOneId?: string; id?: string },
): DealReviewRow[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (where.oneOnOneId) {
    clauses.push('one_on_one_id = ?');
    params.push(where.oneOnOneId);
  }
  if (where.id) {
    clauses.push('id = ?');
    params.push(where.id);
  }
  return prepared<DealReviewRow>(
    db,
    `SELECT id, one_on_one_id AS oneOnOneId, deal_id AS dealId, agreed_next_step AS agreedNextStep, summary,
       position, created_at AS createdAt, updated_at AS updatedAt, revision
     FROM deal_reviews ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
     ORDER BY position, created_at`,
  ).all(...params);
}

export function nextDealReviewPosition(db: ReadableDB, oneOnOneId: string): number {
  return (
    (prepared<{ n: number | null }>(
      db,
      'SELECT max(position) AS n FROM deal_reviews WHERE one_on_one_id = ?',
    ).get(oneOnOneId)?.n ?? -1) + 1
  );
}

export function insertDealReview(db: WritableDB, row: DealReviewRow): void {
  db.insert(dealReviews).values(row).run();
}

export function updateDealReviewRow(
  db: WritableDB,
  id: string,
  changes: Partial<Pick<DealReviewRow, 'agreedNextStep' | 'summary' | 'updatedAt'>>,
): void {
  db.update(dealReviews)
    .set({ ...changes, revision: sql`${dealReviews.revision} + 1` })
    .where(eq(dealReviews.id, id))
    .run();
}

export function deleteDealReview(db: WritableDB, id: string): void {
  db.delete(dealReviews).where(eq(dealReviews.id, id)).run();
}

export function linkDealReviewCommitment(db: WritableDB, dealReviewId: string, commitmentId: string): void {
  db.insert(dealReviewCommitments).values({ dealReviewId, commitmentId }).run();
}

/** The commitment ids of each review, by review id. */
export function dealReviewCommitmentIds(db: ReadableDB, reviewIds: readonly string[]): Map<string, string[]> {
  const rows = prepared<{ reviewId: string; commitmentId: string }>(
    db,
    `SELECT deal_review_id AS reviewId, commitment_id AS commitmentId FROM deal_review_commitments
     WHERE deal_review_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(reviewIds));
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.reviewId, [...(map.get(r.reviewId) ?? []), r.commitmentId]);
  return map;
}

export function hasDealReviewCommitments(db: ReadableDB, reviewId: string): boolean {
  return (
    db
      .select({ id: dealReviewCommitments.commitmentId })
      .from(dealReviewCommitments)
      .where(and(eq(dealReviewCommitments.dealReviewId, reviewId)))
      .get() !== undefined
  );
}

/** A deal review as an observation's source: the rep whose deal it is. */
export function dealReviewSource(db: ReadableDB, id: string): { repId: string } | undefined {
  return prepared<{ repId: string }>(
    db,
    'SELECT d.rep_id AS repId FROM deal_reviews r JOIN deals d ON d.id = r.deal_id WHERE r.id = ?',
  ).get(id);
}
