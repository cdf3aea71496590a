import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Observation } from '../../shared/contract';
import { BEHAVIOUR_TAG_MARK, collectBehaviourTags } from '../../shared/rich-text/behaviour-tags';
import { seedDemoCoachingHistory } from '../../electron/core/demo/coaching-history';
import { DEMO_TEAM, seedDemoTeam } from '../../electron/core/demo/team';
import { giveAuthorlessToManagers } from '../../db/repositories/workspace';
import { actAs, makeCore, sequentialIds, type TestCore, value } from '../helpers/core';

let core: TestCore;
let ids: Map<string, string>;
let counts: { observations: number; notes: number };

async function seed(target: TestCore) {
  const people = seedDemoTeam({
    db: target.database.db,
    sqlite: target.database.sqlite,
    clock: target.clock,
    newId: sequentialIds('demo'),
  });
  const written = await seedDemoCoachingHistory(
    {
      db: target.database.db,
      sqlite: target.database.sqlite,
      clock: target.clock,
      newId: sequentialIds('demo-history'),
      dispatcher: target.dispatcher,
    },
    people,
  );
  // As seedDemo does: each rep's manager is the author of their history.
  giveAuthorlessToManagers(target.database.db);
  return { people, written };
}

beforeEach(async () => {
  core = makeCore();
  ({ people: ids, written: counts } = await seed(core));
});
afterEach(() => core.close());

