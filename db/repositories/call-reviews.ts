import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { CallReviewSummary, Participant, Segment } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { callParticipants, callReviews, transcriptSegments } from '../schema';
import { type StoredScorecardLine, scoreOf } from './scorecards';

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
  s.lines AS scorecard, s.submitted_at AS scoredAt`;

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
  const rows = prepared<Omit<CallReviewSummary, 'score' | 'ratedCount'> & { scorecard: string | null }>(
    db,
    sql,
  ).all(...params);
  return rows.map(({ scorecard, ...row }) => {
    // Only a submitted scorecard scores the call.
    const submitted = scorecard !== null && row.scoredAt !== null;
    const lines = submitted ? (JSON.parse(scorecard) as StoredScorecardLine[]) : [];
    return {
      ...row,
      score: submitted ? scoreOf(lines) : null,
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
export function insertSegments(db: WritableDB, callReviewId: string, segments: Segment[]): void {
  const insert = db.$client.prepare(
    'INSERT INTO transcript_segments (call_review_id, idx, speaker, participant_id, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const s of segments)
    insert.run(callReviewId, s.index, s.speaker, s.participantId, s.startMs, s.endMs, s.text);
}

export function listSegments(db: ReadableDB, callReviewId: string): Segment[] {
  return prepared<Segment>(
    db,
    `SELECT idx AS "index", speaker, participant_id AS participantId, start_ms AS startMs, end_ms AS endMs, text
     FROM transcript_segments WHERE call_review_id = ? ORDER BY idx`,
  ).all(callReviewId);
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
