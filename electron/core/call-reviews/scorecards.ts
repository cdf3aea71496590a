import { observationsChanged, recordObservation } from '../services/observations';
import { deleteObservationRow, updateObservationRow } from '../../../db/repositories/observations';
import { updateCallReviewRow } from '../../../db/repositories/call-reviews';
import { type StoredScorecardLine, readScorecard, writeScorecard } from '../../../db/repositories/scorecards';
import { listScorecardTemplates } from '../../../db/repositories/scorecard-templates';
import { nowIso } from '../context';
import { assembleCallReview, requireWritableCallReview, reviewChanged } from './assemble';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { AppError, fieldError } from '../../../shared/contract';
import type { Handler } from '../registry';
import { scorecardObservations } from './assemble';
/**
 * Saves the scorecard. Submitting records one observation per rated line, updates the ones recorded by an
 * earlier submission, and deletes those whose line is now N/A; a low rating needs its reason.
 */
export const saveScorecard: Handler<'callReviews.saveScorecard'> = (input, ctx) => {
  const row = requireWritableCallReview(ctx, input.id);
  if (row.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This call review was changed in another window. Reload it, then make your change again.',
    );
  const seen = new Set<string>();
  input.lines.forEach((line, index) => {
    if (seen.has(line.behaviourId))
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        'This behaviour is on the scorecard twice.',
      );
    seen.add(line.behaviourId);
    if (!findBehaviourRef(ctx.db, line.behaviourId))
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        'Choose behaviours from the library.',
      );
    if (input.submit && line.level !== null && line.level <= 2 && !line.comment) {
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'comment'],
        'Say why this is low: what happened, or what was missing?',
      );
    }
  });
  if (input.templateId && !listScorecardTemplates(ctx.db).some((t) => t.id === input.templateId)) {
    throw fieldError('INVALID_INPUT', ['templateId'], 'That scorecard template does not exist.');
  }
  const now = nowIso(ctx.clock);
  // Reconciled against the observations this call's scorecard actually recorded (unanchored, from this
  // call): one may have been deleted or edited elsewhere since, or left behind by a draft.
  const recorded = new Map(scorecardObservations(ctx, row.id).map((o) => [o.behaviourId, o]));
  const lines: StoredScorecardLine[] = input.lines.map((line) => ({
    ...line,
    observationId: recorded.get(line.behaviourId)?.id ?? null,
  }));
  if (input.submit) {
    const changed: string[] = [];
    for (const line of lines) {
      const existing = recorded.get(line.behaviourId);
      if (line.level === null) {
        if (existing) {
          deleteObservationRow(ctx.db, existing.id);
          changed.push(existing.id);
        }
        line.observationId = null;
      } else if (existing) {
        updateObservationRow(ctx.db, existing.id, {
          level: line.level,
          verdict: null,
          comment: line.comment,
          observedOn: row.date,
          updatedAt: now,
        });
        changed.push(existing.id);
      } else {
        line.observationId = recordObservation(ctx, {
          repId: row.repId,
          behaviourId: line.behaviourId,
          observedOn: row.date,
          level: line.level,
          verdict: null,
          evidence: null,
          anchor: null,
          comment: line.comment,
          sourceKind: 'call-review',
          sourceId: row.id,
          visibility: 'private',
        }).id;
      }
    }
    // Lines taken off the scorecard take their observations with them.
    const onCard = new Set(lines.map((l) => l.behaviourId));
    for (const o of recorded.values()) {
      if (!onCard.has(o.behaviourId)) {
        deleteObservationRow(ctx.db, o.id);
        changed.push(o.id);
      }
    }
    if (changed.length > 0)
      observationsChanged(
        ctx,
        changed.map((id) => ({ id, repId: row.repId })),
        true,
      );
  }
  writeScorecard(
    ctx.db,
    row.id,
    {
      templateId: input.templateId,
      lines,
      submittedAt: input.submit ? now : (readScorecard(ctx.db, row.id)?.submittedAt ?? null),
    },
    now,
  );
  updateCallReviewRow(ctx.db, row.id, { updatedAt: now });
  return reviewChanged(ctx, assembleCallReview(ctx, row.id));
};
