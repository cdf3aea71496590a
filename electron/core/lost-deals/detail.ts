import {
  AppError,
  type DealHistoryEntry,
  type DealLink,
  type DealLoss,
  type LossReason,
  type RecordedReason,
  type Retrospective,
} from '../../../shared/contract';
import type { Deal } from '../../../shared/contract/deals';
import { retrospectiveTemplate, type TemplateHistoryEntry } from '../../../shared/domain/retrospective';
import { listDealHistory, listDealLinks } from '../../../db/repositories/deals';
import { listLossReasons } from '../../../db/repositories/loss-reasons';
import {
  type DealLossRow,
  findDealLoss,
  findRetrospective,
  listRetrospectiveActions,
  listRetrospectiveEvents,
  listSecondaryReasons,
} from '../../../db/repositories/lost-deals';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import type { ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { requireVisibleDealOf } from '../services/deal-visibility';

/** A lost deal the viewer may see; a deal that is not lost has no loss to show. */
export function requireLostDeal(ctx: ReadContext, dealId: string): Deal {
  const deal = requireVisibleDealOf(ctx, dealId);
  if (deal.outcome !== 'lost')
    throw new AppError('NOT_FOUND', `“${deal.name}” is not a lost deal.`, { id: dealId });
  return deal;
}

function recorded(
  names: ReadonlyMap<string, string>,
  reasonId: string | null,
  label: string | null,
): RecordedReason | null {
  if (reasonId === null || label === null) return null;
  const now = names.get(reasonId) ?? null;
  return { reasonId, label, nameNow: now !== null && now !== label ? now : null };
}

export function reasonNames(reasons: readonly LossReason[]): Map<string, string> {
  return new Map(reasons.map((r) => [r.id, r.name]));
}

export function dealLossOf(
  ctx: ReadContext,
  row: DealLossRow,
  names = reasonNames(listLossReasons(ctx.db, true)),
): DealLoss {
  const repView = recorded(names, row.repViewReasonId, row.repViewLabel);
  const managerView = recorded(names, row.managerViewReasonId, row.managerViewLabel);
  return {
    dealId: row.dealId,
    outcome: row.outcome,
    competitor: row.competitor,
    primaryReason: recorded(names, row.primaryReasonId, row.primaryReasonLabel),
    secondaryReasons: listSecondaryReasons(ctx.db, row.dealId).map(
      (r) => recorded(names, r.reasonId, r.label)!,
    ),
    repView,
    managerView,
    viewsDisagree: repView !== null && managerView !== null && repView.reasonId !== managerView.reasonId,
    whatWouldHaveChanged: row.whatWouldHaveChanged,
    crmReason: row.crmReason,
    updatedAt: row.updatedAt,
    revision: row.revision,
  };
}

export function retrospectiveOf(ctx: ReadContext, dealId: string): Retrospective | null {
  const row = findRetrospective(ctx.db, dealId);
  if (!row) return null;
  return {
    dealId,
    document: row.document,
    decisionProcess: row.decisionProcess,
    events: listRetrospectiveEvents(ctx.db, dealId).map(({ id, happenedOn, what, who }) => ({
      id,
      happenedOn,
      what,
      who,
    })),
    actions: listRetrospectiveActions(ctx.db, dealId).map(({ id, text, owner, dueOn, status }) => ({
      id,
      dealId,
      text,
      owner,
      dueOn,
      status,
    })),
    updatedAt: row.updatedAt,
    revision: row.revision,
  };
}

/** The deal's history in words, each entry placed at the stage the deal was in after it. */
export function historyForTemplate(
  history: readonly DealHistoryEntry[],
  deal: Deal,
  stageName: (id: string | null) => string,
): TemplateHistoryEntry[] {
  let current = history.find((h) => h.field === 'stage')?.fromValue ?? deal.stageId;
  return history.map((h) => {
    const why = ` — ${h.reason}`;
    if (h.field === 'stage') {
      current = h.toValue ?? current;
      return {
        on: h.changedOn,
        text: `Stage: ${stageName(h.fromValue)} → ${stageName(h.toValue)}${why}`,
        stageId: current,
      };
    }
    if (h.field === 'outcome')
      return {
        on: h.changedOn,
        text: `${h.toValue === 'lost' ? 'Lost' : `Outcome: ${h.toValue}`}${why}`,
        stageId: null,
      };
    const label = h.field === 'close-date' ? 'Close date' : 'Forecast';
    return {
      on: h.changedOn,
      text: `${label}: ${h.fromValue ?? 'none'} → ${h.toValue ?? 'none'}${why}`,
      stageId: current,
    };
  });
}

export function visibleDealLinks(ctx: ReadContext, dealId: string): DealLink[] {
  const access = accessOf(ctx);
  return listDealLinks(ctx.db, { dealIds: [dealId] })
    .filter(
      (l) =>
        l.targetRepId !== null &&
        l.targetVisibility !== null &&
        access.canRead({ repId: l.targetRepId, visibility: l.targetVisibility, authorId: l.targetAuthorId }),
    )
    .map(({ id, kind, targetId, title, date }) => ({ id, kind, targetId, title: title ?? 'Untitled', date }));
}

export const getLostDeal: Handler<'lostDeals.get'> = (input, ctx) => {
  const deal = requireLostDeal(ctx, input.dealId);
  const lossRow = findDealLoss(ctx.db, deal.id);
  const loss = lossRow ? dealLossOf(ctx, lossRow) : null;
  const stages = listTaxonomy(ctx.db, 'stage');
  const names = new Map(stages.map((s) => [s.id, s.name]));
  const stageName = (id: string | null) => (id === null ? 'none' : (names.get(id) ?? 'a removed stage'));
  const reached = stages.filter(
    (s) => s.id === deal.stageId || (s.archivedAt === null && s.position <= deal.stagePosition),
  );
  const history = listDealHistory(ctx.db, [deal.id]).map(({ dealId: _dealId, ...h }) => h);
  return {
    deal,
    loss,
    retrospective: retrospectiveOf(ctx, deal.id),
    draft: retrospectiveTemplate({
      stagesReached: reached.map((s) => ({ id: s.id, name: s.name })),
      history: historyForTemplate(history, deal, stageName),
      whatWouldHaveChanged: loss?.whatWouldHaveChanged ?? null,
    }),
    history,
    links: visibleDealLinks(ctx, deal.id),
    viewerRole: accessOf(ctx).viewer?.id === deal.repId ? 'rep' : 'manager',
  };
};
