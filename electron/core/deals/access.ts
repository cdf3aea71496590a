import { AppError } from '../../../shared/contract';
import type { RawDeal } from '../services/deals';
import { findDeal, findDealRow } from '../../../db/repositories/deals';
import type { HandlerContext, ReadContext } from '../context';
import { accessOf } from '../services/access';

/**
 * A deal as the visibility rule sees it: shared with its rep and the rep's managers, and the rep's own
 * record, so both the rep and their managers may change it (it is the rep's pipeline).
 */
export function dealRecord(deal: { repId: string }) {
  return { repId: deal.repId, visibility: 'shared' as const, authorId: deal.repId };
}

/** The deal, or NOT_FOUND when it is gone or the viewer may not see it (hidden is absent). */
export function requireVisibleDeal(ctx: ReadContext, id: string): RawDeal {
  const deal = findDeal(ctx.db, id);
  if (!deal || !accessOf(ctx).canRead(dealRecord(deal)))
    throw new AppError('NOT_FOUND', 'That deal no longer exists.', { id });
  return deal;
}

/** The deal's row for a write: visible, writable by the viewer, and at the revision the caller saw. */
export function requireWritableDeal(ctx: ReadContext, id: string, revision?: number) {
  const deal = requireVisibleDeal(ctx, id);
  accessOf(ctx).requireWrite(dealRecord(deal), 'This deal');
  const row = findDealRow(ctx.db, id)!;
  if (revision !== undefined && row.revision !== revision)
    throw new AppError(
      'CONFLICT',
      'This deal was changed elsewhere. Reload it, then make your change again.',
    );
  return row;
}

export function emitDeal(ctx: HandlerContext, deal: { id: string; repId: string }): void {
  ctx.emit('deals.changed', { ids: [deal.id], repIds: [deal.repId] });
}
