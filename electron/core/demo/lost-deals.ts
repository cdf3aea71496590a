import type { RichTextDoc } from '../../../shared/contract';
import { DEFAULT_STAGES } from '../../../shared/domain/default-library';
import type { Dispatcher } from '../dispatch';
import { backToWeekday, DAY, demoCaller, generator, isoDate, todayMs } from './support';
import type { Clock } from '../context';

const call = demoCaller('Demo lost deals');

/**
 * About forty lost deals over eighteen months, with reasons a manager could discover: deals lost late
 * (proposal, decision, negotiation) trace back to weak discovery — the decision process assumed, no
 * access to the economic buyer, value never agreed — while early losses are fit and timing. Tom's own
 * view blames price where his manager sees value not established (reps blame price about twice as often
 * as buyers cite it): that view (`repView`) is in the specs, but the demo is written before anyone uses the
 * copy, when every view recorded is the manager's, so it is not written yet. Six carry a full
 * retrospective, each with a finding tagged with a behaviour.
 */
interface LossSpec {
  rep: string;
  account: string;
  product: string;
  segment: 'Enterprise' | 'Mid-market';
  valueK: number;
  stage: string;
  monthsAgo: number;
  outcome: 'competitor' | 'no-decision' | 'built-in-house' | 'unknown';
  competitor?: string;
  reason: string;
  secondary?: string[];
  repView?: string;
  sentence: string;
}

const S = {
  qual: 'stage-initial-contact-qualification',
  disc: 'stage-discovery-need-analysis',
  fit: 'stage-solution-fit-value-definition',
  prop: 'stage-proposal-demonstration',
  decide: 'stage-decision-process-stakeholder-alignment',
  neg: 'stage-negotiation-risk-resolution',
};

const ACCOUNTS = [
  'Northwind Logistics',
  'Halden Foods',
  'Brightwater Insurance',
  'Corvid Energy',
  'Ostrava Steel',
  'Lumen Retail',
  'Pellham Health',
  'Quayside Ports',
  'Tessel Telecom',
  'Varga Pharma',
  'Windmere Homes',
  'Ashgrove Bank',
  'Kestrel Aviation',
  'Marlow Media',
  'Rydal Water',
  'Solent Marine',
  'Tiber Analytics',
  'Umber Textiles',
  'Falk Chemicals',
  'Greyfriars Legal',
];
const PRODUCTS = ['Field service suite', 'Analytics add-on', 'Platform licence', 'Implementation package'];
const COMPETITORS = ['Vantage Systems', 'Corelane', 'Axiom Cloud'];

// [stage, primary reason, secondary, outcome] patterns: late losses from weak discovery, early ones from fit and timing.
const LATE: [string, string, string[], LossSpec['outcome']][] = [
  [S.prop, 'loss-decision-process', ['loss-no-access-to-power'], 'no-decision'],
  [S.neg, 'loss-value-not-established', ['loss-price'], 'competitor'],
  [S.decide, 'loss-no-access-to-power', ['loss-decision-process'], 'no-decision'],
  [S.prop, 'loss-value-not-established', ['loss-no-urgency'], 'competitor'],
  [S.neg, 'loss-decision-process', [], 'competitor'],
  [S.decide, 'loss-champion-lost', ['loss-no-access-to-power'], 'no-decision'],
];
const EARLY: [string, string, string[], LossSpec['outcome']][] = [
  [S.qual, 'loss-poor-fit', [], 'unknown'],
  [S.disc, 'loss-timing-budget', [], 'no-decision'],
  [S.fit, 'loss-product-gap', ['loss-delivery-risk'], 'competitor'],
  [S.disc, 'loss-no-urgency', [], 'no-decision'],
  [S.fit, 'loss-competitor-relationship', [], 'competitor'],
  [S.qual, 'loss-poor-fit', [], 'built-in-house'],
];
const REPS: { key: string; segment: LossSpec['segment'] }[] = [
  { key: 'aisha', segment: 'Enterprise' },
  { key: 'tom', segment: 'Enterprise' },
  { key: 'daniel', segment: 'Enterprise' },
  { key: 'sophie', segment: 'Mid-market' },
  { key: 'jonas', segment: 'Mid-market' },
  { key: 'emily', segment: 'Mid-market' },
];

