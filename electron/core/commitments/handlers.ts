import { commitmentCompletion as completionByQuarter } from '../../../shared/domain/progress';
import { AppError, fieldError } from '../../../shared/contract';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import {
  findCommitmentRow,
  insertCommitment,
  listCommitments,
  updateCommitmentRow,
} from '../../../db/repositories/commitments';
import { today } from '../../../shared/dates';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { requireVisibleOneOnOne } from '../services/lookups';
import { defineDomain } from '../registry';
import { accessOf } from '../services/access';

/**
 * A commitment as the visibility rule sees it: shared with the rep and their managers; the rep's own
 * commitments are theirs to tick off and change, the manager's are the managers'.
 */
function asRecord(c: { repId: string; owner: 'rep' | 'manager' }) {
  return { repId: c.repId, visibility: 'shared' as const, authorId: c.owner === 'rep' ? c.repId : null };
}

function commitmentById(ctx: ReadContext, id: string) {
  const [commitment] = listCommitments(ctx.db, { ids: [id] }, today(ctx.clock));
  if (!commitment || !accessOf(ctx).canRead(asRecord(commitment)))
    throw new AppError('NOT_FOUND', 'That commitment no longer exists.', { id });
  return commitment;
}

function requireWritableRow(ctx: ReadContext, id: string) {
  const row = findCommitmentRow(ctx.db, id);
  if (!row || !accessOf(ctx).canRead(asRecord(row)))
    throw new AppError('NOT_FOUND', 'That commitment no longer exists.');
  accessOf(ctx).requireWrite(asRecord(row), 'This commitment');
  return row;
}

function checkBehaviour(ctx: ReadContext, behaviourId: string | null, unchangedFrom?: string | null): void {
  if (behaviourId === null) return;
  const behaviour = findBehaviourRef(ctx.db, behaviourId);
  if (!behaviour) throw fieldError('INVALID_INPUT', ['behaviourId'], 'Choose a behaviour from the library.');
  if (behaviour.archivedAt !== null && behaviourId !== unchangedFrom) {
    throw fieldError(
      'INVALID_INPUT',
      ['behaviourId'],
      `“${behaviour.name}” is archived; choose an active behaviour.`,
    );
  }
}

function emit(ctx: HandlerContext, id: string, oneOnOneId: string, repId: string): void {
  ctx.emit('commitments.changed', { ids: [id], oneOnOneIds: [oneOnOneId], repIds: [repId] });
}

export const createCommitment: Handler<'commitments.create'> = (input, ctx) => {
  const meeting = requireVisibleOneOnOne(ctx, input.oneOnOneId);
  accessOf(ctx).requireWrite(asRecord({ repId: meeting.repId, owner: input.owner }), 'A commitment');
  checkBehaviour(ctx, input.behaviourId);
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertCommitment(ctx.db, {
    id,
    repId: meeting.repId,
    oneOnOneId: meeting.id,
    text: input.text,
    owner: input.owner,
    dueOn: input.dueOn,
    behaviourId: input.behaviourId,
    status: 'open',
    dropReason: null,
    closedOn: null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  emit(ctx, id, meeting.id, meeting.repId);
  return commitmentById(ctx, id);
};

export const updateCommitment: Handler<'commitments.update'> = (input, ctx) => {
  const row = requireWritableRow(ctx, input.id);
  if (input.owner !== row.owner)
    accessOf(ctx).requireWrite(asRecord({ ...row, owner: input.owner }), 'A commitment');
  if (row.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This commitment was changed elsewhere. Reload it, then make your change again.',
    );
  checkBehaviour(ctx, input.behaviourId, row.behaviourId);
  updateCommitmentRow(ctx.db, row.id, {
    text: input.text,
    owner: input.owner,
    dueOn: input.dueOn,
    behaviourId: input.behaviourId,
    updatedAt: nowIso(ctx.clock),
  });
  emit(ctx, row.id, row.oneOnOneId, row.repId);
  return commitmentById(ctx, row.id);
};

export const setCommitmentStatus: Handler<'commitments.setStatus'> = (input, ctx) => {
  const row = requireWritableRow(ctx, input.id);
  const madeOn = listCommitments(ctx.db, { ids: [row.id] }, today(ctx.clock))[0]!.madeOn;
  if (input.closedOn && (input.closedOn > today(ctx.clock) || input.closedOn < madeOn)) {
    throw fieldError(
      'INVALID_INPUT',
      ['closedOn'],
      'The date must be between the one-to-one it was agreed in and today.',
    );
  }
  updateCommitmentRow(ctx.db, row.id, {
    status: input.status,
    dropReason: input.status === 'dropped' ? input.reason : null,
    closedOn: input.status === 'open' ? null : (input.closedOn ?? today(ctx.clock)),
    updatedAt: nowIso(ctx.clock),
  });
  emit(ctx, row.id, row.oneOnOneId, row.repId);
  return commitmentById(ctx, row.id);
};

export const listCommitmentsHandler: Handler<'commitments.list'> = (input, ctx) => {
  accessOf(ctx).requireRep(input.repId);
  return listCommitments(
    ctx.db,
    { repId: input.repId, ...(input.status ? { status: input.status } : {}) },
    today(ctx.clock),
  );
};

/** Per calendar quarter over the last year: of the commitments due in it, how many were done. */
export const commitmentCompletion: Handler<'commitments.completion'> = (input, ctx) => {
  accessOf(ctx).requireRep(input.repId);
  const now = today(ctx.clock);
  return completionByQuarter(listCommitments(ctx.db, { repId: input.repId }, now), now);
};

export const commitmentsDomain = defineDomain('commitments', {
  create: createCommitment,
  update: updateCommitment,
  setStatus: setCommitmentStatus,
  list: listCommitmentsHandler,
  completion: commitmentCompletion,
});
