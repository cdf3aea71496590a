import { and, asc, count, desc, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { CallReviewSummary, Participant, Segment } from '../../shared/contract';
import type { TranscriptSegment } from '../../shared/domain/conversation-metrics';
import type { ReadableDB, WritableDB } from '../open';
import {
  callParticipants,
  callReviews,
  callScorecardLines,
  callScorecards,
  dismissedMoments,
  transcriptSegments,
} from '../schema';
import { type StoredScorecardLine, scoreOf, toScorecardLine } from './scorecards';

export type CallReviewRow = typeof callReviews.$inferSelect;

export function findCallReview(db: ReadableDB, id: string): CallReviewRow | undefined {
  return db.select().from(callReviews).where(eq(callReviews.id, id)).get();
}

export function listCallReviewSummaries(
  db: ReadableDB,
  filter: { repId?: string | undefined; from?: string; id?: string },
): CallReviewSummary[] {
  const where = and(
    filter.id ? eq(callReviews.id, filter.id) : undefined,
    filter.repId ? eq(callReviews.repId, filter.repId) : undefined,
    filter.from ? gte(callReviews.date, filter.from) : undefined,
  );
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
      scoredAt: sql<
        string | null
      >`(SELECT s.submitted_at FROM call_scorecards s WHERE s.call_review_id = "call_reviews"."id")`,
    })
    .from(callReviews)
    .where(where)
    .orderBy(desc(callReviews.date), desc(callReviews.createdAt))
    .all();
  // The submitted scorecards' lines of the same calls, in one query: a score is the weighted mean of them.
  const submittedLines = new Map<string, StoredScorecardLine[]>();
  for (const line of db
    .select({ line: callScorecardLines })
    .from(callScorecardLines)
    .innerJoin(callScorecards, eq(callScorecards.callReviewId, callScorecardLines.callReviewId))
    .innerJoin(callReviews, eq(callReviews.id, callScorecardLines.callReviewId))
    .where(and(where, isNotNull(callScorecards.submittedAt)))
    .orderBy(asc(callScorecardLines.callReviewId), asc(callScorecardLines.position))
    .all()) {
    const id = line.line.callReviewId;
    submittedLines.set(id, [...(submittedLines.get(id) ?? []), toScorecardLine(line.line)]);
  }
  return rows.map((row) => {
    const lines = submittedLines.get(row.id) ?? [];
    return {
      ...row,
      score: row.scoredAt !== null ? scoreOf(lines) : null,
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
export function insertSegments(db: WritableDB, callReviewId: string, segments: Iterable<Segment>): void {
  const insert = db.$client.prepare(
    'INSERT INTO transcript_segments (call_review_id, idx, speaker, participant_id, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of segments)
    insert.run(callReviewId, s.index, s.speaker, s.participantId, s.startMs, s.endMs, s.text);
}

/**
 * Lines `from`… of a transcript (all of them, or `limit`), in order. Hand-written rather than through
 * drizzle: a 100,000-line call is read whole for its metrics, and mapping every row costs more than
 * reading it; the primary key (call_review_id, idx) serves the range.
 */
export function listSegments(db: ReadableDB, callReviewId: string, from = 0, limit = -1): Segment[] {
  return db.$client
    .prepare(
      'SELECT idx AS "index", speaker, participant_id AS participantId, start_ms AS startMs, end_ms AS endMs, text FROM transcript_segments WHERE call_review_id = ? AND idx >= ? ORDER BY idx LIMIT ?',
    )
    .all(callReviewId, from, limit) as Segment[];
}

/**
 * Every line of a transcript as the metrics see it: spoken by its participant's id (not its label, which
 * two people may share), or by nobody.
 */
export function listSegmentsByParticipant(db: ReadableDB, callReviewId: string): TranscriptSegment[] {
  return db.$client
    .prepare(
      'SELECT idx AS "index", participant_id AS speaker, start_ms AS startMs, end_ms AS endMs, text FROM transcript_segments WHERE call_review_id = ? ORDER BY idx',
    )
    .all(callReviewId) as TranscriptSegment[];
}

export function countSegments(db: ReadableDB, callReviewId: string): number {
  return db
    .select({ count: count() })
    .from(transcriptSegments)
    .where(eq(transcriptSegments.callReviewId, callReviewId))
    .get()!.count;
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
