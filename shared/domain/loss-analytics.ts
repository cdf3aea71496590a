/**
 * Loss analytics (issue 15's Lost deals dashboard), as pure functions over one row per lost deal, so
 * every figure can be checked against a hand-computed fixture and every figure can name its deals.
 *
 * Money is summed per currency and never converted: a figure in two currencies is two figures.
 */

export const LOSS_OUTCOMES = ['competitor', 'no-decision', 'built-in-house', 'unknown'] as const;
export type LossOutcome = (typeof LOSS_OUTCOMES)[number];

/** What the analytics need of one lost deal. */
export interface LostDealFacts {
  dealId: string;
  repId: string;
  segment: string | null;
  /** Integer minor units (cents) of `currency`. */
  valueMinor: number;
  currency: string;
  /** `YYYY-MM-DD`. */
  lostOn: string;
  /** The stage the deal had reached when it was lost. */
  stageId: string;
  outcome: LossOutcome | null;
  primaryReasonId: string | null;
  secondaryReasonIds: readonly string[];
  repViewReasonId: string | null;
  managerViewReasonId: string | null;
  /** How the retrospective marked "Who decided, and how?": null when it was not answered or not marked. */
  decisionProcess: 'evidence' | 'assumption' | null;
  /** Behaviours tagged in the deal's retrospective (each counted once per deal). */
  behaviourIds: readonly string[];
}

export interface LossFilter {
  /** Inclusive `YYYY-MM-DD` bounds on the day lost. */
  from?: string | null;
  to?: string | null;
  repIds?: readonly string[] | null;
  segments?: readonly (string | null)[] | null;
}

/** A figure and the deals behind it, so the screen can click through. */
export interface Counted {
  count: number;
  dealIds: string[];
}

export interface MoneyFigure {
  currency: string;
  totalMinor: number;
  dealIds: string[];
}

export function filterLosses<T extends LostDealFacts>(deals: readonly T[], filter: LossFilter): T[] {
  const reps = filter.repIds && filter.repIds.length > 0 ? new Set(filter.repIds) : null;
  const segments = filter.segments && filter.segments.length > 0 ? new Set(filter.segments) : null;
  return deals.filter(
    (d) =>
      (!filter.from || d.lostOn >= filter.from) &&
      (!filter.to || d.lostOn <= filter.to) &&
      (!reps || reps.has(d.repId)) &&
      (!segments || segments.has(d.segment)),
  );
}

