import type { RetrospectiveAction } from '../../../shared/contract';
import { listOpenActionsOfRep } from '../../../db/repositories/lost-deals';
import type { ReadContext } from '../context';

/**
 * A rep's open action items from lost-deal retrospectives, for the one-to-one prep brief: they are
 * shared like the deal (the rep and the rep's managers), so whoever may read the brief reads them.
 */
export function openRetrospectiveActions(
  ctx: ReadContext,
  repId: string,
): (RetrospectiveAction & { account: string; dealName: string })[] {
  return listOpenActionsOfRep(ctx.db, repId).map((a) => ({
    id: a.id,
    dealId: a.dealId,
    text: a.text,
    owner: a.owner,
    dueOn: a.dueOn,
    status: a.status,
    account: a.account,
    dealName: a.dealName,
  }));
}