const TODAY = '2026-03-02'; // the fixed test clock
const monthsBefore = (months: number) => {
  const [y, m, d] = TODAY.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
};
const daysBefore = (days: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

const ACTIVE_REPS = DEMO_TEAM.filter((p) => p.kind === 'rep' && !p.archived);

const managerKeyOf = (key: string) => DEMO_TEAM.find((p) => p.key === key)!.manager!;

/** A rep's observations, read as their manager (who wrote them, shared and private). */
async function observationsOf(key: string): Promise<Observation[]> {
  await actAs(core, ids.get(managerKeyOf(key))!);
  const list = await value(core, 'observations.list', { repId: ids.get(key)!, limit: 5000 });
  // Oldest first.
  return [...list].reverse();
}

const mean = (levels: number[]) => levels.reduce((a, b) => a + b, 0) / levels.length;

/** Mean level of the first and last thirds of a rep's levelled observations, in date order. */
function thirds(observations: Observation[]) {
  const levels = observations.filter((o) => o.level !== null).map((o) => o.level!);
  const third = Math.floor(levels.length / 3);
  return { first: mean(levels.slice(0, third)), last: mean(levels.slice(-third)) };
}

describe('the demo coaching history', () => {
  it('gives every active rep a year of observations by their manager, on weekdays, none in the future or before they started', async () => {
    const from = daysBefore(366);
    let total = 0;
    for (const person of ACTIVE_REPS) {
      await actAs(core, ids.get(managerKeyOf(person.key))!);
      const rep = await value(core, 'people.get', { id: ids.get(person.key)! });
      const observations = await observationsOf(person.key);
      total += observations.length;
      expect(observations.length, rep.name).toBeGreaterThanOrEqual(person.key === 'emily' ? 15 : 25);
      expect(observations.length, rep.name).toBeLessThanOrEqual(45);
      const behaviours = new Set(observations.map((o) => o.behaviourId));
      expect(behaviours.size, rep.name).toBeGreaterThanOrEqual(8);
      expect(behaviours.size, rep.name).toBeLessThanOrEqual(14);
      for (const o of observations) {
        const label = `${rep.name} ${o.observedOn}`;
        expect(o.observedOn < TODAY, label).toBe(true);
        expect(o.observedOn >= from, label).toBe(true);
        expect(o.observedOn >= rep.startDate!, label).toBe(true);
        expect(new Date(`${o.observedOn}T00:00:00Z`).getUTCDay() % 6, `${label} is a weekday`).not.toBe(0);
        expect(o.authorId, label).toBe(ids.get(managerKeyOf(person.key)));
        expect(o.authorName, label).toBe(rep.managerName);
        expect((o.level === null) !== (o.verdict === null), label).toBe(true);
      }
      // Spread over the rep's time, not bunched: something in the last month.
      expect(observations.at(-1)!.observedOn >= daysBefore(31), rep.name).toBe(true);
      // Mostly private, some shared.
      const shared = observations.filter((o) => o.visibility === 'shared').length;
      expect(shared, rep.name).toBeGreaterThan(0);
      expect(shared, rep.name).toBeLessThan(observations.length / 2);
    }
    expect(total).toBe(counts.observations);
    const emily = (await observationsOf('emily')).length;
    for (const key of ['aisha', 'tom', 'daniel', 'sophie', 'jonas'])
      expect((await observationsOf(key)).length).toBeGreaterThan(emily);
    const archived = DEMO_TEAM.find((p) => p.archived)!;
    expect(await observationsOf(archived.key)).toEqual([]);
    // An SDR is observed on prospecting, first contact and qualification only.
    const sdrCompetencies = new Set((await observationsOf('emily')).map((o) => o.competencyId));
    expect(sdrCompetencies.has('comp-negotiation-objections')).toBe(false);
    expect(sdrCompetencies.has('comp-prospecting-targeting')).toBe(true);
  });

  it('tells each rep’s story in the numbers', async () => {
    const tom = thirds(await observationsOf('tom'));
    const emily = thirds(await observationsOf('emily'));
    const aisha = thirds(await observationsOf('aisha'));
    const daniel = thirds(await observationsOf('daniel'));
    expect(tom.last - tom.first, 'Tom improves').toBeGreaterThanOrEqual(0.8);
    expect(emily.last - emily.first, 'Emily improves').toBeGreaterThanOrEqual(0.8);
    expect(Math.abs(aisha.last - aisha.first), 'Aisha is steady').toBeLessThanOrEqual(0.4);
    expect(Math.min(aisha.first, aisha.last), 'Aisha is strong').toBeGreaterThanOrEqual(3);
    expect(Math.abs(daniel.last - daniel.first), 'Daniel is flat').toBeLessThanOrEqual(0.4);
    expect(daniel.first, 'Daniel sits around 2 to 3').toBeGreaterThanOrEqual(2);
    expect(daniel.last, 'Daniel sits around 2 to 3').toBeLessThanOrEqual(3);

    // Sophie: the business case and negotiation improve.
    const sophie = thirds(
      (await observationsOf('sophie')).filter((o) =>
        ['comp-value-business-case', 'comp-negotiation-objections'].includes(o.competencyId),
      ),
    );
    expect(sophie.last - sophie.first, 'Sophie improves on value and negotiation').toBeGreaterThanOrEqual(
      0.8,
    );

    // Jonas: pipeline honesty falls away over the last four months.
    const pipeline = (await observationsOf('jonas')).filter(
      (o) => o.competencyId === 'comp-pipeline-forecasting-crm' && o.level !== null,
    );
    const lastFour = pipeline.filter((o) => o.observedOn >= monthsBefore(4)).map((o) => o.level!);
    const fourBefore = pipeline
      .filter((o) => o.observedOn >= monthsBefore(8) && o.observedOn < monthsBefore(4))
      .map((o) => o.level!);
    expect(lastFour.length).toBeGreaterThanOrEqual(4);
    expect(fourBefore.length).toBeGreaterThanOrEqual(4);
    expect(mean(fourBefore) - mean(lastFour), 'Jonas slips').toBeGreaterThanOrEqual(0.8);
  });

  it('writes coaching notes whose tagged passages are the evidence of anchored observations', async () => {
    // Each manager writes about their own team: read as each of them.
    const byManager = new Map<string, string[]>();
    const fromNotes: Observation[] = [];
    for (const manager of ['marcus', 'priya']) {
      await actAs(core, ids.get(manager)!);
      const theirs = await value(core, 'observations.list', { sourceKind: 'note', limit: 5000 });
      fromNotes.push(...theirs);
      byManager.set(manager, [...new Set(theirs.map((o) => o.sourceId!))]);
    }
    const noteIds = [...new Set(fromNotes.map((o) => o.sourceId!))];
    expect(noteIds.length).toBe(counts.notes);
    const repsWithNotes = new Set<string>();
    let overlaps = 0;
    for (const id of noteIds) {
      const manager = [...byManager].find(([, notes]) => notes.includes(id))![0];
      await actAs(core, ids.get(manager)!);
      const note = await value(core, 'notes.get', { id });
      repsWithNotes.add(note.repId);
      const tags = collectBehaviourTags(note.doc);
      const mine = fromNotes.filter((o) => o.sourceId === id);
      expect(tags.size, note.title).toBeGreaterThanOrEqual(2);
      expect(tags.size, note.title).toBeLessThanOrEqual(4);
      expect([...tags.keys()].sort(), note.title).toEqual(mine.map((o) => o.id).sort());
      expect(note.observationCount, note.title).toBe(mine.length);
      for (const o of mine) {
        expect(o.anchor, o.id).toMatchObject({ kind: 'mark', documentId: id });
        expect(o.anchorState, o.id).toBe('anchored');
        expect(o.repId, o.id).toBe(note.repId);
        expect(o.evidence, o.id).toBe(tags.get(o.id));
        expect(o.sourceTitle, o.id).toBe(note.title);
        expect(o.observedOn >= monthsBefore(3) && o.observedOn < TODAY, o.id).toBe(true);
      }
      const walk = (node: unknown): void => {
        const n = node as { marks?: { type: string }[]; content?: unknown[] };
        if ((n.marks ?? []).filter((m) => m.type === BEHAVIOUR_TAG_MARK).length >= 2) overlaps += 1;
        for (const child of n.content ?? []) walk(child);
      };
      walk(note.doc);
    }
    expect(repsWithNotes.size).toBeGreaterThanOrEqual(3);
    expect(overlaps).toBeGreaterThanOrEqual(1);
  });

  it('is the same every time, relative to its date', async () => {
    const other = makeCore();
    try {
      await seed(other);
      const shape = async (target: TestCore) =>
        (await value(target, 'observations.list', { limit: 5000 })).map((o) => [
          o.repName,
          o.behaviourId,
          o.observedOn,
          o.level,
          o.verdict,
          o.comment,
          o.evidence,
          o.visibility,
        ]);
      expect(await shape(other)).toEqual(await shape(core));
    } finally {
      other.close();
    }
  });
});
