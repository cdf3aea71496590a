import { matchLossReason } from '../../../shared/domain/loss-reason-match';
import { listLossReasons } from '../../../db/repositories/loss-reasons';
import { findDealLoss, insertDealLoss, updateDealLoss } from '../../../db/repositories/lost-deals';
import { type HandlerContext, nowIso } from '../context';

/**
 * The lost-deal side of a CRM import (deals.import), inside its transaction: for each closed-lost row, the
 * CRM's loss reason is kept word for word and matched to the taxonomy. A deal with no loss record gets one
 * (the matched reason as primary, the outcome the words say); a deal that has one — a rep's quick form,
 * a manager's correction — only has its CRM reason refreshed: an import never overwrites what people said.
 * Returns the deals whose loss record changed, for the caller's `lostDeals.changed` event.
 */
export function recordImportedLosses(
  ctx: HandlerContext,
  rows: readonly { dealId: string; outcome: 'open' | 'won' | 'lost'; lossReason: string | null }[],
): string[] {
  const reasons = listLossReasons(ctx.db, true);
  const names = new Map(reasons.map((r) => [r.id, r.name]));
  const now = nowIso(ctx.clock);
  const changed: string[] = [];
  for (const row of rows) {
    if (row.outcome !== 'lost') continue;
    const existing = findDealLoss(ctx.db, row.dealId);
    if (existing) {
      if (existing.crmReason === row.lossReason) continue;
      updateDealLoss(ctx.db, row.dealId, {
        crmReason: row.lossReason,
        updatedAt: now,
        revision: existing.revision + 1,
      });
      changed.push(row.dealId);
      continue;
    }
    const match = matchLossReason(row.lossReason, reasons);
    const label = match.reasonId === null ? null : names.get(match.reasonId)!;
    insertDealLoss(ctx.db, {
      dealId: row.dealId,
      outcome: match.outcome,
      competitor: null,
      primaryReasonId: match.reasonId,
      primaryReasonLabel: label,
      repViewReasonId: null,
      repViewLabel: null,
      managerViewReasonId: null,
      managerViewLabel: null,
      whatWouldHaveChanged: null,
      crmReason: row.lossReason,
      authorId: null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    });
    changed.push(row.dealId);
  }
  return changed;
}
