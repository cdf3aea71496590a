import { AppError, fieldError } from '../../../shared/contract';
import type { DealLink } from '../../../shared/contract/deals';
import { findCallReview } from '../../../db/repositories/call-reviews';
import { deleteDealLink, insertDealLink, listDealLinks, listDeals } from '../../../db/repositories/deals';
import { findNote } from '../../../db/repositories/notes';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { withFlags } from '../services/deals';
import { dealRecord, emitDeal, requireWritableDeal } from './access';

/**
 * A deal's links the viewer may follow. A link is only as visible as what it points at: a private note
 * attached to a deal shows to its author alone, and a link whose target is gone is left out.
 */
export function visibleLinks(ctx: ReadContext, dealIds: readonly string[]): DealLink[] {
  const access = accessOf(ctx);
  return listDealLinks(ctx.db, { dealIds })
    .filter(
      (l) =>
        l.targetRepId !== null &&
        l.targetVisibility !== null &&
        access.canRead({ repId: l.targetRepId, visibility: l.targetVisibility, authorId: l.targetAuthorId }),
    )
    .map((l) => ({ id: l.id, kind: l.kind, targetId: l.targetId, title: l.title ?? '', date: l.date }));
}

/** The target must exist, be the viewer's to see, and be about the deal's rep. */
function checkTarget(ctx: ReadContext, kind: DealLink['kind'], targetId: string, repId: string): void {
  const access = accessOf(ctx);
  if (kind === 'call-review') {
    const call = findCallReview(ctx.db, targetId);
    if (!call || !access.canRead({ repId: call.repId, visibility: 'shared', authorId: null }))
      throw fieldError('NOT_FOUND', ['targetId'], 'That call review no longer exists.');
    if (call.repId !== repId)
      throw fieldError(
        'INVALID_INPUT',
        ['targetId'],
        'That call is another rep’s; attach calls of the deal’s rep.',
      );
    return;
  }
  if (kind === 'note') {
    const note = findNote(ctx.db, targetId);
    if (!note || !access.canRead({ repId: note.repId, visibility: note.visibility, authorId: note.authorId }))
      throw fieldError('NOT_FOUND', ['targetId'], 'That note no longer exists.');
    if (note.repId !== repId)
      throw fieldError(
        'INVALID_INPUT',
        ['targetId'],
        'That note is about another rep; attach notes about the deal’s rep.',
      );
    return;
  }
  // Proposal reviews arrive with their own issue; until their table exists there is nothing to attach.
  throw fieldError(
    'INVALID_INPUT',
    ['kind'],
    'Proposal reviews cannot be attached yet: there are none to attach.',
  );
}

export const linkDeal: Handler<'deals.link'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.dealId);
  checkTarget(ctx, input.kind, input.targetId, row.repId);
  insertDealLink(ctx.db, {
    id: ctx.newId(),
    dealId: row.id,
    kind: input.kind,
    targetId: input.targetId,
    createdAt: nowIso(ctx.clock),
  });
  emitDeal(ctx, row);
  return visibleLinks(ctx, [row.id]);
};

export const unlinkDeal: Handler<'deals.unlink'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.dealId);
  if (deleteDealLink(ctx.db, row.id, input.linkId) === 0)
    throw new AppError('NOT_FOUND', 'That link is already gone.', { id: input.linkId });
  emitDeal(ctx, row);
  return visibleLinks(ctx, [row.id]);
};

export const dealsForTarget: Handler<'deals.forTarget'> = (input, ctx) => {
  const ids = listDealLinks(ctx.db, { target: { kind: input.kind, id: input.targetId } }).map(
    (l) => l.dealId,
  );
  if (ids.length === 0) return [];
  const access = accessOf(ctx);
  return withFlags(
    ctx,
    listDeals(ctx.db, { ids }).filter((d) => access.canRead(dealRecord(d))),
  );
};
