import { fieldError } from '../../../shared/contract';
import { setMomentDismissed } from '../../../db/repositories/call-reviews';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { callMoments, requireWritableCallReview } from './assemble';

/** Dismisses a suggested moment, or brings it back. Only a moment the call has now can be dismissed. */
export const dismissMoment: Handler<'callReviews.dismissMoment'> = (input, ctx) => {
  const row = requireWritableCallReview(ctx, input.id);
  if (input.dismissed && !callMoments(ctx, row.id).some((m) => m.key === input.key))
    throw fieldError('INVALID_INPUT', ['key'], 'That moment is not among this call’s suggestions any more.');
  setMomentDismissed(ctx.db, row.id, input.key, input.dismissed ? nowIso(ctx.clock) : null);
  ctx.emit('callReviews.changed', { ids: [row.id], repIds: [row.repId] });
  return { key: input.key, dismissed: input.dismissed };
};
