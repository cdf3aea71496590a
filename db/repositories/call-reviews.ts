import { asc, desc, eq, sql } from 'drizzle-orm';
import type {
  CallReviewSummary,
  CallType,
  Participant,
  ScorecardTemplate,
  Segment,
} from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import {
  callParticipants,
  callReviews,
  callScorecards,
  callTypes,
  scorecardTemplates,
  transcriptSegments,
} from '../schema';

export type CallReviewRow = typeof callReviews.$inferSelect;

export interface StoredScorecardLine {
  behaviourId: string;
  weight: number;
  critical: boolean;
  level: number | null;
  comment: string | null;
  /** The observation this rated line recorded when the scorecard was submitted. */
  observationId: string | null;
}

export interface StoredScorecard {
  templateId: string | null;
  lines: StoredScorecardLine[];
  submittedAt: string | null;
}

export function findCallReview(db: ReadableDB, id: string): CallReviewRow | undefined {
  return db.select().from(callReviews).where(eq(callReviews.id, id)).get();
}

/** Weighted mean of rated lines, from the stored scorecard JSON; null when nothing is rated. */
export function scoreOf(lines: StoredScorecardLine[]): number | null {
  const rated = lines.filter((l) => l.level !== null);
  const weight = rated.reduce((sum, l) => sum + l.weight, 0);
  return weight === 0 ? null : rated.reduce((sum, l) => sum + l.weight * l.level!, 0) / weight;
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

export function listCallTypes(db: ReadableDB): CallType[] {
  return db.select().from(callTypes).orderBy(asc(callTypes.position)).all();
}

export function saveCallType(db: WritableDB, row: CallType): void {
  db.insert(callTypes)
    .values(row)
    .onConflictDoUpdate({ target: callTypes.id, set: { name: row.name } })
    .run();
}

export function listScorecardTemplates(db: ReadableDB): ScorecardTemplate[] {
  return db
    .select()
    .from(scorecardTemplates)
    .orderBy(asc(scorecardTemplates.name))
    .all()
    .map((t) => ({
      id: t.id,
      name: t.name,
      callTypeIds: JSON.parse(t.callTypeIds) as string[],
      lines: JSON.parse(t.lines) as ScorecardTemplate['lines'],
    }));
}

export function saveScorecardTemplate(db: WritableDB, template: ScorecardTemplate, now: string): void {
  const values = {
    name: template.name,
    callTypeIds: JSON.stringify(template.callTypeIds),
    lines: JSON.stringify(template.lines),
    updatedAt: now,
  };
  db.insert(scorecardTemplates)
    .values({ id: template.id, ...values, createdAt: now })
    .onConflictDoUpdate({ target: scorecardTemplates.id, set: values })
    .run();
}

export function readScorecard(db: ReadableDB, callReviewId: string): StoredScorecard | null {
  const row = db.select().from(callScorecards).where(eq(callScorecards.callReviewId, callReviewId)).get();
  return row
    ? {
        templateId: row.templateId,
        lines: JSON.parse(row.lines) as StoredScorecardLine[],
        submittedAt: row.submittedAt,
      }
    : null;
}

export function writeScorecard(
  db: WritableDB,
  callReviewId: string,
  scorecard: StoredScorecard,
  now: string,
): void {
  const values = {
    templateId: scorecard.templateId,
    lines: JSON.stringify(scorecard.lines),
    submittedAt: scorecard.submittedAt,
    updatedAt: now,
  };
  db.insert(callScorecards)
    .values({ callReviewId, ...values })
    .onConflictDoUpdate({ target: callScorecards.callReviewId, set: values })
    .run();
}

/** Scorecard templates and call scorecards that name a behaviour. */
export function scorecardUsesOf(db: ReadableDB, behaviourId: string): number {
  return (
    db.get<{ n: number }>(sql`SELECT
      (SELECT count(*) FROM scorecard_templates t, json_each(t.lines) j WHERE json_extract(j.value, '$.behaviourId') = ${behaviourId})
      + (SELECT count(*) FROM call_scorecards c, json_each(c.lines) j WHERE json_extract(j.value, '$.behaviourId') = ${behaviourId}) AS n`)
      ?.n ?? 0
  );
}
