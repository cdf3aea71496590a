import { AppError } from '../../../shared/contract';
import type { Deal } from '../../../shared/contract/deals';
import { findDeal } from '../../../db/repositories/deals';
import type { ReadContext } from '../context';
import { accessOf } from './access';
import { withFlags } from './deals';

// The rule the deals domain applies to a deal (electron/core/deals/access.ts), for the lost-deal domain:
// a domain never imports another's handler files. A deal is shared with its rep and the rep's managers,
// and is the rep's own record, so both may change it.

export function dealAsRecord(deal: { repId: string }) {
  return { repId: deal.repId, visibility: 'shared' as const, authorId: deal.repId };
}

/** The deal, or NOT_FOUND when it is gone or the viewer may not see it (hidden is absent). */
export function requireVisibleDealOf(
  ctx: ReadContext,
  id: string,
  path: (string | number)[] = ['dealId'],
): Deal {
  const deal = findDeal(ctx.db, id);
  if (!deal || !accessOf(ctx).canRead(dealAsRecord(deal)))
    throw new AppError('NOT_FOUND', 'That deal no longer exists.', {
      id,
      issues: [{ path, message: 'That deal no longer exists.' }],
    });
  return withFlags(ctx, [deal])[0]!;
}

/** A lost deal the viewer may change: visible, writable, and lost (a retrospective is about a loss). */
export function requireWritableLostDeal(ctx: ReadContext, id: string): Deal {
  const deal = requireVisibleDealOf(ctx, id);
  accessOf(ctx).requireWrite(dealAsRecord(deal), 'This deal');
  if (deal.outcome !== 'lost')
    throw new AppError(
      'INVALID_INPUT',
      `“${deal.name}” is ${deal.outcome === 'won' ? 'won' : 'still open'}; close it as lost before recording how it was lost.`,
      { issues: [{ path: ['dealId'], message: 'The deal is not lost.' }] },
    );
  return deal;
}
