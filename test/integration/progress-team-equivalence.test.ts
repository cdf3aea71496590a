// The team heat map sums its levels in SQL (issue 11's 50 ms budget); these tests prove its answers are
// the ones the earlier computation gave, which read every visible observation and grouped it in JavaScript
// (kept verbatim in test/helpers/team-progress-reference.ts), on generated histories and on the demo data,
// for every kind of viewer (the visibility rule included).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { TeamProgress } from '../../shared/contract';
import type { ReadContext } from '../../electron/core/context';
import { actAs, makeCore, type TestCore, value } from '../helpers/core';
import { teamProgressReference } from '../helpers/team-progress-reference';

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.close();
  cores = [];
});

function readContext(core: TestCore): ReadContext {
  // A new object each time: the access rules are cached per context.
  return {
    db: core.database.db,
    clock: core.clock,
    transport: 'http',
    dataFile: core.file,
    schemaVersion: 0,
    appVersion: 'test',
    readOnlyReason: null,
    locale: 'en-GB',
  };
}

const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

/** The answer with its cells in one order (the heat map looks cells up by rep and behaviour). */
function normalised(team: TeamProgress) {
  return {
    ...team,
    behaviourCells: byKey(team.behaviourCells, (c) => `${c.repId} ${c.behaviourId}`),
    competencyCells: byKey(team.competencyCells, (c) => `${c.repId} ${c.competencyId}`),
  };
}

async function expectSameAsReference(core: TestCore, who: string) {
  const now = normalised(await value(core, 'progress.team', {}));
  const before = normalised(teamProgressReference(readContext(core)));
  expect(now, who).toEqual(before);
}

const observationArb = fc.record({
  rep: fc.integer({ min: 0, max: 2 }),
  behaviour: fc.integer({ min: 0, max: 2 }),
  // The test clock says 2 March 2026: up to three years back (the core refuses a date in the future).
  daysAgo: fc.integer({ min: 0, max: 1100 }),
  rating: fc.oneof(
    fc.record({ level: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ verdict: fc.constantFrom('strength' as const, 'gap' as const) }),
  ),
  visibility: fc.constantFrom('private' as const, 'shared' as const),
  // Written by the head of sales (0) or by the front-line manager (1).
  author: fc.integer({ min: 0, max: 1 }),
});

function dateDaysAgo(daysAgo: number): string {
  return new Date(Date.UTC(2026, 2, 2) - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

describe('the team heat map read', () => {
  it('gives the earlier computation’s answer on generated histories, for every viewer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(observationArb, { minLength: 0, maxLength: 60 }),
        fc.boolean(),
        async (observations, archiveOne) => {
          const core = makeCore();
          cores.push(core);
          const head = (await value(core, 'people.create', { name: 'Claire Donovan', kind: 'manager' })).id;
          const manager = (
            await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager', managerId: head })
          ).id;
          const reps: string[] = [];
          for (const name of ['Emily Chen', 'Jonas Berg', 'Tom Fielding', 'Ana Silva'])
            reps.push((await value(core, 'people.create', { name, managerId: manager })).id);
          const behaviourIds = (
            core.database.sqlite
              .prepare('SELECT id FROM behaviours WHERE archived_at IS NULL ORDER BY id LIMIT 6')
              .all() as { id: string }[]
          ).map((b) => b.id);
          const authors = [head, manager];
          for (const o of observations) {
            await actAs(core, authors[o.author]!);
            await value(core, 'observations.create', {
              repId: reps[o.rep]!,
              behaviourId: behaviourIds[o.behaviour]!,
              observedOn: dateDaysAgo(o.daysAgo),
              visibility: o.visibility,
              ...o.rating,
            });
          }
          if (archiveOne) await value(core, 'behaviours.archive', { id: behaviourIds[0]! });
          for (const [who, id] of [
            ['head of sales', head],
            ['manager', manager],
            ['a rep', reps[1]!],
          ] as const) {
            await actAs(core, id);
            await expectSameAsReference(core, who);
          }
          core.close();
          cores = cores.filter((c) => c !== core);
        },
      ),
      { numRuns: 12, seed: 11 },
    );
  }, 120_000);

  it('gives the earlier computation’s answer on the demo data, as the head of sales and as each manager', async () => {
    const { seedDemo } = await import('../../electron/core/demo');
    const { sequentialIds } = await import('../helpers/core');
    const demo = makeCore();
    cores.push(demo);
    seedDemo(demo, demo.clock, sequentialIds('demo'));
    const people = await value(demo, 'workspace.people', {});
    const viewers = people.filter((p) => ['Claire Donovan', 'Marcus Webb', 'Priya Raman'].includes(p.name));
    expect(viewers).toHaveLength(3);
    for (const viewer of viewers) {
      await actAs(demo, viewer.id);
      const team = await value(demo, 'progress.team', {});
      expect(team.behaviourCells.length, viewer.name).toBeGreaterThan(0);
      // Commitments-kept rates are compared too: the demo has commitments in the quarters they cover.
      expect(
        team.commitments.some((c) => c.quarters.some((q) => q.due > 0)),
        viewer.name,
      ).toBe(true);
      await expectSameAsReference(demo, viewer.name);
    }
  }, 60_000);
});
