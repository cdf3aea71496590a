import type { Deal } from '../../../shared/contract/deals';
import { today } from '../../../shared/dates';
import { type DealFlag, dealFlags } from '../../../shared/domain/deal-flags';
import {
  type DealFilter,
  listDealAnswers,
  listDealContacts,
  listDeals,
  listExitCriteria,
} from '../../../db/repositories/deals';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import type { ReadContext } from '../context';

/** The library's discovery stage: past it, a deal should have more than its first contact. */
export const DISCOVERY_STAGE_ID = 'stage-discovery-need-analysis';

export type RawDeal = Omit<Deal, 'flags'>;

/**
 * Deals with their honesty flags (shared/domain/deal-flags.ts), computed from the facts read once for
 * all of them: answers, contacts and the exit criteria. Used by every screen that shows a deal (the
 * deal page, the board, the pipeline, the prep brief), so a flag reads the same everywhere.
 */
export function withFlags(ctx: ReadContext, deals: readonly RawDeal[]): Deal[] {
  if (deals.length === 0) return [];
  const ids = deals.map((d) => d.id);
  const answers = byDeal(listDealAnswers(ctx.db, ids));
  const contacts = byDeal(listDealContacts(ctx.db, ids));
  const criteria = listExitCriteria(ctx.db);
  const discovery = findTaxonomy(ctx.db, 'stage', DISCOVERY_STAGE_ID);
  const day = today(ctx.clock);
  return deals.map((deal) => ({
    ...deal,
    flags: flagsOf(
      deal,
      answers.get(deal.id) ?? [],
      contacts.get(deal.id) ?? [],
      criteria,
      discovery?.position ?? null,
      day,
    ),
  }));
}

function byDeal<T extends { dealId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.dealId);
    if (list) list.push(row);
    else map.set(row.dealId, [row]);
  }
  return map;
}

function flagsOf(
  deal: RawDeal,
  answers: { questionId: string; status: 'evidence' | 'assumption' }[],
  contacts: { role: string; lastContactOn: string | null }[],
  criteria: { stagePosition: number; stageName: string; text: string; questionId: string | null }[],
  discoveryPosition: number | null,
  day: string,
): DealFlag[] {
  return dealFlags(
    {
      ...deal,
      answers,
      contacts,
      earlierCriteria: criteria.filter((c) => c.stagePosition < deal.stagePosition),
      discoveryPosition,
    },
    day,
  );
}

/** Deals of a filter, flagged. The caller applies the visibility rule. */
export function flaggedDeals(ctx: ReadContext, filter: DealFilter): Deal[] {
  return withFlags(ctx, listDeals(ctx.db, filter));
}
