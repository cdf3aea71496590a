import { describe, expect, it } from 'vitest';
import {
  type DealFacts,
  type DealFlagKind,
  closeDateMovesLabel,
  dealFlags,
} from '../../shared/domain/deal-flags';

const TODAY = '2026-03-02';
const evidence = (...ids: string[]) => ids.map((questionId) => ({ questionId, status: 'evidence' as const }));

/** A healthy deal: every flag case below changes one fact of it. */
const healthy: DealFacts = {
  outcome: 'open',
  forecastCategory: 'pipeline',
  stagePosition: 4,
  expectedCloseOn: '2026-04-30',
  nextStep: 'Demo to the ops team',
  nextStepOn: '2026-03-05',
  closeDateMoves: 1,
  answers: evidence('urgency', 'problem-real'),
  contacts: [
    { role: 'first-contact', lastContactOn: '2026-02-20' },
    { role: 'economic-buyer', lastContactOn: '2026-02-25' },
  ],
  earlierCriteria: [{ stageName: 'Discovery', text: 'Why now is known', questionId: 'urgency' }],
  discoveryPosition: 2,
};

const cases: [string, Partial<DealFacts>, DealFlagKind[]][] = [
  ['a healthy deal', {}, []],
  [
    'commit with budget, approvers and signing date evidenced',
    {
      forecastCategory: 'commit',
      answers: evidence('urgency', 'budget', 'approvers', 'signing-date'),
    },
    [],
  ],
  [
    'commit missing the signing date',
    {
      forecastCategory: 'commit',
      answers: evidence('urgency', 'budget', 'approvers'),
    },
    ['commit-without-evidence'],
  ],
  [
    'commit whose budget is only assumed',
    {
      forecastCategory: 'commit',
      answers: [
        ...evidence('urgency', 'approvers', 'signing-date'),
        { questionId: 'budget', status: 'assumption' },
      ],
    },
    ['commit-without-evidence'],
  ],
  ['best case without evidence is not a commit', { forecastCategory: 'best-case' }, []],
  ['no next step', { nextStep: null, nextStepOn: null }, ['next-step-missing']],
  ['a next step without a date', { nextStepOn: null }, ['next-step-missing']],
  ['a next step due yesterday', { nextStepOn: '2026-03-01' }, ['next-step-past']],
  ['a next step due today is fine', { nextStepOn: TODAY }, []],
  ['close date moved once', { closeDateMoves: 1 }, []],
  ['close date moved twice', { closeDateMoves: 2 }, ['close-date-moved']],
  ['close date passed', { expectedCloseOn: '2026-02-27' }, ['close-date-passed']],
  ['an earlier criterion assumed', { answers: evidence('problem-real') }, ['stage-ahead-of-criteria']],
  [
    'a criterion that names no question never flags',
    {
      earlierCriteria: [{ stageName: 'Discovery', text: 'Rapport', questionId: null }],
    },
    [],
  ],
  [
    'past discovery with only the first contact',
    {
      contacts: [
        { role: 'first-contact', lastContactOn: '2026-02-20' },
        { role: 'champion', lastContactOn: null },
      ],
    },
    ['single-threaded'],
  ],
  [
    'in discovery with only the first contact is fine',
    {
      stagePosition: 2,
      contacts: [{ role: 'first-contact', lastContactOn: '2026-02-20' }],
    },
    [],
  ],
  [
    'several at once, in a fixed order',
    {
      forecastCategory: 'commit',
      nextStep: null,
      closeDateMoves: 3,
      contacts: [],
    },
    ['commit-without-evidence', 'next-step-missing', 'close-date-moved', 'single-threaded'],
  ],
  ['a closed deal has no flags', { outcome: 'lost', nextStep: null, closeDateMoves: 5 }, []],
];

describe('dealFlags', () => {
  it.each(cases)('%s', (_name, change, expected) => {
    expect(dealFlags({ ...healthy, ...change }, TODAY).map((f) => f.kind)).toEqual(expected);
  });

  it('gives each flag a reason that names what is missing', () => {
    const [commit] = dealFlags(
      { ...healthy, forecastCategory: 'commit', answers: evidence('urgency', 'budget') },
      TODAY,
    );
    expect(commit?.reason).toBe('Forecast as commit, but no customer evidence for: approvers, signing date.');
    const [moved] = dealFlags({ ...healthy, closeDateMoves: 3 }, TODAY);
    expect(moved?.reason).toBe('Close date moved 3 times.');
  });

  it('counts close-date moves in words', () => {
    expect([1, 2, 3].map(closeDateMovesLabel)).toEqual([
      'Close date moved once',
      'Close date moved twice',
      'Close date moved 3 times',
    ]);
  });
});
