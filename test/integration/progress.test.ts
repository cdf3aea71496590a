import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actAs, call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

// The test clock says 2 March 2026.
let core: TestCore;
let repId: string;
const IMPLICATION = 'bhv-asks-implication-questions';
const NEXT_STEP = 'bhv-agrees-dated-next-step';

beforeEach(async () => {
  core = makeCore();
  repId = (await value(core, 'people.create', { name: 'Jonas Berg' })).id;
});
afterEach(() => core.close());

const observe = (
  behaviourId: string,
  observedOn: string,
  rating: { level?: number; verdict?: 'strength' | 'gap' },
  extra: Record<string, unknown> = {},
  rep = repId,
) => value(core, 'observations.create', { repId: rep, behaviourId, observedOn, ...rating, ...extra });

async function heldMeeting(date: string, focus: string[], rep = repId) {
  const m = await value(core, 'oneOnOnes.create', { repId: rep, date });
  await value(core, 'oneOnOnes.setFocus', { id: m.id, behaviourIds: focus });
  const again = await value(core, 'oneOnOnes.get', { id: m.id });
  await value(core, 'oneOnOnes.update', { id: m.id, revision: again.revision, date, status: 'held' });
  return m;
}

describe('a rep’s progress', () => {
  it('says what to do for a rep with no observations, and refuses an unknown rep', async () => {
    expect(await value(core, 'progress.rep', { repId })).toMatchObject({ behaviours: [], goals: [] });
    expect(await call(core, 'progress.rep', { repId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('plots every observation from every source, with an estimate, its evidence and a verdict that changes with new evidence', async () => {
    const note = await value(core, 'notes.create', { repId, title: 'Ride-along, Leeds' });
    await observe(IMPLICATION, '2025-10-01', { level: 1 });
    await observe(
      IMPLICATION,
      '2025-11-01',
      { level: 2 },
      { sourceKind: 'note', sourceId: note.id, evidence: 'Asked what happens if nothing changes' },
    );
    await observe(IMPLICATION, '2025-12-01', { verdict: 'gap' });
    let progress = await value(core, 'progress.rep', { repId });
    let implication = progress.behaviours.find((b) => b.behaviourId === IMPLICATION)!;
    expect(implication.points.map((p) => [p.observedOn, p.value, p.sourceKind])).toEqual([
      ['2025-10-01', 1, 'ad-hoc'],
      ['2025-11-01', 2, 'note'],
      ['2025-12-01', 1.5, 'ad-hoc'],
    ]);
    expect(implication.points[1]).toMatchObject({
      sourceTitle: 'Ride-along, Leeds',
      evidence: 'Asked what happens if nothing changes',
    });
    // Weight shows how much each counts today: older and verdicts count less.
    expect(implication.points[0]!.weight).toBeLessThan(implication.points[1]!.weight);
    expect(implication.estimate).toMatchObject({ observationCount: 3, lastObservedOn: '2025-12-01' });
    expect(implication.trend).toHaveLength(3);
    expect(implication.trend.at(-1)!.level).toBe(implication.estimate!.level);
    expect(implication.verdict.kind).toBe('not-enough-evidence');

    await observe(IMPLICATION, '2026-01-15', { level: 3 });
    await observe(IMPLICATION, '2026-02-20', { level: 4 });
    progress = await value(core, 'progress.rep', { repId });
    implication = progress.behaviours.find((b) => b.behaviourId === IMPLICATION)!;
    expect(implication.verdict).toMatchObject({ kind: 'improving', observationsInWindow: 5 });
    expect(implication.estimate!.level).toBeGreaterThan(2.5);
  });

  it('keeps an archived behaviour’s history, flagged, and follows a merge', async () => {
    await observe(IMPLICATION, '2026-01-10', { level: 2 });
    await observe(NEXT_STEP, '2026-01-12', { level: 3 });
    await value(core, 'behaviours.archive', { id: IMPLICATION });
    let progress = await value(core, 'progress.rep', { repId });
    expect(progress.behaviours.find((b) => b.behaviourId === IMPLICATION)?.archived).toBe(true);
    await value(core, 'behaviours.merge', { sourceId: IMPLICATION, targetId: NEXT_STEP });
    progress = await value(core, 'progress.rep', { repId });
    expect(progress.behaviours.map((b) => [b.behaviourId, b.points.length])).toEqual([[NEXT_STEP, 2]]);
  });
});

describe('development goals', () => {
  it('sets a goal, tracks progress on new evidence, shows it in the prep brief, changes and removes it', async () => {
    await observe(IMPLICATION, '2026-02-01', { level: 2 });
    const goal = await value(core, 'progress.createGoal', {
      repId,
      behaviourId: IMPLICATION,
      targetLevel: 3,
      dueOn: '2026-05-01',
      note: 'Two implication questions on every discovery call',
    });
    expect(goal).toMatchObject({
      setOn: '2026-03-02',
      progress: { startLevel: 2, state: 'no-evidence-yet' },
    });
    expect(core.events.at(-1)).toEqual({
      name: 'progress.changed',
      payload: { ids: [goal.id], repIds: [repId] },
    });
    core.clock.advance(3 * 86_400_000);
    await observe(IMPLICATION, '2026-03-04', { level: 3 });
    await observe(IMPLICATION, '2026-03-05', { level: 4 });
    const progress = await value(core, 'progress.rep', { repId });
    expect(progress.goals[0]!.progress).toMatchObject({ observationsSince: 2, state: 'reached' });
    expect(progress.behaviours[0]!.goal?.id).toBe(goal.id);
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.goals.map((g) => [g.behaviourName, g.targetLevel, g.progress.state])).toEqual([
      ['Asks implication questions before presenting a solution', 3, 'reached'],
    ]);
    const changed = await value(core, 'progress.updateGoal', {
      id: goal.id,
      revision: goal.revision,
      targetLevel: 4,
      dueOn: goal.dueOn,
      note: null,
    });
    expect(changed).toMatchObject({ targetLevel: 4, revision: 2, note: null });
    expect(
      await call(core, 'progress.updateGoal', {
        id: goal.id,
        revision: 1,
        targetLevel: 3,
        dueOn: goal.dueOn,
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await value(core, 'progress.deleteGoal', { id: goal.id });
    expect((await value(core, 'progress.rep', { repId })).goals).toEqual([]);
  });

  it('shows a goal on a behaviour not yet observed', async () => {
    await value(core, 'progress.createGoal', {
      repId,
      behaviourId: NEXT_STEP,
      targetLevel: 3,
      dueOn: '2026-06-01',
    });
    const progress = await value(core, 'progress.rep', { repId });
    expect(progress.behaviours).toMatchObject([{ behaviourId: NEXT_STEP, points: [], estimate: null }]);
  });

  it('refuses bad goals with a message at the field, changing nothing', async () => {
    await value(core, 'progress.createGoal', {
      repId,
      behaviourId: IMPLICATION,
      targetLevel: 3,
      dueOn: '2026-06-01',
    });
    const before = snapshotRows(core);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ dueOn: '2026-03-02' }, 'dueOn', /after today/],
      [{ targetLevel: 1 }, 'targetLevel', /from 2 to 4/],
      [{ targetLevel: 5 }, 'targetLevel', /from 2 to 4/],
      [{ behaviourId: IMPLICATION }, 'behaviourId', /already has a goal/],
      [{ behaviourId: 'bhv-missing' }, 'behaviourId', /Choose a behaviour/],
      [{ dueOn: '2026-02-30' }, 'dueOn', /does not exist/],
    ];
    for (const [change, field, message] of cases) {
      const result = await call(core, 'progress.createGoal', {
        repId,
        behaviourId: NEXT_STEP,
        targetLevel: 3,
        dueOn: '2026-06-01',
        ...change,
      } as never);
      expect(result.ok, JSON.stringify(change)).toBe(false);
      if (result.ok) continue;
      expect(result.error.details?.issues?.[0]).toMatchObject({ path: [field] });
      expect(result.error.details?.issues?.[0]?.message).toMatch(message);
    }
    expect(snapshotRows(core)).toEqual(before);
  });

  it('moves with a merged behaviour and blocks deleting a behaviour it names', async () => {
    const custom = await value(core, 'behaviours.create', {
      name: 'Sends a recap within a day',
      definition: 'Sends the buyer a written recap within one working day.',
      competencyId: (await value(core, 'library.get', {})).competencies[0]!.id,
      stageIds: [(await value(core, 'library.get', {})).stages[0]!.id],
      methodologies: [],
      rubric: ['Never', 'Sometimes', 'Usually', 'Always, same day'],
    } as never);
    const goal = await value(core, 'progress.createGoal', {
      repId,
      behaviourId: custom.id,
      targetLevel: 3,
      dueOn: '2026-06-01',
    });
    expect(await call(core, 'behaviours.delete', { id: custom.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/development goal/) },
    });
    await value(core, 'behaviours.merge', { sourceId: custom.id, targetId: NEXT_STEP });
    expect((await value(core, 'progress.rep', { repId })).goals).toMatchObject([
      { id: goal.id, behaviourId: NEXT_STEP },
    ]);
  });
});

describe('the team at a glance', () => {
  it('has a cell only where there is evidence, so blind spots stay blank', async () => {
    const quiet = (await value(core, 'people.create', { name: 'Emily Chen' })).id;
    await observe(IMPLICATION, '2026-02-01', { level: 2 });
    await observe(IMPLICATION, '2026-02-10', { level: 3 });
    const team = await value(core, 'progress.team', {});
    expect(team.reps.map((r) => r.name).sort()).toEqual(['Emily Chen', 'Jonas Berg']);
    expect(team.behaviourCells).toEqual([
      // (2 × ½^(29/90) + 3 × ½^(20/90)) / (½^(29/90) + ½^(20/90)) = 2.52
      {
        repId,
        behaviourId: IMPLICATION,
        level: 2.5,
        observationCount: 2,
        lastObservedOn: '2026-02-10',
        trend: 'not-enough-evidence',
      },
    ]);
    expect(team.behaviourCells.some((c) => c.repId === quiet)).toBe(false);
    expect(team.competencyCells).toHaveLength(1);
    const implication = team.behaviours.find((b) => b.id === IMPLICATION)!;
    expect(implication).toMatchObject({ observationCount: 2, recentCount: 2 });
    expect(team.behaviours.filter((b) => b.observationCount === 0).length).toBe(team.behaviours.length - 1);
    expect(team.attentionWarnings).toContain('Emily Chen has no observations in this period.');
  });

  it('counts commitments kept per rep with the same rule as the rep’s one-to-ones', async () => {
    const m = await heldMeeting('2026-01-05', []);
    const kept = await value(core, 'commitments.create', {
      oneOnOneId: m.id,
      text: 'Recap Norland',
      dueOn: '2026-01-20',
    });
    await value(core, 'commitments.create', {
      oneOnOneId: m.id,
      text: 'Map the buying group',
      dueOn: '2026-02-01',
    });
    await value(core, 'commitments.setStatus', { id: kept.id, status: 'done' });
    const team = await value(core, 'progress.team', {});
    const own = await value(core, 'commitments.completion', { repId });
    expect(team.commitments.find((c) => c.repId === repId)!.quarters).toEqual(own);
    expect(own.at(-1)).toMatchObject({ period: '2026 Q1', due: 2, done: 1, rate: 0.5 });
  });
});

describe('did coaching work', () => {
  it('compares the weeks before and after each focus period and sums them up in words', async () => {
    // Focus on implication questions set on 1 December, kept on 15 December (same period).
    await observe(IMPLICATION, '2025-11-05', { level: 1 });
    await observe(IMPLICATION, '2025-11-25', { level: 2 });
    await heldMeeting('2025-12-01', [IMPLICATION]);
    await heldMeeting('2025-12-15', [IMPLICATION, NEXT_STEP]);
    await observe(IMPLICATION, '2025-12-20', { level: 3 });
    await observe(IMPLICATION, '2026-01-05', { level: 3 });
    // Next step: only one observation after.
    await observe(NEXT_STEP, '2025-12-01', { level: 2 });
    await observe(NEXT_STEP, '2025-12-10', { level: 2 });
    await observe(NEXT_STEP, '2026-01-10', { level: 2 });
    // A meeting that was planned but never held sets no focus period.
    const planned = await value(core, 'oneOnOnes.create', { repId, date: '2026-01-20' });
    await value(core, 'oneOnOnes.setFocus', { id: planned.id, behaviourIds: ['bhv-sets-up-front-contract'] });

    const effect = await value(core, 'progress.coaching', { weeks: 6 });
    expect(
      effect.periods.map((p) => [p.behaviourId, p.setOn, p.outcome, p.before.level, p.after.level]),
    ).toEqual([
      [NEXT_STEP, '2025-12-15', 'too-little-evidence', 2, 2],
      [IMPLICATION, '2025-12-01', 'higher', 1.5, 3],
    ]);
    expect(effect.summary.sentence).toBe(
      'Of 1 focus period with enough evidence, 1 was followed by a higher level, 0 by about the same and 0 by a lower one. 1 more cannot be judged yet (1 with too little evidence).',
    );
    expect(effect.byRep).toMatchObject([{ repId, total: 2, higher: 1 }]);
    // Two weeks either side: too little evidence for both.
    expect((await value(core, 'progress.coaching', { weeks: 2 })).summary.decided).toBe(0);
    expect(await call(core, 'progress.coaching', { weeks: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['weeks'] }] } },
    });
  });
});

