import type { LossDashboard } from '../../../shared/contract';
import {
  behavioursMostTagged,
  byQuarter,
  byRep,
  bySegment,
  decisionProcessShare,
  filterLosses,
  type LossFilter,
  type LostDealFacts,
  NO_REASON,
  reasonsByStage,
  valueLost,
  viewDisagreement,
} from '../../../shared/domain/loss-analytics';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { listDeals } from '../../../db/repositories/deals';
import { listLossReasons } from '../../../db/repositories/loss-reasons';
import { listLossFacts, listRetrospectiveTags } from '../../../db/repositories/lost-deals';
import { listPeople, listReportingLines } from '../../../db/repositories/people';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import type { ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { dealAsRecord } from '../services/deal-visibility';
import { withFlags } from '../services/deals';
import { reasonNames } from './detail';

const PRICE = 'loss-price';

/** Every lost deal the viewer may see, as the analytics read it (behaviour tags they may read included). */
export function visibleLossFacts(
  ctx: ReadContext,
): (LostDealFacts & { hasRetrospective: boolean; primaryReasonLabel: string | null })[] {
  const access = accessOf(ctx);
  const repIds = listReportingLines(ctx.db)
    .map((p) => p.id)
    .filter((id) => access.seesRep(id));
  if (repIds.length === 0) return [];
  const tags = new Map<string, Set<string>>();
  for (const tag of access.visible(listRetrospectiveTags(ctx.db, repIds))) {
    const set = tags.get(tag.dealId) ?? new Set<string>();
    set.add(tag.behaviourId);
    tags.set(tag.dealId, set);
  }
  return listLossFacts(ctx.db, repIds)
    .filter((row) => access.canRead(dealAsRecord(row)))
    .map((row) => ({
      dealId: row.dealId,
      repId: row.repId,
      segment: row.segment,
      valueMinor: row.valueMinor,
      currency: row.currency,
      lostOn: row.lostOn,
      stageId: row.stageId,
      outcome: row.outcome,
      primaryReasonId: row.primaryReasonId,
      primaryReasonLabel: row.primaryReasonLabel,
      secondaryReasonIds: JSON.parse(row.secondaryReasonIds) as string[],
      repViewReasonId: row.repViewReasonId,
      managerViewReasonId: row.managerViewReasonId,
      decisionProcess: row.decisionProcess,
      behaviourIds: [...(tags.get(row.dealId) ?? [])],
      hasRetrospective: row.hasRetrospective === 1,
    }));
}

export const lossDashboard: Handler<'lostDeals.dashboard'> = (input, ctx) => {
  const all = visibleLossFacts(ctx);
  const deals = filterLosses(all, input as LossFilter);
  const repNames = new Map(
    listPeople(ctx.db, { status: 'all', kind: 'all', search: '' }).map((p) => [p.id, p.name]),
  );
  const reasons = listLossReasons(ctx.db, true);
  const stages = listTaxonomy(ctx.db, 'stage');
  const usedStages = new Set(deals.map((d) => d.stageId));
  const label = (key: string, names: Map<string, string>, none: string) =>
    key === '' ? none : (names.get(key) ?? key);
  const groups = (list: ReturnType<typeof byRep>, names: Map<string, string>, none: string) =>
    list.map((g) => ({ ...g, label: label(g.key, names, none) }));
  const views = viewDisagreement(deals, PRICE);
  const segments = [...new Set(all.map((d) => d.segment))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  const answer: LossDashboard = {
    total: { count: deals.length, dealIds: deals.map((d) => d.dealId) },
    reasons: [
      ...reasons.map((r) => ({ id: r.id, name: r.name, archived: r.archivedAt !== null })),
      { id: NO_REASON, name: 'Not recorded yet', archived: false },
    ],
    stages: stages
      .filter((s) => s.archivedAt === null || usedStages.has(s.id))
      .map((s) => ({ id: s.id, name: s.name })),
    byStage: reasonsByStage(deals),
    byRep: groups(byRep(deals), repNames, 'Unknown rep'),
    bySegment: groups(bySegment(deals), new Map(), 'No segment'),
    byQuarter: groups(byQuarter(deals), new Map(), ''),
    valueLost: valueLost(deals),
    decisionProcess: decisionProcessShare(deals),
    behaviours: behavioursMostTagged(deals).map((b) => ({
      ...b,
      name: findBehaviourRef(ctx.db, b.behaviourId)?.name ?? 'A removed behaviour',
    })),
    views: {
      bothRecorded: views.bothRecorded,
      disagree: views.disagree,
      repNamedPrice: views.repNamed,
      managerNamedPrice: views.managerNamed,
    },
    choices: {
      reps: [...new Set(all.map((d) => d.repId))]
        .map((id) => ({ id, name: repNames.get(id) ?? 'Unknown rep' }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      segments,
    },
  };
  return answer;
};

export const listLostDeals: Handler<'lostDeals.list'> = (input, ctx) => {
  let facts = visibleLossFacts(ctx);
  if (input.filter) facts = filterLosses(facts, input.filter as LossFilter);
  if (input.dealIds) {
    const wanted = new Set(input.dealIds);
    facts = facts.filter((f) => wanted.has(f.dealId));
  }
  if (facts.length === 0) return [];
  const byId = new Map(
    withFlags(ctx, listDeals(ctx.db, { ids: facts.map((f) => f.dealId) })).map((d) => [d.id, d]),
  );
  const names = reasonNames(listLossReasons(ctx.db, true));
  return facts.map((f) => {
    const now = f.primaryReasonId ? (names.get(f.primaryReasonId) ?? null) : null;
    return {
      deal: byId.get(f.dealId)!,
      outcome: f.outcome,
      primaryReason:
        f.primaryReasonId && f.primaryReasonLabel
          ? {
              reasonId: f.primaryReasonId,
              label: f.primaryReasonLabel,
              nameNow: now !== f.primaryReasonLabel ? now : null,
            }
          : null,
      hasRetrospective: f.hasRetrospective,
    };
  });
};