export function demoLossSpecs(): LossSpec[] {
  const random = generator(15);
  const specs: LossSpec[] = [];
  for (let i = 0; i < 40; i++) {
    const rep = REPS[i % REPS.length]!;
    // Three in five losses come late; Tom's and Daniel's more so (their discovery is the coaching theme).
    const lateOdds = rep.key === 'tom' || rep.key === 'daniel' ? 0.8 : 0.5;
    const pool = random() < lateOdds ? LATE : EARLY;
    const [stage, reason, secondary, outcome] = pool[Math.floor(random() * pool.length)]!;
    const late = pool === LATE;
    specs.push({
      rep: rep.key,
      account: ACCOUNTS[i % ACCOUNTS.length]!,
      product: PRODUCTS[Math.floor(random() * PRODUCTS.length)]!,
      segment: rep.segment,
      valueK: Math.round((rep.segment === 'Enterprise' ? 60 : 18) * (0.6 + random() * 1.6)),
      stage,
      monthsAgo: 0.5 + (i * 17.5) / 40,
      outcome,
      ...(outcome === 'competitor' ? { competitor: COMPETITORS[i % COMPETITORS.length]! } : {}),
      reason,
      secondary,
      // Tom names price on his late losses; his manager's view (the quick form) is the recorded reason.
      ...(rep.key === 'tom' && late ? { repView: 'loss-price' } : {}),
      sentence: late
        ? 'Finding out in discovery who signs and how they decide, and meeting them before the proposal.'
        : 'Qualifying harder at the first meeting: fit, budget and a reason to act this year.',
    });
  }
  return specs;
}

const text = (value: string) => ({ type: 'text', text: value });
const para = (value: string) => ({ type: 'paragraph', content: [text(value)] });

/** The draft with its answers written and marked: the decision process assumed (evidence on one). */
function filledRetrospective(
  draft: RichTextDoc,
  decisionEvidence: boolean,
  findingId: string,
  finding: string,
): RichTextDoc {
  const content = (draft.content ?? []).map((node) => {
    const n = node as { type: string; attrs?: Record<string, unknown> };
    if (n.type !== 'retroAnswer') return node;
    const prompt = n.attrs?.prompt;
    if (prompt === 'decision')
      return {
        ...n,
        attrs: { ...n.attrs, status: decisionEvidence ? 'evidence' : 'assumption' },
        content: [
          para(
            decisionEvidence
              ? 'The CFO told us on the second call that the board signs anything over budget, and who sits on it.'
              : 'We believed our contact, the operations director, could sign. Nobody asked who else approves.',
          ),
        ],
      };
    if (prompt === 'problem-real')
      return {
        ...n,
        attrs: { ...n.attrs, status: 'evidence' },
        content: [para('They described missed service visits costing renewals, in their own numbers.')],
      };
    if (prompt === 'urgency')
      return {
        ...n,
        attrs: { ...n.attrs, status: 'assumption' },
        content: [para('We assumed the contract renewal in June made it urgent; they never said so.')],
      };
    return node;
  });
  content.push({ type: 'heading', attrs: { level: 2 }, content: [text('Findings')] });
  content.push({
    type: 'paragraph',
    content: [
      { type: 'text', text: finding, marks: [{ type: 'behaviourTag', attrs: { observationId: findingId } }] },
    ],
  });
  return { ...draft, content } as RichTextDoc;
}

const FINDINGS: [string, string][] = [
  [
    'bhv-identifies-approvers-beyond-contact',
    'We never met anyone above the operations director before sending the proposal.',
  ],
  ['bhv-quantifies-cost-of-inaction', 'No one asked what another year of missed visits would cost them.'],
  [
    'bhv-asks-implication-questions',
    'Discovery stopped at the first pain; we did not ask what it meant for renewals.',
  ],
  [
    'bhv-identifies-approvers-beyond-contact',
    'Procurement and the CFO appeared in the last week; we had not asked about them.',
  ],
  [
    'bhv-asks-implication-questions',
    'The demo answered questions nobody had asked, because discovery was one call.',
  ],
  ['bhv-quantifies-cost-of-inaction', 'Status quo won: the cost of waiting was never put in their numbers.'],
];

