import { describe, expect, it } from 'vitest';
import {
  attentionWarnings,
  beforeAfter,
  commitmentCompletion,
  completionRange,
  estimateFromSums,
  focusPeriods,
  goalProgress,
  levelEstimate,
  type ObservedRating,
  pointWeight,
  recencyWeight,
  smoothedTrend,
  summariseFocusOutcomes,
  trendVerdict,
} from '../../shared/domain/progress';
import { addDays } from '../../shared/dates';

const AS_OF = '2026-03-01';
const level = (observedOn: string, l: number): ObservedRating => ({ observedOn, level: l, verdict: null });
const verdict = (observedOn: string, v: 'strength' | 'gap'): ObservedRating => ({
  observedOn,
  level: null,
  verdict: v,
});
const daysAgo = (n: number) => addDays(AS_OF, -n);

describe('recency and weights', () => {
  it('halves the weight every 90 days', () => {
    expect(recencyWeight(AS_OF, AS_OF)).toBe(1);
    expect(recencyWeight(daysAgo(90), AS_OF)).toBeCloseTo(0.5, 10);
    expect(recencyWeight(daysAgo(180), AS_OF)).toBeCloseTo(0.25, 10);
  });
  it('counts a strength or gap half as much as a rubric level', () => {
    expect(pointWeight(level(AS_OF, 3), AS_OF)).toBe(1);
    expect(pointWeight(verdict(AS_OF, 'gap'), AS_OF)).toBe(0.5);
    expect(pointWeight(verdict(daysAgo(90), 'strength'), AS_OF)).toBeCloseTo(0.25, 10);
  });
});

describe('levelEstimate', () => {
  it('has no level without evidence', () => {
    expect(levelEstimate([], AS_OF)).toBeNull();
    expect(levelEstimate([{ observedOn: daysAgo(1), level: null, verdict: null }], AS_OF)).toBeNull();
    // Evidence after the date does not count yet.
    expect(levelEstimate([level(addDays(AS_OF, 1), 4)], AS_OF)).toBeNull();
  });
  it('is the single rating when there is one', () => {
    expect(levelEstimate([level(daysAgo(200), 3)], AS_OF)).toEqual({
      level: 3,
      observationCount: 1,
      lastObservedOn: daysAgo(200),
    });
  });
  it('weights newer evidence more: a 2 a quarter ago and a 4 today make 3.3', () => {
    // (0.5 × 2 + 1 × 4) / 1.5 = 3.33
    expect(levelEstimate([level(daysAgo(90), 2), level(AS_OF, 4)], AS_OF)).toEqual({
      level: 3.3,
      observationCount: 2,
      lastObservedOn: AS_OF,
    });
  });
  it('places a strength at 3.5 and a gap at 1.5 with half weight', () => {
    // (0.5 × 3.5 + 1 × 2) / 1.5 = 2.5
    expect(levelEstimate([verdict(AS_OF, 'strength'), level(AS_OF, 2)], AS_OF)?.level).toBe(2.5);
    // (0.5 × 1.5 + 1 × 4) / 1.5 = 3.17
    expect(levelEstimate([verdict(AS_OF, 'gap'), level(AS_OF, 4)], AS_OF)?.level).toBe(3.2);
  });
  it('averages observations all made on the same day equally', () => {
    expect(levelEstimate([level(AS_OF, 1), level(AS_OF, 2), level(AS_OF, 4)], AS_OF)?.level).toBe(2.3);
  });
  it('does not drift as time passes without new evidence', () => {
    const ratings = [level(daysAgo(120), 1), level(daysAgo(30), 3), verdict(daysAgo(10), 'strength')];
    const now = levelEstimate(ratings, AS_OF)!.level;
    expect(levelEstimate(ratings, addDays(AS_OF, 365))!.level).toBe(now);
  });
});

