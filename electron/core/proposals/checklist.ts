import { CHECKLIST_QUESTIONS, ratingLevel } from '../../../shared/domain/proposal-checklist';
import {
  deleteObservationRow,
  findObservation,
  updateObservationRow,
} from '../../../db/repositories/observations';
import {
  deleteChecklistLine,
  listChecklistLines,
  replaceChecklistLine,
} from '../../../db/repositories/proposals';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { activeBehaviour, observationsChanged, recordObservation } from '../services/observations';
import { checklistOf, proposalChanged, quoteAt, requireVersion } from './assemble';
import { accessOf } from '../services/access';

/**
 * Saves the lines given (the others stay as they were). A rated line linked to a behaviour records an
 * observation on it (missing → level 1 … strong → level 4) with the anchored passage as evidence; saving
 * the line again updates that observation, and unlinking or clearing the line removes it.
 */
export const saveProposalChecklist: Handler<'proposals.saveChecklist'> = (input, ctx) => {
  const { review, version } = requireVersion(ctx, input.versionId);
  accessOf(ctx).requireWrite(review, 'This proposal review’s checklist');
  const existing = new Map(listChecklistLines(ctx.db, version.id).map((l) => [l.key, l]));
  const now = nowIso(ctx.clock);
  const touched: { id: string; repId: string }[] = [];
  input.lines.forEach((line, i) => {
    const question = CHECKLIST_QUESTIONS.find((q) => q.key === line.key)!.question;
    const quote = line.anchor ? quoteAt(version.plainText, line.anchor, ['lines', i, 'anchor']) : null;
    const before = existing.get(line.key);
    const oldObservation = before?.observationId ? findObservation(ctx.db, before.observationId) : undefined;
    let observationId: string | null = null;
    if (line.behaviourId !== null && line.rating !== null) {
      const behaviour = activeBehaviour(ctx, line.behaviourId, before?.behaviourId ?? undefined);
      const comment = `${question} ${line.rating[0]!.toUpperCase()}${line.rating.slice(1)}.${line.note ? ` ${line.note}` : ''}`;
      if (oldObservation) {
        updateObservationRow(ctx.db, oldObservation.id, {
          behaviourId: behaviour.id,
          behaviourNameThen: behaviour.name,
          level: ratingLevel(line.rating),
          evidence: quote,
          comment,
          updatedAt: now,
        });
        observationId = oldObservation.id;
        touched.push(oldObservation);
      } else {
        observationId = recordObservation(ctx, {
          repId: review.repId,
          behaviourId: behaviour.id,
          observedOn: review.date,
          level: ratingLevel(line.rating),
          verdict: null,
          evidence: quote,
          anchor: null,
          comment,
          sourceKind: 'proposal',
          sourceId: review.id,
          visibility: review.visibility,
        }).id;
      }
    } else if (oldObservation) {
      deleteObservationRow(ctx.db, oldObservation.id);
      touched.push(oldObservation);
    }
    if (line.rating === null && line.note === null && line.anchor === null) {
      deleteChecklistLine(ctx.db, version.id, line.key);
      return;
    }
    replaceChecklistLine(ctx.db, {
      versionId: version.id,
      question: line.key,
      rating: line.rating,
      note: line.note,
      anchorStart: line.anchor?.start ?? null,
      anchorEnd: line.anchor?.end ?? null,
      behaviourId: line.behaviourId,
      observationId,
      updatedAt: now,
    });
  });
  if (touched.length > 0) observationsChanged(ctx, touched, true);
  proposalChanged(ctx, review);
  return checklistOf(ctx, version);
};