describe('a behaviour across the team', () => {
  it('lists each rep with evidence: level now, trend and count', async () => {
    const other = (await value(core, 'people.create', { name: 'Aisha Okafor' })).id;
    await observe(IMPLICATION, '2026-02-01', { level: 3 });
    await observe(IMPLICATION, '2026-02-03', { verdict: 'strength' }, {}, other);
    const breakdown = await value(core, 'progress.behaviour', { behaviourId: IMPLICATION });
    expect(
      breakdown.reps.map((r) => [r.repName, r.estimate.level, r.estimate.observationCount, r.verdict.kind]),
    ).toEqual([
      ['Aisha Okafor', 3.5, 1, 'not-enough-evidence'],
      ['Jonas Berg', 3, 1, 'not-enough-evidence'],
    ]);
  });
});

describe('on the demo data', () => {
  it('has enough evidence around focus periods for coaching’s effect to show, following each rep’s story', async () => {
    const { seedDemo } = await import('../../electron/core/demo');
    const { sequentialIds } = await import('../helpers/core');
    const demo = makeCore();
    try {
      seedDemo(demo, demo.clock, sequentialIds('demo'));
      // Each front-line manager wrote their own team's history: read the team as each of them.
      const managers = (await value(demo, 'workspace.people', {})).filter(
        (p) => p.name === 'Marcus Webb' || p.name === 'Priya Raman',
      );
      expect(managers).toHaveLength(2);
      const summary = { decided: 0, tooLittleEvidence: 0 };
      type RepEffect = { repId: string; repName: string; higher: number; lower: number; managerId: string };
      const byRep: RepEffect[] = [];
      for (const manager of managers) {
        await actAs(demo, manager.id);
        const effect = await value(demo, 'progress.coaching', { weeks: 6 });
        summary.decided += effect.summary.decided;
        summary.tooLittleEvidence += effect.summary.tooLittleEvidence;
        byRep.push(...effect.byRep.map((r) => ({ ...r, managerId: manager.id })));
        // The heat map has evidence for every rep the manager sees.
        const team = await value(demo, 'progress.team', {});
        expect(team.reps.length, manager.name).toBeGreaterThan(0);
        for (const r of team.reps)
          expect(
            team.behaviourCells.some((c) => c.repId === r.id),
            r.name,
          ).toBe(true);
      }
      expect(summary.decided).toBeGreaterThanOrEqual(30);
      expect(summary.tooLittleEvidence).toBeLessThan(summary.decided / 4);
      const rep = (name: string) => byRep.find((r) => r.repName === name)!;
      expect(rep('Emily Chen').higher, 'Emily responds to coaching').toBeGreaterThan(rep('Emily Chen').lower);
      expect(rep('Jonas Berg').lower, 'Jonas slips').toBeGreaterThan(rep('Jonas Berg').higher);
      // Tom (who responds to coaching) shows improving trends, to his manager.
      await actAs(demo, rep('Tom Fielding').managerId);
      const progress = await value(demo, 'progress.rep', { repId: rep('Tom Fielding').repId });
      expect(progress.behaviours.filter((b) => b.verdict.kind === 'improving').length).toBeGreaterThanOrEqual(
        3,
      );
    } finally {
      demo.close();
    }
  });
});