/** `2026-Q1` for any day of January to March 2026. */
export function quarterOf(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function add(map: Map<string, Counted>, key: string, dealId: string): void {
  const entry = map.get(key) ?? { count: 0, dealIds: [] };
  entry.count += 1;
  entry.dealIds.push(dealId);
  map.set(key, entry);
}

/** The key for a deal with no primary reason recorded yet. */
export const NO_REASON = '';

/**
 * The heat map: how many deals were lost at each stage for each primary reason. Cells with no deal are
 * absent; `NO_REASON` collects deals whose reason is not recorded yet.
 */
export function reasonsByStage(
  deals: readonly LostDealFacts[],
): { stageId: string; reasonId: string; count: number; dealIds: string[] }[] {
  const cells = new Map<string, Counted>();
  for (const d of deals) add(cells, JSON.stringify([d.stageId, d.primaryReasonId ?? NO_REASON]), d.dealId);
  return [...cells].map(([key, c]) => {
    const [stageId, reasonId] = JSON.parse(key) as [string, string];
    return { stageId, reasonId, ...c };
  });
}

export interface LossGroup extends Counted {
  key: string;
  value: MoneyFigure[];
  /** Primary reasons in this group, most frequent first (ties by reason id). */
  reasons: { reasonId: string; count: number; dealIds: string[] }[];
}

function moneyOf(deals: readonly LostDealFacts[]): MoneyFigure[] {
  const byCurrency = new Map<string, MoneyFigure>();
  for (const d of deals) {
    const figure = byCurrency.get(d.currency) ?? { currency: d.currency, totalMinor: 0, dealIds: [] };
    figure.totalMinor += d.valueMinor;
    figure.dealIds.push(d.dealId);
    byCurrency.set(d.currency, figure);
  }
  return [...byCurrency.values()].sort(
    (a, b) => b.totalMinor - a.totalMinor || a.currency.localeCompare(b.currency),
  );
}

function ranked(map: Map<string, Counted>): { key: string; count: number; dealIds: string[] }[] {
  return [...map]
    .map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Losses grouped by any key (rep, segment, quarter), largest group first, each with its value and reasons. */
export function groupLosses(
  deals: readonly LostDealFacts[],
  keyOf: (d: LostDealFacts) => string,
): LossGroup[] {
  const groups = new Map<string, LostDealFacts[]>();
  for (const d of deals) {
    const key = keyOf(d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups]
    .map(([key, members]) => {
      const reasons = new Map<string, Counted>();
      for (const d of members) add(reasons, d.primaryReasonId ?? NO_REASON, d.dealId);
      return {
        key,
        count: members.length,
        dealIds: members.map((d) => d.dealId),
        value: moneyOf(members),
        reasons: ranked(reasons).map(({ key: reasonId, ...c }) => ({ reasonId, ...c })),
      };
    })
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export const NO_SEGMENT = '';

export const byRep = (deals: readonly LostDealFacts[]) => groupLosses(deals, (d) => d.repId);
export const bySegment = (deals: readonly LostDealFacts[]) =>
  groupLosses(deals, (d) => d.segment ?? NO_SEGMENT);
/** Quarters in calendar order (not by size): a trend reads left to right. */
export const byQuarter = (deals: readonly LostDealFacts[]) =>
  groupLosses(deals, (d) => quarterOf(d.lostOn)).sort((a, b) => a.key.localeCompare(b.key));

export function valueLost(deals: readonly LostDealFacts[]): MoneyFigure[] {
  return moneyOf(deals);
}

export interface DecisionProcessShare {
  assumed: Counted;
  evidenced: Counted;
  /** Deals whose retrospective does not mark the decision prompt (or has none yet). */
  notMarked: Counted;
  /** assumed ÷ (assumed + evidenced); null when no deal is marked either way. */
  share: number | null;
}

/** The share of losses where the decision process was an assumption, of those whose retrospective says. */
export function decisionProcessShare(deals: readonly LostDealFacts[]): DecisionProcessShare {
  const pick = (status: LostDealFacts['decisionProcess']) => {
    const dealIds = deals.filter((d) => d.decisionProcess === status).map((d) => d.dealId);
    return { count: dealIds.length, dealIds };
  };
  const assumed = pick('assumption');
  const evidenced = pick('evidence');
  const marked = assumed.count + evidenced.count;
  return { assumed, evidenced, notMarked: pick(null), share: marked === 0 ? null : assumed.count / marked };
}

/** Behaviours tagged in retrospectives, by the number of lost deals that tag them, most first. */
export function behavioursMostTagged(
  deals: readonly LostDealFacts[],
): { behaviourId: string; count: number; dealIds: string[] }[] {
  const tagged = new Map<string, Counted>();
  for (const d of deals) for (const id of new Set(d.behaviourIds)) add(tagged, id, d.dealId);
  return ranked(tagged).map(({ key: behaviourId, ...c }) => ({ behaviourId, ...c }));
}

export interface ViewDisagreement {
  /** Deals where both the rep and the manager recorded their view of the primary reason. */
  bothRecorded: Counted;
  disagree: Counted;
  /** How often each side named this reason (price, by default: reps blame it about twice as often). */
  repNamed: Counted;
  managerNamed: Counted;
}

/** Rep's view vs manager's view of the primary reason, and how often each names `reasonId`. */
export function viewDisagreement(deals: readonly LostDealFacts[], reasonId: string): ViewDisagreement {
  const both = deals.filter((d) => d.repViewReasonId !== null && d.managerViewReasonId !== null);
  const ids = (list: readonly LostDealFacts[]) => ({
    count: list.length,
    dealIds: list.map((d) => d.dealId),
  });
  return {
    bothRecorded: ids(both),
    disagree: ids(both.filter((d) => d.repViewReasonId !== d.managerViewReasonId)),
    repNamed: ids(both.filter((d) => d.repViewReasonId === reasonId)),
    managerNamed: ids(both.filter((d) => d.managerViewReasonId === reasonId)),
  };
}

/** Every reason a deal was lost for (primary first, then secondary), once each. */
export function reasonsOf(deal: LostDealFacts): string[] {
  return [...new Set([...(deal.primaryReasonId ? [deal.primaryReasonId] : []), ...deal.secondaryReasonIds])];
}

/** Primary and secondary reasons counted together, by deals naming them, most first. */
export function allReasons(
  deals: readonly LostDealFacts[],
): { reasonId: string; count: number; dealIds: string[] }[] {
  const counted = new Map<string, Counted>();
  for (const d of deals) for (const id of reasonsOf(d)) add(counted, id, d.dealId);
  return ranked(counted).map(({ key: reasonId, ...c }) => ({ reasonId, ...c }));
}