describe('smoothedTrend', () => {
  it('is the estimate as it stood on each day with evidence, ending at the current estimate', () => {
    const ratings = [level(daysAgo(90), 2), level(AS_OF, 4), level(daysAgo(90), 2)];
    expect(smoothedTrend(ratings)).toEqual([
      { date: daysAgo(90), level: 2 },
      { date: AS_OF, level: levelEstimate(ratings, AS_OF)!.level },
    ]);
    expect(smoothedTrend([])).toEqual([]);
  });
});

describe('trendVerdict', () => {
  const line = (values: number[], step = 30) =>
    values.map((v, i) => level(daysAgo((values.length - 1 - i) * step), v));

  it('needs four observations in the last six months', () => {
    const v = trendVerdict(line([1, 2, 3]), AS_OF);
    expect(v.kind).toBe('not-enough-evidence');
    expect(v.reason).toMatch(/3 observations .* at least 4/);
    // Old evidence is outside the window.
    expect(trendVerdict([level(daysAgo(400), 1), ...line([2, 3, 4])], AS_OF).kind).toBe(
      'not-enough-evidence',
    );
  });
  it('needs three different days: one busy day is one look', () => {
    const v = trendVerdict(
      [level(AS_OF, 1), level(AS_OF, 2), level(daysAgo(40), 3), level(daysAgo(40), 4)],
      AS_OF,
    );
    expect(v.kind).toBe('not-enough-evidence');
    expect(v.reason).toMatch(/2 days/);
  });
  it('needs four weeks between the first and last', () => {
    const v = trendVerdict(line([1, 2, 3, 4], 5), AS_OF);
    expect(v.kind).toBe('not-enough-evidence');
    expect(v.reason).toMatch(/15 days/);
  });
  it('calls a steady rise improving, with the change per quarter', () => {
    // One level every 30 days: 3 levels a quarter, every point on the line.
    const v = trendVerdict(line([1, 2, 3, 4]), AS_OF);
    expect(v).toMatchObject({ kind: 'improving', changePerQuarter: 3, observationsInWindow: 4 });
  });
  it('calls a fall declining', () => {
    expect(trendVerdict(line([4, 3, 3, 2, 1]), AS_OF).kind).toBe('declining');
  });
  it('calls flat evidence steady', () => {
    expect(trendVerdict(line([3, 3, 3, 3]), AS_OF)).toMatchObject({ kind: 'steady', changePerQuarter: 0 });
    // +0.2 a quarter is below the threshold.
    expect(trendVerdict(line([2, 2, 2, 2, 2, 2, 2]).concat(level(AS_OF, 2.4)), AS_OF).kind).toBe('steady');
  });
  it('refuses to call a direction the scatter hides', () => {
    // Slope 0.02/day = 1.8 a quarter; standard error sqrt(7.2 / 2 / 4500) × 90 = 2.55.
    const v = trendVerdict(line([1, 4, 1, 4]), AS_OF);
    expect(v.changePerQuarter).toBe(1.8);
    expect(v.kind).toBe('not-enough-evidence');
    expect(v.reason).toMatch(/disagree/);
  });
  it('counts verdicts at half weight in the fit', () => {
    const v = trendVerdict(
      [
        verdict(daysAgo(90), 'gap'),
        verdict(daysAgo(60), 'gap'),
        verdict(daysAgo(30), 'strength'),
        verdict(AS_OF, 'strength'),
      ],
      AS_OF,
    );
    expect(v.kind).toBe('improving');
  });
});

