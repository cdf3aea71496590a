import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TEAM, seedDemoTeam } from '../../electron/core/demo/team';
import { makeCore, sequentialIds, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeCore();
});
afterEach(() => core.close());

const seed = () =>
  seedDemoTeam({
    db: core.database.db,
    sqlite: core.database.sqlite,
    clock: core.clock,
    newId: sequentialIds('demo'),
  });

describe('the demo team', () => {
  it('has at least six active reps, each with a role, region, start date and manager', async () => {
    seed();
    const reps = await value(core, 'people.list', { kind: 'rep' });
    expect(reps.length).toBeGreaterThanOrEqual(6);
    for (const rep of reps) {
      expect(rep.title, rep.name).toBeTruthy();
      expect(rep.region, rep.name).toBeTruthy();
      expect(rep.managerName, rep.name).toBeTruthy();
      expect(rep.startDate! <= '2026-03-02', rep.name).toBe(true);
      expect(
        new Date(`${rep.startDate}T00:00:00Z`).getUTCDay() % 6,
        `${rep.name} starts on a working day`,
      ).not.toBe(0);
    }
    const archived = await value(core, 'people.list', { status: 'archived' });
    expect(archived.map((p) => p.name)).toEqual(DEMO_TEAM.filter((p) => p.archived).map((p) => p.name));
  });

  it('refuses a database that already has data, and writes nothing', async () => {
    await value(core, 'people.create', { name: 'My Real Rep' });
    const before = snapshotRows(core);
    expect(seed).toThrow(/already has data/);
    expect(snapshotRows(core)).toEqual(before);
  });
});

describe('the whole demo', () => {
  it('is written in one transaction: a failure part-way leaves the database as it was', async () => {
    const { seedDemo } = await import('../../electron/core/demo');
    // The demo history uses this behaviour; archived, its observations are refused half-way through.
    await value(core, 'behaviours.archive', { id: 'bhv-asks-implication-questions' });
    const before = snapshotRows(core);
    expect(() => seedDemo(core, core.clock, sequentialIds('demo'))).toThrow(/Demo history/);
    expect(snapshotRows(core)).toEqual(before);
    expect(await value(core, 'people.list', { status: 'all' })).toEqual([]);
  });

  it('writes the team and its history when the database is new', async () => {
    const { seedDemo } = await import('../../electron/core/demo');
    const counts = seedDemo(core, core.clock, sequentialIds('demo'));
    expect(counts.observations).toBeGreaterThan(150);
    expect(counts.notes).toBeGreaterThanOrEqual(3);
  });
});
