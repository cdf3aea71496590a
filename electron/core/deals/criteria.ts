import { fieldError } from '../../../shared/contract';
import type { StageExitCriteria } from '../../../shared/contract/deals';
import type { QuestionId } from '../../../shared/domain/qualification';
import { listExitCriteria, replaceExitCriteria } from '../../../db/repositories/deals';
import { findPerson } from '../../../db/repositories/people';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';

function criteriaByStage(ctx: ReadContext): StageExitCriteria[] {
  const rows = listExitCriteria(ctx.db);
  return listTaxonomy(ctx.db, 'stage')
    .filter((s) => s.archivedAt === null)
    .map((stage) => ({
      stageId: stage.id,
      stageName: stage.name,
      position: stage.position,
      criteria: rows
        .filter((r) => r.stageId === stage.id)
        .map((r) => ({ id: r.id, text: r.text, questionId: r.questionId as QuestionId | null })),
    }));
}

export const exitCriteria: Handler<'deals.exitCriteria'> = (_input, ctx) => criteriaByStage(ctx);

export const saveExitCriteria: Handler<'deals.saveExitCriteria'> = (input, ctx) => {
  const viewer = accessOf(ctx).viewer;
  // The process is the team's: its managers set it (an unclaimed copy has no one to ask).
  if (viewer !== null && findPerson(ctx.db, viewer.id)?.kind !== 'manager')
    throw fieldError('FORBIDDEN', ['stageId'], 'Only a manager can change the stage exit criteria.');
  const stage = criteriaByStage(ctx).find((s) => s.stageId === input.stageId);
  if (!stage) throw fieldError('INVALID_INPUT', ['stageId'], 'Choose an active stage from the library.');
  const now = nowIso(ctx.clock);
  replaceExitCriteria(
    ctx.db,
    stage.stageId,
    input.criteria.map((c, position) => ({
      id: ctx.newId(),
      stageId: stage.stageId,
      text: c.text,
      questionId: c.questionId,
      position,
      updatedAt: now,
    })),
  );
  ctx.emit('deals.criteriaChanged', { ids: [stage.stageId] });
  return criteriaByStage(ctx).find((s) => s.stageId === stage.stageId)!;
};