describe('beforeAfter', () => {
  const setOn = '2026-01-01';
  it('compares the weeks before (the day itself included) with the weeks after', () => {
    const ratings = [level('2025-12-01', 2), level(setOn, 2), level('2026-01-20', 3), level('2026-02-10', 3)];
    expect(beforeAfter(ratings, setOn, 6, AS_OF)).toEqual({
      before: { level: 2, observationCount: 2, from: '2025-11-20', to: setOn },
      after: { level: 3, observationCount: 2, from: '2026-01-02', to: '2026-02-12' },
      outcome: 'higher',
    });
  });
  it('calls half a level the threshold, and less the same', () => {
    const before = [level('2025-12-01', 2), level('2025-12-15', 2)];
    expect(
      beforeAfter([...before, level('2026-01-10', 2), level('2026-01-20', 3)], setOn, 6, AS_OF).outcome,
    ).toBe('higher');
    // (2 + 0.5 × 3.5) / 1.5 = 2.5: exactly half a level higher.
    expect(
      beforeAfter([...before, level('2026-01-10', 2), verdict('2026-01-20', 'strength')], setOn, 6, AS_OF)
        .outcome,
    ).toBe('higher');
    // (2 + 0.5 × 1.5) / 1.5 = 1.83: a sixth lower is the same.
    expect(
      beforeAfter([...before, level('2026-01-10', 2), verdict('2026-01-20', 'gap')], setOn, 6, AS_OF).outcome,
    ).toBe('same');
  });
  it('says when there is too little evidence, and when the period is still running', () => {
    const ratings = [level('2025-12-01', 2), level('2025-12-15', 2), level('2026-01-20', 4)];
    expect(beforeAfter(ratings, setOn, 6, AS_OF).outcome).toBe('too-little-evidence');
    expect(beforeAfter(ratings, setOn, 6, '2026-02-01').outcome).toBe('in-progress');
    expect(beforeAfter(ratings, setOn, 6, '2026-02-12').outcome).toBe('too-little-evidence');
  });
  it('calls a fall lower', () => {
    const ratings = [
      level('2025-12-01', 3),
      level('2025-12-15', 3),
      level('2026-01-20', 2),
      level('2026-02-01', 2),
    ];
    expect(beforeAfter(ratings, setOn, 6, AS_OF).outcome).toBe('lower');
    // Evidence outside both windows is ignored: with 2 weeks, the before side is empty.
    expect(beforeAfter(ratings, setOn, 2, AS_OF).outcome).toBe('too-little-evidence');
  });
});

describe('focusPeriods', () => {
  it('starts a period when a behaviour enters focus and continues it while it stays', () => {
    const meetings = [
      { id: 'm3', date: '2026-01-15', behaviourIds: ['b'] },
      { id: 'm1', date: '2026-01-01', behaviourIds: ['a', 'b'] },
      { id: 'm2', date: '2026-01-08', behaviourIds: ['a'] },
      { id: 'm4', date: '2026-01-22', behaviourIds: ['a'] },
    ];
    expect(focusPeriods(meetings)).toEqual([
      { behaviourId: 'a', setOn: '2026-01-01', oneOnOneId: 'm1' },
      { behaviourId: 'b', setOn: '2026-01-01', oneOnOneId: 'm1' },
      { behaviourId: 'b', setOn: '2026-01-15', oneOnOneId: 'm3' },
      { behaviourId: 'a', setOn: '2026-01-22', oneOnOneId: 'm4' },
    ]);
    expect(focusPeriods([])).toEqual([]);
  });
});

describe('summariseFocusOutcomes', () => {
  it('counts only decided periods in the headline and says what is left', () => {
    const s = summariseFocusOutcomes([
      'higher',
      'higher',
      'same',
      'lower',
      'too-little-evidence',
      'in-progress',
    ]);
    expect(s).toMatchObject({ total: 6, decided: 4, higher: 2 });
    expect(s.sentence).toBe(
      'Of 4 focus periods with enough evidence, 2 were followed by a higher level, 1 by about the same and 1 by a lower one. 2 more cannot be judged yet (1 with too little evidence, 1 still in progress).',
    );
  });
  it('says plainly when nothing can be told', () => {
    expect(summariseFocusOutcomes(['too-little-evidence']).sentence).toMatch(/^Too little evidence to tell/);
    expect(summariseFocusOutcomes([]).sentence).toMatch(/^No focus periods yet/);
  });
});

