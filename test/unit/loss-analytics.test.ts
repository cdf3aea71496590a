import { describe, expect, it } from 'vitest';
import {
  allReasons,
  behavioursMostTagged,
  byQuarter,
  byRep,
  bySegment,
  decisionProcessShare,
  filterLosses,
  type LostDealFacts,
  quarterOf,
  reasonsByStage,
  valueLost,
  viewDisagreement,
} from '../../shared/domain/loss-analytics';

const DISCOVERY = 'stage-discovery-need-analysis';
const PROPOSAL = 'stage-proposal-demonstration';
const PRICE = 'loss-price';
const DECISION = 'loss-decision-process';
const VALUE = 'loss-value-not-established';

const deal = (fields: Partial<LostDealFacts> & Pick<LostDealFacts, 'dealId'>): LostDealFacts => ({
  repId: 'rep-a',
  segment: 'SMB',
  valueMinor: 0,
  currency: 'EUR',
  lostOn: '2026-01-01',
  stageId: DISCOVERY,
  outcome: 'competitor',
  primaryReasonId: null,
  secondaryReasonIds: [],
  repViewReasonId: null,
  managerViewReasonId: null,
  decisionProcess: null,
  behaviourIds: [],
  ...fields,
});

// Five losses, every figure below worked out by hand from this table.
const DEALS: LostDealFacts[] = [
  deal({
    dealId: 'd1',
    valueMinor: 100_000,
    lostOn: '2026-01-15',
    primaryReasonId: PRICE,
    secondaryReasonIds: ['loss-no-urgency'],
    repViewReasonId: PRICE,
    managerViewReasonId: VALUE,
    decisionProcess: 'assumption',
    behaviourIds: ['b1', 'b1', 'b2'],
  }),
  deal({
    dealId: 'd2',
    valueMinor: 50_000,
    lostOn: '2026-02-20',
    stageId: PROPOSAL,
    primaryReasonId: DECISION,
    repViewReasonId: PRICE,
    managerViewReasonId: PRICE,
    decisionProcess: 'assumption',
    behaviourIds: ['b1'],
  }),
  deal({
    dealId: 'd3',
    repId: 'rep-b',
    segment: 'Enterprise',
    valueMinor: 200_000,
    currency: 'USD',
    lostOn: '2026-04-01',
    stageId: PROPOSAL,
    primaryReasonId: DECISION,
    secondaryReasonIds: [PRICE],
    decisionProcess: 'evidence',
  }),
  deal({ dealId: 'd4', repId: 'rep-b', segment: null, valueMinor: 30_000, lostOn: '2025-12-31' }),
  deal({
    dealId: 'd5',
    repId: 'rep-c',
    segment: 'Enterprise',
    valueMinor: 70_000,
    lostOn: '2026-03-31',
    stageId: PROPOSAL,
    primaryReasonId: DECISION,
    secondaryReasonIds: ['loss-champion-lost'],
    repViewReasonId: 'loss-champion-lost',
    managerViewReasonId: DECISION,
    decisionProcess: 'assumption',
    behaviourIds: ['b2'],
  }),
];

