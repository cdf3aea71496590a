import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { CallReviewSummary, Participant, Segment } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { callParticipants, callReviews, dismissedMoments, transcriptSegments } from '../schema';
import { type StoredScorecardLine, scoreOf } from './scorecards';

export type CallReviewRow = typeof callReviews.$inferSelect;

export function findCallReview(db: ReadableDB, id: string): CallReviewRow | undefined {
  return db.select().from(callReviews).where(eq(callReviews.id, id)).get();
}

export function listCallReviewSummaries(
  db: ReadableDB,
  filter: { repId?: string | undefined; from?: string },
): CallReviewSummary[] {
  const rows = db
    .select({
      id: callReviews.id,
      repId: callReviews.repId,
      repName: sql<string>`(SELECT p.name FROM people p WHERE p.id = "call_reviews"."rep_id")`,
      date: callReviews.date,
      account: callReviews.account,
      deal: callReviews.deal,
      callTypeId: callReviews.callTypeId,
      callTypeName: sql<string>`(SELECT t.name FROM call_types t WHERE t.id = "call_reviews"."call_type_id")`,
      durationMs: callReviews.durationMs,
      // Written out in full: see listTaxonomy in library.ts.
      annotationCount: sql<number>`(SELECT count(*) FROM observations o WHERE o.source_kind = 'call-review' AND o.source_id = "call_reviews"."id" AND o.anchor IS NOT NULL)`,
      scorecard: sql<
        string | null
      >`(SELECT s.lines FROM call_scorecards s WHERE s.call_review_id = "call_reviews"."id" AND s.submitted_at IS NOT NULL)`,
      scoredAt: sql<
        string | null
      >`(SELECT s.submitted_at FROM call_scorecards s WHERE s.call_review_id = "call_reviews"."id")`,
    })
    .from(callReviews)
    .where(
      filter.repId || filter.from
        ? sql`${filter.repId ? sql`${callReviews.repId} = ${filter.repId}` : sql`1`} AND ${filter.from ? sql`${callReviews.date} >= ${filter.from}` : sql`1`}`
        : undefined,
    )
    .orderBy(desc(callReviews.date), desc(callReviews.createdAt))
    .all();
  return rows.map(({ scorecard, ...row }) => {
    const lines = scorecard ? (JSON.parse(scorecard) as StoredScorecardLine[]) : [];
    return {
      ...row,
      score: scorecard ? scoreOf(lines) : null,
      ratedCount: lines.filter((l) => l.level !== null).length,
    };
  });
}

export function insertCallReview(db: WritableDB, row: CallReviewRow): void {
  db.insert(callReviews).values(row).run();
}

export function updateCallReviewRow(
  db: WritableDB,
  id: string,
  changes: Partial<Omit<CallReviewRow, 'id' | 'revision' | 'createdAt'>>,
): void {
  db.update(callReviews)
    .set({ ...changes, revision: sql`${callReviews.revision} + 1` })
    .where(eq(callReviews.id, id))
    .run();
}

export function insertParticipants(db: WritableDB, callReviewId: string, participants: Participant[]): void {
  db.insert(callParticipants)
    .values(participants.map((p, position) => ({ ...p, callReviewId, position })))
    .run();
}

export function listParticipants(db: ReadableDB, callReviewId: string): Participant[] {
  return db
    .select({
      id: callParticipants.id,
      name: callParticipants.name,
      side: callParticipants.side,
      title: callParticipants.title,
    })
    .from(callParticipants)
    .where(eq(callParticipants.callReviewId, callReviewId))
    .orderBy(asc(callParticipants.position))
    .all();
}

/** One prepared statement in the caller's transaction: thousands of cues insert in milliseconds. */
export function insertSegments(db: WritableDB, callReviewId: string, segments: Segment[]): void {
  const insert = db.$client.prepare(
    'INSERT INTO transcript_segments (call_review_id, idx, speaker, participant_id, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of segments)
    insert.run(callReviewId, s.index, s.speaker, s.participantId, s.startMs, s.endMs, s.text);
}

export function listSegments(db: ReadableDB, callReviewId: string): Segment[] {
  return db
    .select({
      index: transcriptSegments.idx,
      speaker: transcriptSegments.speaker,
      participantId: transcriptSegments.participantId,
      startMs: transcriptSegments.startMs,
      endMs: transcriptSegments.endMs,
      text: transcriptSegments.text,
    })
    .from(transcriptSegments)
    .where(eq(transcriptSegments.callReviewId, callReviewId))
    .orderBy(asc(transcriptSegments.idx))
    .all();
}

/** Says who spoke lines `from`..`to` (inclusive) of a transcript: a participant's id, or null for nobody. */
export function setSegmentsParticipant(
  db: WritableDB,
  callReviewId: string,
  from: number,
  to: number,
  participantId: string | null,
): number {
  return db
    .update(transcriptSegments)
    .set({ participantId })
    .where(
      and(
        eq(transcriptSegments.callReviewId, callReviewId),
        gte(transcriptSegments.idx, from),
        lte(transcriptSegments.idx, to),
      ),
    )
    .run().changes;
}

export function dismissedMomentKeys(db: ReadableDB, callReviewId: string): Set<string> {
  return new Set(
    db
      .select({ key: dismissedMoments.momentKey })
      .from(dismissedMoments)
      .where(eq(dismissedMoments.callReviewId, callReviewId))
      .all()
      .map((r) => r.key),
  );
}

export function setMomentDismissed(
  db: WritableDB,
  callReviewId: string,
  momentKey: string,
  dismissedAt: string | null,
): void {
  if (dismissedAt === null)
    db.delete(dismissedMoments)
      .where(and(eq(dismissedMoments.callReviewId, callReviewId), eq(dismissedMoments.momentKey, momentKey)))
      .run();
  else
    db.insert(dismissedMoments).values({ callReviewId, momentKey, dismissedAt }).onConflictDoNothing().run();
}