describe('goalProgress', () => {
  const goal = { targetLevel: 3, setOn: '2026-01-01', dueOn: '2026-03-01' };
  it('waits for evidence after the goal was set', () => {
    const p = goalProgress([level('2026-01-01', 2)], goal, '2026-02-01');
    expect(p).toMatchObject({ startLevel: 2, observationsSince: 0, state: 'no-evidence-yet' });
  });
  it('is on track when the estimate is at or above a straight path to the target', () => {
    // Estimate 2.6 (2 aged 31 days, 3 aged 1 day); path 2 + 31/59 = 2.5.
    const p = goalProgress([level('2026-01-01', 2), level('2026-01-31', 3)], goal, '2026-02-01');
    expect(p).toMatchObject({ state: 'on-track', expectedLevel: 2.5, fraction: 0.6, observationsSince: 1 });
    expect(p.current?.level).toBe(2.6);
  });
  it('is behind below the path, reached at the target, overdue after the date', () => {
    const ratings = [level('2026-01-01', 2), level('2026-02-20', 2)];
    expect(goalProgress(ratings, goal, '2026-02-20').state).toBe('behind');
    expect(goalProgress(ratings, goal, '2026-03-02').state).toBe('overdue');
    expect(
      goalProgress([...ratings, level('2026-02-25', 4), level('2026-02-26', 4)], goal, '2026-02-26').state,
    ).toBe('reached');
  });
  it('starts from level 1 without earlier evidence', () => {
    const p = goalProgress([level('2026-01-15', 2)], goal, '2026-01-30');
    expect(p.startLevel).toBeNull();
    expect(p.fraction).toBe(0.5);
  });
});