describe('loss analytics on a hand-computed fixture', () => {
  it('puts each deal in one heat-map cell: its stage lost and primary reason (unrecorded ones apart)', () => {
    const cells = reasonsByStage(DEALS).map((c) => [c.stageId, c.reasonId, c.count, c.dealIds]);
    expect(cells).toEqual(
      expect.arrayContaining([
        [DISCOVERY, PRICE, 1, ['d1']],
        [PROPOSAL, DECISION, 3, ['d2', 'd3', 'd5']],
        [DISCOVERY, '', 1, ['d4']],
      ]),
    );
    expect(cells).toHaveLength(3);
  });

  it('groups by rep with value per currency (never added across currencies) and reasons most frequent first', () => {
    expect(byRep(DEALS)).toEqual([
      {
        key: 'rep-a',
        count: 2,
        dealIds: ['d1', 'd2'],
        value: [{ currency: 'EUR', totalMinor: 150_000, dealIds: ['d1', 'd2'] }],
        reasons: [
          { reasonId: DECISION, count: 1, dealIds: ['d2'] },
          { reasonId: PRICE, count: 1, dealIds: ['d1'] },
        ],
      },
      {
        key: 'rep-b',
        count: 2,
        dealIds: ['d3', 'd4'],
        value: [
          { currency: 'USD', totalMinor: 200_000, dealIds: ['d3'] },
          { currency: 'EUR', totalMinor: 30_000, dealIds: ['d4'] },
        ],
        reasons: [
          { reasonId: '', count: 1, dealIds: ['d4'] },
          { reasonId: DECISION, count: 1, dealIds: ['d3'] },
        ],
      },
      expect.objectContaining({ key: 'rep-c', count: 1, dealIds: ['d5'] }),
    ]);
  });

  it('groups by segment (deals without one together) and by calendar quarter in order', () => {
    expect(bySegment(DEALS).map((g) => [g.key, g.dealIds])).toEqual([
      ['Enterprise', ['d3', 'd5']],
      ['SMB', ['d1', 'd2']],
      ['', ['d4']],
    ]);
    expect(byQuarter(DEALS).map((g) => [g.key, g.dealIds])).toEqual([
      ['2025-Q4', ['d4']],
      ['2026-Q1', ['d1', 'd2', 'd5']],
      ['2026-Q2', ['d3']],
    ]);
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-12-31'].map(quarterOf)).toEqual([
      '2026-Q1',
      '2026-Q1',
      '2026-Q2',
      '2026-Q4',
    ]);
  });

  it('totals the value lost per currency, largest first', () => {
    expect(valueLost(DEALS)).toEqual([
      { currency: 'EUR', totalMinor: 250_000, dealIds: ['d1', 'd2', 'd4', 'd5'] },
      { currency: 'USD', totalMinor: 200_000, dealIds: ['d3'] },
    ]);
  });

  it('gives the share of marked losses whose decision process was an assumption: 3 of 4', () => {
    expect(decisionProcessShare(DEALS)).toEqual({
      assumed: { count: 3, dealIds: ['d1', 'd2', 'd5'] },
      evidenced: { count: 1, dealIds: ['d3'] },
      notMarked: { count: 1, dealIds: ['d4'] },
      share: 0.75,
    });
    expect(decisionProcessShare([DEALS[3]!]).share).toBeNull();
  });

  it('counts each tagged behaviour once per deal', () => {
    expect(behavioursMostTagged(DEALS)).toEqual([
      { behaviourId: 'b1', count: 2, dealIds: ['d1', 'd2'] },
      { behaviourId: 'b2', count: 2, dealIds: ['d1', 'd5'] },
    ]);
  });

  it('shows where the rep’s and the manager’s views of the primary reason differ, and who names price', () => {
    expect(viewDisagreement(DEALS, PRICE)).toEqual({
      bothRecorded: { count: 3, dealIds: ['d1', 'd2', 'd5'] },
      disagree: { count: 2, dealIds: ['d1', 'd5'] },
      repNamed: { count: 2, dealIds: ['d1', 'd2'] },
      managerNamed: { count: 1, dealIds: ['d2'] },
    });
  });

  it('counts primary and secondary reasons together, once per deal', () => {
    expect(allReasons(DEALS).map((r) => [r.reasonId, r.count])).toEqual([
      [DECISION, 3],
      [PRICE, 2],
      ['loss-champion-lost', 1],
      ['loss-no-urgency', 1],
    ]);
  });

  it('filters by inclusive dates, reps and segments (no segment is a segment to filter on)', () => {
    const ids = (list: LostDealFacts[]) => list.map((d) => d.dealId);
    expect(
      ids(filterLosses(DEALS, { from: '2026-01-01', to: '2026-03-31', repIds: ['rep-a', 'rep-c'] })),
    ).toEqual(['d1', 'd2', 'd5']);
    expect(ids(filterLosses(DEALS, { segments: [null] }))).toEqual(['d4']);
    expect(ids(filterLosses(DEALS, { repIds: [], segments: [] }))).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(ids(filterLosses(DEALS, { to: '2025-12-31' }))).toEqual(['d4']);
  });
});
