import { asc, eq, sql } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../open';
import { callScorecardLines, callScorecards } from '../schema';

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

/** Weighted mean of rated lines; null when nothing is rated. */
export function scoreOf(lines: StoredScorecardLine[]): number | null {
  const rated = lines.filter((l) => l.level !== null);
  const weight = rated.reduce((sum, l) => sum + l.weight, 0);
  return weight === 0 ? null : rated.reduce((sum, l) => sum + l.weight * l.level!, 0) / weight;
}

type LineRow = typeof callScorecardLines.$inferSelect;

/** A stored line as the core sees it: the one place a line row becomes an object. */
export function toScorecardLine(row: LineRow): StoredScorecardLine {
  const { behaviourId, weight, critical, level, comment, observationId } = row;
  return { behaviourId, weight, critical, level, comment, observationId };
}

export function readScorecard(db: ReadableDB, callReviewId: string): StoredScorecard | null {
  const row = db.select().from(callScorecards).where(eq(callScorecards.callReviewId, callReviewId)).get();
  if (!row) return null;
  const lines = db
    .select()
    .from(callScorecardLines)
    .where(eq(callScorecardLines.callReviewId, callReviewId))
    .orderBy(asc(callScorecardLines.position))
    .all()
    .map(toScorecardLine);
  return { templateId: row.templateId, lines, submittedAt: row.submittedAt };
}

export function writeScorecard(
  db: WritableDB,
  callReviewId: string,
  scorecard: StoredScorecard,
  now: string,
): void {
  const values = { templateId: scorecard.templateId, submittedAt: scorecard.submittedAt, updatedAt: now };
  // An upsert, never delete-and-insert: the lines hang off this row with ON DELETE CASCADE.
  db.insert(callScorecards)
    .values({ callReviewId, ...values })
    .onConflictDoUpdate({ target: callScorecards.callReviewId, set: values })
    .run();
  db.delete(callScorecardLines).where(eq(callScorecardLines.callReviewId, callReviewId)).run();
  if (scorecard.lines.length > 0)
    db.insert(callScorecardLines)
      .values(
        scorecard.lines.map((line, position) => ({
          callReviewId,
          position,
          behaviourId: line.behaviourId,
          weight: line.weight,
          critical: line.critical,
          level: line.level,
          comment: line.comment,
          observationId: line.observationId,
        })),
      )
      .run();
}

/** Scorecard templates and call scorecards that name a behaviour. */
export function scorecardUsesOf(db: ReadableDB, behaviourId: string): number {
  return (
    db.get<{ n: number }>(sql`SELECT
      (SELECT count(*) FROM scorecard_template_lines WHERE behaviour_id = ${behaviourId})
      + (SELECT count(*) FROM call_scorecard_lines WHERE behaviour_id = ${behaviourId}) AS n`)?.n ?? 0
  );
}
