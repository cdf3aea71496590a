import { and, eq, sql } from 'drizzle-orm';
import type { CallReviewSummary, Participant, Segment } from '../../shared/contract';
import type { TranscriptSegment } from '../../shared/domain/conversation-metrics';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { callParticipants, callReviews, type callScorecardLines, dismissedMoments } from '../schema';
import {
  type EncodedChunk,
  encodeChunks,
  type StoredLine,
  TRANSCRIPT_CHUNK_LINES,
} from '../../shared/domain/transcript-chunks';
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
  /** Only calls about these reps (the ones the viewer sees): filtered in SQL, before a page is cut. */
  repIds?: readonly string[];
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
  if (filter.repIds) {
    where.push('c.rep_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.repIds));
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

interface ChunkRow {
  firstIdx: number;
  lineCount: number;
  lines: string;
}

function segmentOf(line: StoredLine, index: number): Segment {
  return { index, speaker: line[0], participantId: line[1], startMs: line[2], endMs: line[3], text: line[4] };
}

/** Writes a transcript's rows (encodeChunks), in the caller's transaction: a 100,000-line call is 100 inserts. */
export function insertChunks(db: WritableDB, callReviewId: string, chunks: readonly EncodedChunk[]): void {
  const insert = prepared(
    db,
    'INSERT INTO transcript_chunks (call_review_id, first_idx, line_count, lines) VALUES (?, ?, ?, ?)',
  );
  for (const chunk of chunks) insert.run(callReviewId, chunk.firstIdx, chunk.lineCount, chunk.lines);
}

/** Writes a transcript's lines (line i with index i), TRANSCRIPT_CHUNK_LINES to a row. */
export function insertSegments(db: WritableDB, callReviewId: string, segments: Iterable<Segment>): void {
  insertChunks(db, callReviewId, encodeChunks(segments));
}

/** The chunks holding lines `from`… in order (the primary key (call_review_id, first_idx) serves the range). */
function chunksFrom(db: ReadableDB, callReviewId: string, from: number): IterableIterator<ChunkRow> {
  return prepared<ChunkRow>(
    db,
    'SELECT first_idx AS firstIdx, line_count AS lineCount, lines FROM transcript_chunks WHERE call_review_id = ? AND first_idx >= ? ORDER BY first_idx',
  ).iterate(callReviewId, from - (from % TRANSCRIPT_CHUNK_LINES));
}

/**
 * Lines `from`… of a transcript (all of them, or `limit`), in order. Only the chunks the range covers are
 * read and parsed: the first page of a 100,000-line call reads 5 of its 100 rows.
 */
export function listSegments(db: ReadableDB, callReviewId: string, from = 0, limit = -1): Segment[] {
  const out: Segment[] = [];
  if (limit === 0) return out;
  for (const chunk of chunksFrom(db, callReviewId, Math.max(0, from))) {
    const lines = JSON.parse(chunk.lines) as StoredLine[];
    for (let i = Math.max(0, from - chunk.firstIdx); i < lines.length; i++) {
      out.push(segmentOf(lines[i]!, chunk.firstIdx + i));
      if (out.length === limit) return out;
    }
  }
  return out;
}

/**
 * Every line of a transcript as the metrics see it: spoken by its participant's id (not its label, which
 * two people may share), or by nobody.
 */
export function listSegmentsByParticipant(db: ReadableDB, callReviewId: string): TranscriptSegment[] {
  const out: TranscriptSegment[] = [];
  for (const chunk of chunksFrom(db, callReviewId, 0)) {
    const lines = JSON.parse(chunk.lines) as StoredLine[];
    lines.forEach((line, i) => {
      out.push({
        index: chunk.firstIdx + i,
        speaker: line[1],
        startMs: line[2],
        endMs: line[3],
        text: line[4],
      });
    });
  }
  return out;
}

export function countSegments(db: ReadableDB, callReviewId: string): number {
  return prepared<{ count: number }>(
    db,
    'SELECT coalesce(sum(line_count), 0) AS count FROM transcript_chunks WHERE call_review_id = ?',
  ).get(callReviewId)!.count;
}

/**
 * Says who spoke lines `from`..`to` (inclusive) of a transcript: a participant's id, or null for nobody.
 * Rewrites only the chunks the run is in; answers how many lines it covered.
 */
export function setSegmentsParticipant(
  db: WritableDB,
  callReviewId: string,
  from: number,
  to: number,
  participantId: string | null,
): number {
  const update = prepared(
    db,
    'UPDATE transcript_chunks SET lines = ? WHERE call_review_id = ? AND first_idx = ?',
  );
  const touched: { firstIdx: number; lines: StoredLine[] }[] = [];
  let changed = 0;
  for (const chunk of chunksFrom(db, callReviewId, Math.max(0, from))) {
    if (chunk.firstIdx > to) break;
    const lines = JSON.parse(chunk.lines) as StoredLine[];
    const last = Math.min(lines.length - 1, to - chunk.firstIdx);
    for (let i = Math.max(0, from - chunk.firstIdx); i <= last; i++) {
      lines[i]![1] = participantId;
      changed += 1;
    }
    touched.push({ firstIdx: chunk.firstIdx, lines });
  }
  // Written once the read is finished: a statement cannot write while another still iterates the table.
  for (const chunk of touched) update.run(JSON.stringify(chunk.lines), callReviewId, chunk.firstIdx);
  return changed;
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

/** A call's kept analysis (db/schema call_review_analyses), JSON still as stored. */
export interface StoredAnalysis {
  segmentCount: number;
  metrics: string;
  keywords: string;
  moments: string;
}

export function readAnalysis(db: ReadableDB, callReviewId: string): StoredAnalysis | undefined {
  return prepared<StoredAnalysis>(
    db,
    'SELECT segment_count AS segmentCount, metrics, keywords, moments FROM call_review_analyses WHERE call_review_id = ?',
  ).get(callReviewId);
}

export function writeAnalysis(db: WritableDB, callReviewId: string, analysis: StoredAnalysis): void {
  prepared(
    db,
    `INSERT INTO call_review_analyses (call_review_id, segment_count, metrics, keywords, moments) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (call_review_id) DO UPDATE SET segment_count = excluded.segment_count, metrics = excluded.metrics,
       keywords = excluded.keywords, moments = excluded.moments`,
  ).run(callReviewId, analysis.segmentCount, analysis.metrics, analysis.keywords, analysis.moments);
}
