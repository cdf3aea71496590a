import type { DealAnswer } from '../../../shared/contract';
import type { QuestionId } from '../../../shared/domain/qualification';
import type { Dispatcher } from '../dispatch';
import { DAY, demoCaller, isoDate, todayMs } from './support';
import type { DemoSeedContext } from './team';

/*
 * Open deals for each active demo rep: seven to nine each, with histories a manager would recognise
 * from a real pipeline (the essay's "inflated stages, guessed close dates, hidden risks"): a healthy deal
 * backed by evidence, a close date moved three times, a commit without customer evidence, a deal stalled
 * with its next step weeks in the past, one talking only to its first contact after discovery, and
 * ordinary ones. The deals of the demo calls are the reps' deals, linked to those calls. Everything goes
 * through the dispatcher, so every rule a user meets (reasons on every move, evidence dated) holds here.
 */

const call = demoCaller('Demo deals');

type Archetype =
  | 'healthy'
  | 'slipped'
  | 'commit-no-evidence'
  | 'stalled'
  | 'single-threaded'
  | 'early'
  | 'solid';

interface DemoDeal {
  account: string;
  name: string;
  value: number;
  archetype: Archetype;
}

const ENTERPRISE: DemoDeal[] = [
  { account: 'Halden Water', name: 'Network maintenance scheduling', value: 310_000, archetype: 'slipped' },
  {
    account: 'Corbridge Energy',
    name: 'Meter engineers, 400 users',
    value: 240_000,
    archetype: 'commit-no-evidence',
  },
  { account: 'Ashby Lifts', name: 'Service visits and parts', value: 120_000, archetype: 'stalled' },
  { account: 'Greyfriars Estates', name: 'Planned maintenance', value: 95_000, archetype: 'single-threaded' },
  { account: 'Stourton Telecom', name: 'Installer scheduling pilot', value: 60_000, archetype: 'early' },
  { account: 'Pennine Care Homes', name: 'Visiting staff rota', value: 85_000, archetype: 'solid' },
];

const MID_MARKET: DemoDeal[] = [
  {
    account: 'Vrijdag Installaties',
    name: 'Technician planning, 80 users',
    value: 48_000,
    archetype: 'slipped',
  },
  {
    account: 'Berger Kältetechnik',
    name: 'Service scheduling',
    value: 36_000,
    archetype: 'commit-no-evidence',
  },
  { account: 'Lumen Signalisation', name: 'Field crews, two regions', value: 29_000, archetype: 'stalled' },
  { account: 'Ostra Logistik', name: 'Depot shift planning', value: 41_000, archetype: 'single-threaded' },
  { account: 'Casa Verde Facility', name: 'Cleaning teams rota', value: 18_000, archetype: 'early' },
  { account: 'Nordlicht Solar', name: 'Installer dispatch', value: 33_000, archetype: 'solid' },
];

/** The reps with deals, the ones whose pipeline is theirs (Rafael has left) and their currency. */
const REPS: { key: string; currency: string; deals: DemoDeal[]; variant: string }[] = [
  { key: 'aisha', currency: 'GBP', deals: ENTERPRISE, variant: 'North' },
  { key: 'tom', currency: 'GBP', deals: ENTERPRISE, variant: 'Midlands' },
  { key: 'daniel', currency: 'GBP', deals: ENTERPRISE, variant: 'South' },
  { key: 'sophie', currency: 'EUR', deals: MID_MARKET, variant: 'Benelux' },
  { key: 'jonas', currency: 'EUR', deals: MID_MARKET, variant: 'DACH' },
  { key: 'emily', currency: 'EUR', deals: MID_MARKET, variant: 'France' },
];

const STAGE = {
  qualification: 'stage-initial-contact-qualification',
  discovery: 'stage-discovery-need-analysis',
  solution: 'stage-solution-fit-value-definition',
  proposal: 'stage-proposal-demonstration',
  decision: 'stage-decision-process-stakeholder-alignment',
  negotiation: 'stage-negotiation-risk-resolution',
};

export interface DemoDealCounts {
  deals: number;
}

interface Context extends DemoSeedContext {
  dispatcher: Dispatcher;
}

