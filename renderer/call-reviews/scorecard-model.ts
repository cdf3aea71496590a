import type { CallReview } from '../../shared/contract';

/** The scorecard as it is being edited, before it is saved. */
export interface LineDraft {
  behaviourId: string;
  behaviourName: string;
  weight: number;
  critical: boolean;
  level: number | null;
  comment: string;
}

export interface Draft {
  lines: LineDraft[];
  /** The review's revision and scorecard the draft started from: saving over someone else's change is a conflict. */
  baseRevision: number;
  baseCard: string;
}

export const cardOf = (review: CallReview) => JSON.stringify([linesOf(review), review.scorecard.submittedAt]);

export function linesOf(review: CallReview): LineDraft[] {
  return review.scorecard.lines.map((l) => ({
    behaviourId: l.behaviourId,
    behaviourName: l.behaviourName,
    weight: l.weight,
    critical: l.critical,
    level: l.level,
    comment: l.comment ?? '',
  }));
}

/** The same weighted mean the core computes, so the score moves as lines are rated. */
export function weightedScore(lines: { weight: number; critical: boolean; level: number | null }[]) {
  const rated = lines.filter((l) => l.level !== null);
  const weight = rated.reduce((sum, l) => sum + l.weight, 0);
  return {
    score: weight === 0 ? null : rated.reduce((sum, l) => sum + l.weight * l.level!, 0) / weight,
    ratedCount: rated.length,
    criticalGap: lines.some((l) => l.critical && l.level !== null && l.level <= 2),
  };
}

export const isLow = (level: number | null) => level !== null && level <= 2;
