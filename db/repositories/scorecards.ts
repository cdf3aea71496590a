import { sql } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { callScorecards } from '../schema';

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

/** Weighted mean of rated lines, from the stored scorecard JSON; null when nothing is rated. */
export function scoreOf(lines: StoredScorecardLine[]): number | null {
  const rated = lines.filter((l) => l.level !== null);
  const weight = rated.reduce((sum, l) => sum + l.weight, 0);
  return weight === 0 ? null : rated.reduce((sum, l) => sum + l.weight * l.level!, 0) / weight;
}

export function readScorecard(db: ReadableDB, callReviewId: string): StoredScorecard | null {
  const row = prepared<{ templateId: string | null; lines: string; submittedAt: string | null }>(
    db,
    'SELECT template_id AS templateId, lines, submitted_at AS submittedAt FROM call_scorecards WHERE call_review_id = ?',
  ).get(callReviewId);
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