export function seedDemoLostDeals(
  ctx: { dispatcher: Dispatcher; clock: Clock },
  people: Map<string, string>,
): { lostDeals: number; retrospectives: number } {
  const { dispatcher } = ctx;
  const today = todayMs(ctx.clock);
  const stageIndex = new Map(DEFAULT_STAGES.map((s, i) => [s.id, i]));
  let retrospectives = 0;
  const specs = demoLossSpecs();
  specs.forEach((spec, i) => {
    const repId = people.get(spec.rep);
    if (!repId) throw new Error(`Demo lost deals: the demo team has no one called “${spec.rep}”.`);
    const lostOn = backToWeekday(today - Math.round(spec.monthsAgo * 30.4) * DAY);
    const openedOn = backToWeekday(lostOn - (60 + ((i * 37) % 90)) * DAY);
    let deal = call(dispatcher, 'deals.create', {
      repId,
      account: spec.account,
      name: `${spec.product} ${spec.segment === 'Enterprise' ? 'rollout' : 'pilot'}`,
      valueMinor: spec.valueK * 1000 * 100,
      currency: spec.segment === 'Enterprise' ? 'GBP' : 'EUR',
      segment: spec.segment,
      product: spec.product,
      stageId: S.qual,
      openedOn: isoDate(openedOn),
    });
    // Walk the deal through the stages it reached, each move with its day and reason.
    const target = stageIndex.get(spec.stage)!;
    const path = DEFAULT_STAGES.slice(stageIndex.get(S.qual)! + 1, target + 1);
    path.forEach((stage, step) => {
      const day = openedOn + Math.round(((lostOn - openedOn) * (step + 1)) / (path.length + 1) / DAY) * DAY;
      deal = call(dispatcher, 'deals.move', {
        id: deal.id,
        revision: deal.revision,
        stageId: stage.id,
        changedOn: isoDate(Math.min(day, lostOn)),
        reason:
          step === 0
            ? 'Agreed a discovery meeting with the operations director'
            : `Moved on after the ${stage.name.toLowerCase()} meeting`,
      });
    });
    deal = call(dispatcher, 'deals.close', {
      id: deal.id,
      revision: deal.revision,
      outcome: 'lost',
      closedOn: isoDate(lostOn),
      reason:
        spec.outcome === 'competitor'
          ? `Chose ${spec.competitor}`
          : spec.outcome === 'no-decision'
            ? 'Decided to wait'
            : 'Closed lost',
    });
    call(dispatcher, 'lostDeals.saveQuickForm', {
      dealId: deal.id,
      outcome: spec.outcome,
      competitor: spec.competitor ?? null,
      primaryReasonId: spec.reason,
      secondaryReasonIds: spec.secondary ?? [],
      whatWouldHaveChanged: spec.sentence,
    });
    // Six late losses get a full retrospective.
    const late = stageIndex.get(spec.stage)! >= stageIndex.get(S.prop)!;
    if (late && retrospectives < FINDINGS.length) {
      const [behaviourId, finding] = FINDINGS[retrospectives]!;
      const detail = call(dispatcher, 'lostDeals.get', { dealId: deal.id });
      call(dispatcher, 'lostDeals.saveRetrospective', {
        dealId: deal.id,
        document: detail.draft as RichTextDoc,
      });
      const observation = call(dispatcher, 'observations.create', {
        repId,
        behaviourId,
        observedOn: isoDate(lostOn),
        verdict: 'gap',
        evidence: finding,
        sourceKind: 'retrospective',
        sourceId: deal.id,
        anchor: { kind: 'mark', documentId: deal.id, part: 'body' },
        visibility: 'shared',
      });
      call(dispatcher, 'lostDeals.saveRetrospective', {
        dealId: deal.id,
        revision: 1,
        document: filledRetrospective(
          detail.draft as RichTextDoc,
          retrospectives === 3,
          observation.id,
          finding,
        ),
      });
      call(dispatcher, 'lostDeals.saveTimeline', {
        dealId: deal.id,
        events: [
          {
            happenedOn: isoDate(openedOn),
            what: 'First meeting with the operations director',
            who: 'Operations director',
          },
          {
            happenedOn: isoDate(lostOn - 14 * DAY),
            what: 'Procurement and the CFO joined the evaluation',
            who: 'CFO',
          },
          {
            happenedOn: isoDate(lostOn),
            what: 'Told us they would not go ahead with us',
            who: 'Operations director',
          },
        ],
      });
      call(dispatcher, 'lostDeals.saveActions', {
        dealId: deal.id,
        actions: [
          {
            text: 'Name the approvers beyond the first contact on every open deal',
            owner: 'rep',
            dueOn: isoDate(today + 21 * DAY),
          },
          { text: 'Run a discovery role-play on the cost of inaction', owner: 'manager', dueOn: null },
        ],
      });
      retrospectives += 1;
    }
  });
  return { lostDeals: specs.length, retrospectives };
}
