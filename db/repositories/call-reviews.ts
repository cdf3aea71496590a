import { and, count, eq, gte, lte, sql } from 'drizzle-orm';
import type { CallReviewSummary, Participant, Segment } from '../../shared/contract';
import type { TranscriptSegment } from '../../shared/domain/conversation-metrics';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import {
  callParticipants,
  callReviews,
  type callScorecardLines,
  dismissedMoments,
  transcriptSegments,
} from '../schema';
import { LINE_COLUMNS, type StoredScorecardLine, scoreOf, toScorecardLine } from './scorecards';

export type CallReviewRow = typeof callReviews.$inferSelect;

export function findCallReview(db: ReadableDB, id: string): CallReviewRow | undefined {
  return prepared<CallReviewRow>(
    db,
    `SELECT id, rep_id AS repId, date, account, deal, call_type_id AS callTypeId, transcript_format AS transcriptFormat,
       transcript_file_name AS transcriptFileName, media_file_name AS mediaFileName, duration_ms AS durationMs,
       created_at AS createdAt, updated_at AS updatedAt, revision
     FROM call_reviews WHERE id = ?`,
  ).get(id);
}

// Hand-written and prepared once per filter shape: the calls screen, a rep's calls tab, the prep brief
// and every call review read this list.
const SUMMARY_COLUMNS = `c.id, c.rep_id AS repId, p.name AS repName, c.date, c.account, c.deal,
  c.call_type_id AS callTypeId, t.name AS callTypeName, c.duration_ms AS durationMs,
  (SELECT count(*) FROM observations o WHERE o.source_kind = 'call-review' AND o.source_id = c.id AND o.anchor IS NOT NULL) AS annotationCount,
  s.submitted_at AS scoredAt`;

export interface CallReviewFilter {
  repId?: string | undefined;
  from?: string;
  id?: string;
  /** A page: at most `limit` calls, after skipping `offset`, newest first. */
  limit?: number | undefined;
  offset?: number | undefined;
}

export function listCallReviewSummaries(db: ReadableDB, filter: CallReviewFilter): CallReviewSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.id) {
    where.push('c.id = ?');
    params.push(filter.id);
  }
  if (filter.repId) {
    where.push('c.rep_id = ?');
    params.push(filter.repId);
  }
  if (filter.from) {
    where.push('c.date >= ?');
    params.push(filter.from);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const from = `FROM call_reviews c JOIN people p ON p.id = c.rep_id JOIN call_types t ON t.id = c.call_type_id
     LEFT JOIN call_scorecards s ON s.call_review_id = c.id`;
  let sql = `SELECT ${SUMMARY_COLUMNS} ${from} ${whereSql} ORDER BY c.date DESC, c.created_at DESC`;
  if (filter.limit !== undefined) {
    // A page is chosen by sorting the calls' dates alone; only its rows pay for their annotation counts and
    // scorecards. (Sorting whole summary rows computed those for every call of the team.)
    sql = `WITH page AS (
        SELECT c.id, c.date, c.created_at FROM call_reviews c ${whereSql}
        ORDER BY c.date DESC, c.created_at DESC LIMIT ? OFFSET ?)
      SELECT ${SUMMARY_COLUMNS} FROM page JOIN call_reviews c ON c.id = page.id JOIN people p ON p.id = c.rep_id
        JOIN call_types t ON t.id = c.call_type_id LEFT JOIN call_scorecards s ON s.call_review_id = c.id
      ORDER BY page.date DESC, page.created_at DESC`;
    params.push(filter.limit, filter.offset ?? 0);
  }
  const rows = prepared<Omit<CallReviewSummary, 'score' | 'ratedCount'>>(db, sql).all(...params);
  // The submitted scorecards' lines of these calls, in one statement: a score is the weighted mean of them.
  const submittedLines = submittedScorecardLines(
    db,
    rows.filter((row) => row.scoredAt !== null).map((row) => row.id),
  );
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
  return prepared<Participant>(
    db,
    'SELECT id, name, side, title FROM call_participants WHERE call_review_id = ? ORDER BY position',
  ).all(callReviewId);
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
  return prepared<Segment>(
    db,
    'SELECT idx AS "index", speaker, participant_id AS participantId, start_ms AS startMs, end_ms AS endMs, text FROM transcript_segments WHERE call_review_id = ? AND idx >= ? ORDER BY idx LIMIT ?',
  ).all(callReviewId, from, limit);
}

/**
 * Every line of a transcript as the metrics see it: spoken by its participant's id (not its label, which
 * two people may share), or by nobody.
 */
export function listSegmentsByParticipant(db: ReadableDB, callReviewId: string): TranscriptSegment[] {
  return prepared<TranscriptSegment>(
    db,
    'SELECT idx AS "index", participant_id AS speaker, start_ms AS startMs, end_ms AS endMs, text FROM transcript_segments WHERE call_review_id = ? ORDER BY idx',
  ).all(callReviewId);
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

/** The lines of the given calls' scorecards, by call, in order (one statement, whatever the number of calls). */
function submittedScorecardLines(
  db: ReadableDB,
  callReviewIds: string[],
): Map<string, StoredScorecardLine[]> {
  const byCall = new Map<string, StoredScorecardLine[]>();
  if (callReviewIds.length === 0) return byCall;
  const rows = prepared<Omit<typeof callScorecardLines.$inferSelect, 'critical'> & { critical: number }>(
    db,
    `SELECT ${LINE_COLUMNS} FROM call_scorecard_lines
     WHERE call_review_id IN (SELECT value FROM json_each(?)) ORDER BY call_review_id, position`,
  ).all(JSON.stringify(callReviewIds));
  for (const row of rows) {
    const lines = byCall.get(row.callReviewId) ?? [];
    lines.push(toScorecardLine({ ...row, critical: row.critical === 1 }));
    byCall.set(row.callReviewId, lines);
  }
  return byCall;
}