export function seedDemoDeals(ctx: Context, ids: Map<string, string>): DemoDealCounts {
  const now = todayMs(ctx.clock);
  const day = (offset: number) => isoDate(now + offset * DAY);
  const calls = ctx.sqlite
    .prepare(
      'SELECT id, rep_id AS repId, account, deal, date FROM call_reviews WHERE deal IS NOT NULL ORDER BY date',
    )
    .all() as { id: string; repId: string; account: string; deal: string; date: string }[];
  let count = 0;
  for (const rep of REPS) {
    const repId = ids.get(rep.key);
    if (repId === undefined) throw new Error(`Demo deals: no demo rep ${rep.key}`);
    const d = (n: number) => Math.round(n * 100 * (0.8 + (rep.key.length % 4) * 0.1));
    const create = (spec: {
      account: string;
      name: string;
      valueMinor: number;
      stageId: string;
      openedAgo: number;
      closeIn: number;
      nextStep: string | null;
      nextStepIn: number | null;
      forecast?: 'pipeline' | 'best-case' | 'commit';
    }) => {
      count += 1;
      const created = call(ctx.dispatcher, 'deals.create', {
        repId,
        account: spec.account,
        name: spec.name,
        valueMinor: spec.valueMinor,
        currency: rep.currency,
        segment: rep.currency === 'GBP' ? 'Enterprise' : 'Mid-market',
        product: 'Field service scheduling',
        stageId: spec.stageId,
        expectedCloseOn: day(spec.closeIn),
        forecastCategory: spec.forecast ?? 'pipeline',
        openedOn: day(-spec.openedAgo),
        nextStep: spec.nextStep,
        nextStepOn: spec.nextStepIn === null ? null : day(spec.nextStepIn),
        nextStepOwner: spec.nextStep === null ? null : 'Rep',
      });
      // Every demo account was qualified as a fit when it was opened: the honest part of most pipelines.
      call(ctx.dispatcher, 'deals.saveAnswer', {
        dealId: created.id,
        questionId: 'fit',
        answer: 'Field teams of the size and kind we serve',
        status: 'evidence',
        evidenceOn: day(-spec.openedAgo),
        sourceKind: 'typed',
      });
      return created;
    };
    const answer = (
      dealId: string,
      questionId: QuestionId,
      text: string,
      evidenceAgo: number | null,
      source?: { callId: string },
    ) =>
      call(ctx.dispatcher, 'deals.saveAnswer', {
        dealId,
        questionId,
        answer: text,
        status: evidenceAgo === null ? 'assumption' : 'evidence',
        evidenceOn: evidenceAgo === null ? null : day(-evidenceAgo),
        sourceKind: evidenceAgo === null ? null : source ? 'call-moment' : 'typed',
        sourceId: source?.callId ?? null,
      } satisfies Partial<DealAnswer> & { dealId: string });
    const contacts = (
      dealId: string,
      list: {
        name: string;
        role: 'first-contact' | 'champion' | 'economic-buyer' | 'procurement' | 'decision-maker';
        ago: number | null;
      }[],
    ) =>
      call(ctx.dispatcher, 'deals.saveContacts', {
        dealId,
        contacts: list.map((c) => ({
          name: c.name,
          role: c.role,
          lastContactOn: c.ago === null ? null : day(-c.ago),
        })),
      });

    // The deals of this rep's demo calls: real conversations, so their deals are the best evidenced.
    const ownCalls = calls.filter((c) => c.repId === repId);
    const byDeal = new Map<string, typeof ownCalls>();
    for (const c of ownCalls)
      byDeal.set(`${c.account}|${c.deal}`, [...(byDeal.get(`${c.account}|${c.deal}`) ?? []), c]);
    for (const group of byDeal.values()) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const lastAgo = Math.round((now - Date.parse(`${last.date}T00:00:00Z`)) / DAY);
      const deal = create({
        account: first.account,
        name: first.deal,
        valueMinor: d(group.length > 1 ? 260_000 : 140_000),
        stageId: group.length > 1 ? STAGE.decision : STAGE.discovery,
        openedAgo: lastAgo + 30,
        closeIn: 45,
        nextStep: 'Walk the mutual plan with the sponsor',
        nextStepIn: 5,
        forecast: group.length > 1 ? 'best-case' : 'pipeline',
      });
      for (const c of group)
        call(ctx.dispatcher, 'deals.link', { dealId: deal.id, kind: 'call-review', targetId: c.id });
      answer(
        deal.id,
        'problem-real',
        'They described the cost of missed service windows on the call',
        lastAgo,
        { callId: last.id },
      );
      answer(deal.id, 'urgency', 'A contract rebid puts a date on it', lastAgo, { callId: last.id });
      answer(deal.id, 'decision', 'Operations director decides, finance signs off above budget', null);
      contacts(deal.id, [
        { name: 'Operations lead', role: 'first-contact', ago: lastAgo },
        { name: 'Operations director', role: 'champion', ago: lastAgo },
      ]);
    }

    for (const spec of rep.deals) {
      const account = `${spec.account} ${rep.variant}`;
      const valueMinor = d(spec.value);
      switch (spec.archetype) {
        case 'healthy':
        case 'solid': {
          const deal = create({
            account,
            name: spec.name,
            valueMinor,
            stageId: STAGE.proposal,
            openedAgo: 70,
            closeIn: 50,
            nextStep: 'Proposal review with the COO',
            nextStepIn: 4,
          });
          answer(deal.id, 'problem-real', 'Missed visits cost them service credits every month', 40);
          answer(deal.id, 'urgency', 'New contract starts next quarter', 40);
          answer(deal.id, 'fit', 'Same size and shape as two of our references', 38);
          answer(deal.id, 'afford', 'Finance confirmed the range on the second call', 30);
          answer(deal.id, 'alternatives', 'Staying on spreadsheets, or one competitor', 30);
          answer(deal.id, 'do-nothing', 'They lose the rebid points on response times', 30);
          answer(deal.id, 'decision', 'COO decides with the finance director', 25);
          answer(deal.id, 'proceed', 'A pilot that proves the four-hour window', 20);
          answer(deal.id, 'next-action', 'Proposal review booked by the COO', 3);
          contacts(deal.id, [
            { name: 'Planning manager', role: 'first-contact', ago: 10 },
            { name: 'COO', role: 'economic-buyer', ago: 3 },
          ]);
          call(ctx.dispatcher, 'deals.move', {
            id: deal.id,
            revision: deal.revision,
            expectedCloseOn: day(60),
            reason: 'Board meets a week later than planned',
            changedOn: day(-20),
          });
          break;
        }
        case 'slipped': {
          let deal = create({
            account,
            name: spec.name,
            valueMinor,
            stageId: STAGE.proposal,
            openedAgo: 150,
            closeIn: -60,
            nextStep: 'Send revised pricing',
            nextStepIn: 6,
            forecast: 'best-case',
          });
          const moves: [number, number, string][] = [
            [-30, -58, 'Procurement asked for another round'],
            [0, -25, 'Budget holder on leave'],
            [35, -4, 'Waiting for the board to approve the year’s budget'],
          ];
          for (const [closeIn, ago, reason] of moves)
            deal = call(ctx.dispatcher, 'deals.move', {
              id: deal.id,
              revision: deal.revision,
              expectedCloseOn: day(closeIn),
              reason,
              changedOn: day(ago),
            });
          answer(deal.id, 'problem-real', 'Engineers drive twice to the same sites', 100);
          answer(deal.id, 'budget', 'Budget approval is “in progress”', null);
          contacts(deal.id, [
            { name: 'Maintenance planner', role: 'first-contact', ago: 12 },
            { name: 'Head of operations', role: 'champion', ago: 40 },
          ]);
          break;
        }
        case 'commit-no-evidence': {
          const deal = create({
            account,
            name: spec.name,
            valueMinor,
            stageId: STAGE.negotiation,
            openedAgo: 110,
            closeIn: 20,
            nextStep: 'Chase the signature',
            nextStepIn: 3,
            forecast: 'best-case',
          });
          call(ctx.dispatcher, 'deals.move', {
            id: deal.id,
            revision: deal.revision,
            forecastCategory: 'commit',
            reason: 'Champion says it is as good as signed',
            changedOn: day(-6),
          });
          answer(deal.id, 'budget', 'Champion thinks the budget is there', null);
          answer(deal.id, 'approvers', 'Probably only the operations director', null);
          answer(deal.id, 'problem-real', 'Overtime on weekend call-outs', 60);
          contacts(deal.id, [
            { name: 'Field service manager', role: 'first-contact', ago: 6 },
            { name: 'Operations director', role: 'champion', ago: 30 },
          ]);
          break;
        }
        case 'stalled': {
          create({
            account,
            name: spec.name,
            valueMinor,
            stageId: STAGE.solution,
            openedAgo: 95,
            closeIn: 30,
            nextStep: 'Follow up on the value case',
            nextStepIn: -24,
          });
          break;
        }
        case 'single-threaded': {
          const deal = create({
            account,
            name: spec.name,
            valueMinor,
            stageId: STAGE.proposal,
            openedAgo: 60,
            closeIn: 40,
            nextStep: 'Demo for the planning team',
            nextStepIn: 8,
          });
          answer(deal.id, 'problem-real', 'Their planner says the spreadsheets break weekly', 30);
          contacts(deal.id, [
            { name: 'Planner', role: 'first-contact', ago: 5 },
            { name: 'Finance director', role: 'economic-buyer', ago: null },
          ]);
          break;
        }
        case 'early': {
          const deal = create({
            account,
            name: spec.name,
            valueMinor,
            stageId: STAGE.qualification,
            openedAgo: 12,
            closeIn: 120,
            nextStep: 'Discovery call with the operations lead',
            nextStepIn: 7,
          });
          contacts(deal.id, [{ name: 'Operations lead', role: 'first-contact', ago: 12 }]);
          break;
        }
      }
    }
  }
  return { deals: count };
}