describe('commitmentCompletion', () => {
  it('rates commitments by the quarter they were due in, dropped ones left out, future ones not yet counted', () => {
    const rows = commitmentCompletion(
      [
        { madeOn: '2025-11-03', dueOn: '2025-11-10', status: 'done' },
        { madeOn: '2025-12-01', dueOn: '2025-12-10', status: 'dropped' },
        // Made in Q4, due in Q1 and still open after its date: not kept, in Q1.
        { madeOn: '2025-12-15', dueOn: '2026-01-10', status: 'open' },
        { madeOn: '2026-02-20', dueOn: '2026-03-20', status: 'open' },
        // No due date: counted in the quarter it was made.
        { madeOn: '2026-02-21', dueOn: null, status: 'done' },
        { madeOn: '2024-11-01', dueOn: '2024-11-05', status: 'done' },
      ],
      AS_OF,
    );
    expect(rows).toEqual([
      { period: '2025 Q2', due: 0, done: 0, dropped: 0, rate: null },
      { period: '2025 Q3', due: 0, done: 0, dropped: 0, rate: null },
      { period: '2025 Q4', due: 2, done: 1, dropped: 1, rate: 1 },
      { period: '2026 Q1', due: 2, done: 1, dropped: 0, rate: 0.5 },
    ]);
  });
  it('starts the year at the quarter of asOf', () => {
    expect(commitmentCompletion([], '2026-12-31', 2).map((p) => p.period)).toEqual(['2026 Q3', '2026 Q4']);
  });
  it('counts only commitments inside completionRange, so a read can leave the others out', () => {
    expect(completionRange(AS_OF)).toEqual({ from: '2025-04-01', to: AS_OF });
    expect(completionRange('2026-12-31', 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    const outside = [
      { madeOn: '2025-03-01', dueOn: '2025-03-31', status: 'done' as const },
      { madeOn: '2026-02-20', dueOn: '2026-03-02', status: 'open' as const },
    ];
    expect(commitmentCompletion(outside, AS_OF).every((p) => p.due === 0)).toBe(true);
  });
});

describe('estimateFromSums', () => {
  it('is the level estimate from its sums: the worked example, and none without evidence', () => {
    // A 2 observed 90 days ago and a 4 today: (½ × 2 + 1 × 4) / (½ + 1) = 3.3.
    expect(estimateFromSums(0.5 * 2 + 4, 1.5, 2, AS_OF)).toEqual({
      level: 3.3,
      observationCount: 2,
      lastObservedOn: AS_OF,
    });
    expect(levelEstimate([level(addDays(AS_OF, -90), 2), level(AS_OF, 4)], AS_OF)).toEqual(
      estimateFromSums(0.5 * 2 + 4, 1.5, 2, AS_OF),
    );
    expect(estimateFromSums(0, 0, 0, '')).toBeNull();
  });
});

describe('attentionWarnings', () => {
  const names = { 'call-review': 'call reviews', note: 'notes' };
  it('flags one rep taking most of the attention, a rep with none, and single-source evidence', () => {
    const warnings = attentionWarnings(
      [
        { repId: 'a', repName: 'Ann', total: 10, bySource: { 'call-review': 10 } },
        { repId: 'b', repName: 'Ben', total: 3, bySource: { note: 2, 'call-review': 1 } },
        { repId: 'c', repName: 'Cas', total: 0, bySource: {} },
      ],
      names,
    );
    expect(warnings).toEqual([
      'Ann gets 77% of your observations, in a team of 3.',
      'All of Ann’s evidence comes from one kind of source (call reviews).',
      'Cas has no observations in this period.',
    ]);
  });
  it('says nothing when there is nothing to spread', () => {
    expect(attentionWarnings([{ repId: 'a', repName: 'Ann', total: 0, bySource: {} }], names)).toEqual([]);
  });
});

describe('packProgress: the rep’s charts from a share pack', () => {
  it('follows the same rules as the Progress tab, per behaviour, oldest first, skipping unrated feedback', async () => {
    const { packProgress } = await import('../../shared/domain/share-pack-progress');
    const { levelEstimate, trendVerdict } = await import('../../shared/domain/progress');
    const observation = (id: string, behaviourId: string, observedOn: string, level: number | null) => ({
      id,
      kind: 'observation' as const,
      behaviourId,
      observedOn,
      level,
      verdict: null,
      evidence: null,
      comment: null,
      annotationType: null,
      sourceKind: 'proposal-review',
      sourceId: null,
      sourceTitle: null,
      startMs: null,
      authorName: 'Marcus Webb',
      replies: [],
    });
    const pack = {
      behaviours: [
        { id: 'a', name: 'Asks', definition: '', competency: 'Discovery', rubric: ['1', '2', '3', '4'] },
        { id: 'b', name: 'Books', definition: '', competency: 'Closing', rubric: ['1', '2', '3', '4'] },
      ],
      observations: [
        observation('o3', 'a', '2026-02-20', 3),
        observation('o1', 'a', '2026-01-02', 1),
        observation('o2', 'a', '2026-01-20', 2),
        observation('o4', 'b', '2026-02-01', 2),
        observation('o5', 'b', '2026-02-02', null),
      ],
    } as unknown as import('../../shared/domain/share-pack').SharePack;
    const result = packProgress(pack, '2026-03-02');
    expect(result.map((b) => [b.name, b.points.map((p) => p.observationId)])).toEqual([
      ['Asks', ['o1', 'o2', 'o3']],
      ['Books', ['o4']],
    ]);
    const rows = [
      { observedOn: '2026-01-02', level: 1, verdict: null },
      { observedOn: '2026-01-20', level: 2, verdict: null },
      { observedOn: '2026-02-20', level: 3, verdict: null },
    ];
    expect(result[0]!.estimate).toEqual(levelEstimate(rows, '2026-03-02'));
    expect(result[0]!.verdict).toEqual(trendVerdict(rows, '2026-03-02'));
    expect(result[0]!.competencyName).toBe('Discovery');
    // A source kind this build does not know (a later feature's) still plots, as ad hoc.
    expect(result[0]!.points[0]!.sourceKind).toBe('ad-hoc');
  });
});
