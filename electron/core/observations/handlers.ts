import { AppError, fieldError } from '../../../shared/contract';
import {
  deleteObservationRow,
  insertReply,
  listObservations,
  updateObservationRow,
} from '../../../db/repositories/observations';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import {
  observationsChanged,
  recordObservation,
  requireObservation,
  requireWritableObservation,
} from '../services/observations';
import { accessOf } from '../services/access';
import { defineDomain } from '../registry';
import { activeBehaviour, callReviewChanged, checkDate } from '../services/observations';

export const listObservationsHandler: Handler<'observations.list'> = (input, ctx) =>
  listObservations(ctx.db, { ...input, visibleTo: accessOf(ctx).scope() });

export const getObservation: Handler<'observations.get'> = (input, ctx) => requireObservation(ctx, input.id);

export const createObservation: Handler<'observations.create'> = (input, ctx) => {
  if (input.anchor?.kind === 'transcript') {
    throw fieldError('INVALID_INPUT', ['anchor'], 'Annotate a call transcript from its call review.');
  }
  return recordObservation(ctx, input);
};

export const updateObservation: Handler<'observations.update'> = (input, ctx) => {
  const current = requireWritableObservation(ctx, input.id);
  if (current.revision !== input.revision) {
    throw new AppError(
      'CONFLICT',
      'This observation was changed elsewhere since you opened it. Reload it, then make your change again.',
    );
  }
  if (input.visibility !== current.visibility && current.authorId !== (accessOf(ctx).viewer?.id ?? null)) {
    throw fieldError(
      'FORBIDDEN',
      ['visibility'],
      `Only ${current.authorName ?? 'its author'} can change who sees this observation.`,
    );
  }
  const behaviour = activeBehaviour(ctx, input.behaviourId, current.behaviourId);
  checkDate(ctx, input.observedOn);
  updateObservationRow(ctx.db, input.id, {
    behaviourId: behaviour.id,
    // A different behaviour is a new judgement: record the name it has now.
    behaviourNameThen: behaviour.id === current.behaviourId ? current.behaviourNameThen : behaviour.name,
    observedOn: input.observedOn,
    level: input.level,
    verdict: input.verdict,
    comment: input.comment,
    visibility: input.visibility,
    ...(input.annotationType && current.sourceKind === 'call-review'
      ? { annotationType: input.annotationType }
      : {}),
    updatedAt: nowIso(ctx.clock),
  });
  observationsChanged(ctx, [current], true);
  callReviewChanged(ctx, current);
  return requireObservation(ctx, input.id);
};

export const unanchorObservation: Handler<'observations.unanchor'> = (input, ctx) => {
  const current = requireWritableObservation(ctx, input.id);
  if (current.anchor === null)
    throw new AppError('INVALID_INPUT', 'This observation is not tied to a place in a document.');
  updateObservationRow(ctx.db, input.id, { anchorState: 'unanchored', updatedAt: nowIso(ctx.clock) });
  observationsChanged(ctx, [current], false);
  callReviewChanged(ctx, current);
  return requireObservation(ctx, input.id);
};

/**
 * A reply to feedback. Whoever may read the observation may answer it (the rep first of all), as
 * themselves: an unclaimed copy has no one to sign the reply.
 */
export const replyToObservation: Handler<'observations.reply'> = (input, ctx) => {
  const current = requireObservation(ctx, input.observationId);
  const access = accessOf(ctx);
  if (access.viewer === null)
    throw new AppError('CONFLICT', 'Say who you are (at the top of the screen) before replying.');
  access.requireWrite(
    { repId: current.repId, visibility: current.visibility, authorId: access.viewer.id },
    'A reply',
  );
  insertReply(ctx.db, {
    id: ctx.newId(),
    observationId: current.id,
    authorId: access.viewer.id,
    stance: input.stance,
    selfLevel: input.selfLevel,
    text: input.text,
    createdAt: nowIso(ctx.clock),
  });
  // A reply moves no count.
  observationsChanged(ctx, [current], false);
  callReviewChanged(ctx, current);
  return requireObservation(ctx, current.id);
};

export const deleteObservation: Handler<'observations.delete'> = (input, ctx) => {
  const current = requireWritableObservation(ctx, input.id);
  deleteObservationRow(ctx.db, input.id);
  observationsChanged(ctx, [current], true);
  callReviewChanged(ctx, current);
  return { id: input.id };
};

export const observationsDomain = defineDomain('observations', {
  list: listObservationsHandler,
  get: getObservation,
  create: createObservation,
  update: updateObservation,
  unanchor: unanchorObservation,
  reply: replyToObservation,
  delete: deleteObservation,
});
