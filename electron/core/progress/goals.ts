import { AppError, fieldError } from '../../../shared/contract';
import { findPerson } from '../../../db/repositories/people';
import {
  deleteGoalRow,
  findGoal,
  findGoalFor,
  insertGoal,
  listRatings,
  updateGoalRow,
} from '../../../db/repositories/progress';
import { type HandlerContext, nowIso } from '../context';
import type { Handler } from '../registry';
import { today } from '../../../shared/dates';
import { activeBehaviour } from '../services/observations';
import { goalView } from '../services/progress';
import { accessOf } from '../services/access';

function requireGoal(ctx: HandlerContext, id: string) {
  const goal = findGoal(ctx.db, id);
  if (!goal) throw new AppError('NOT_FOUND', 'That goal no longer exists.', { id });
  accessOf(ctx).requireManages(goal.repId, 'their development goals');
  return goal;
}

function view(ctx: HandlerContext, id: string) {
  const goal = requireGoal(ctx, id);
  const ratings = listRatings(
    ctx.db,
    { repId: goal.repId, behaviourId: goal.behaviourId },
    accessOf(ctx).scope(),
  );
  return goalView(goal, ratings, today(ctx.clock));
}

function changed(ctx: HandlerContext, id: string, repId: string) {
  ctx.emit('progress.changed', { ids: [id], repIds: [repId] });
}

function checkDueOn(ctx: HandlerContext, dueOn: string) {
  if (dueOn <= today(ctx.clock))
    throw fieldError('INVALID_INPUT', ['dueOn'], 'Choose a date after today for the goal to be reached by.');
}

export const createGoal: Handler<'progress.createGoal'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.kind !== 'rep') throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is not a rep.`);
  if (rep.archivedAt !== null)
    throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is archived; unarchive them to set goals.`);
  accessOf(ctx).requireManages(rep.id, 'their development goals');
  const behaviour = activeBehaviour(ctx, input.behaviourId);
  checkDueOn(ctx, input.dueOn);
  if (findGoalFor(ctx.db, rep.id, behaviour.id))
    throw fieldError(
      'INVALID_INPUT',
      ['behaviourId'],
      `${rep.name} already has a goal on “${behaviour.name}”; change that goal instead.`,
    );
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertGoal(ctx.db, {
    id,
    repId: rep.id,
    behaviourId: behaviour.id,
    targetLevel: input.targetLevel,
    setOn: today(ctx.clock),
    dueOn: input.dueOn,
    note: input.note,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  changed(ctx, id, rep.id);
  return view(ctx, id);
};

export const updateGoal: Handler<'progress.updateGoal'> = (input, ctx) => {
  const goal = requireGoal(ctx, input.id);
  if (goal.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This goal was changed elsewhere since you opened it. Reload it, then make your change again.',
    );
  // An overdue goal may keep its date; a new date must still lie ahead.
  if (input.dueOn !== goal.dueOn) checkDueOn(ctx, input.dueOn);
  updateGoalRow(ctx.db, goal.id, {
    targetLevel: input.targetLevel,
    dueOn: input.dueOn,
    note: input.note,
    updatedAt: nowIso(ctx.clock),
  });
  changed(ctx, goal.id, goal.repId);
  return view(ctx, goal.id);
};

export const deleteGoal: Handler<'progress.deleteGoal'> = (input, ctx) => {
  const goal = requireGoal(ctx, input.id);
  deleteGoalRow(ctx.db, goal.id);
  changed(ctx, goal.id, goal.repId);
  return { id: goal.id };
};
