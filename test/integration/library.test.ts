import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_BEHAVIOURS,
  DEFAULT_COMPETENCIES,
  DEFAULT_STAGES,
} from '../../shared/domain/default-library';
import { call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore();
  repId = (await value(core, 'people.create', { name: 'Jonas Berg' })).id;
});
afterEach(() => core.close());

const rubric = [
  'Never seen.',
  'Sometimes, with prompting.',
  'In most calls.',
  'Every call; teaches others.',
] as [string, string, string, string];
const fields = (name: string) => ({
  name,
  definition: 'Asks the buyer to name everyone who signs off on the purchase.',
  competencyId: DEFAULT_COMPETENCIES[0]!.id,
  stageIds: [DEFAULT_STAGES[1]!.id],
  methodologies: ['MEDDPICC' as const],
  rubric,
});
const observe = (behaviourId: string, observedOn = '2026-02-10') =>
  value(core, 'observations.create', {
    repId,
    behaviourId,
    observedOn,
    level: 2,
    comment: 'From a ride-along.',
  });

describe('the behaviour library', () => {
  it('ships the default library in order, once', async () => {
    const library = await value(core, 'library.get', {});
    expect(library.stages.map((s) => s.id)).toEqual(DEFAULT_STAGES.map((s) => s.id));
    expect(library.competencies.map((c) => c.id)).toEqual(DEFAULT_COMPETENCIES.map((c) => c.id));
    expect(library.behaviours).toHaveLength(DEFAULT_BEHAVIOURS.length);
    expect(library.behaviours.every((b) => b.rubric.length === 4 && b.stageIds.length > 0)).toBe(true);
    // Reopening the same file does not add the defaults again.
    core.close();
    core = makeCore({ file: core.file });
    expect((await value(core, 'library.get', {})).behaviours).toHaveLength(DEFAULT_BEHAVIOURS.length);
  });

  it('adds, edits and keeps the history of a behaviour; observations keep the name they were made under', async () => {
    const created = await value(core, 'behaviours.create', fields('Maps every signatory'));
    const obs = await observe(created.id);
    core.clock.advance(60_000);
    const renamed = await value(core, 'behaviours.update', {
      ...fields('Maps the paper process'),
      id: created.id,
      revision: 1,
    });
    expect(renamed.name).toBe('Maps the paper process');
    const after = await value(core, 'observations.get', { id: obs.id });
    expect(after).toMatchObject({
      behaviourNameThen: 'Maps every signatory',
      behaviourName: 'Maps the paper process',
    });
    const detail = await value(core, 'behaviours.get', { id: created.id });
    expect(detail.history.map((h) => [h.kind, h.name])).toEqual([
      ['created', 'Maps every signatory'],
      ['edited', 'Maps the paper process'],
    ]);
    expect(detail.history[1]!.summary).toContain('renamed from “Maps every signatory”');
    const stale = await call(core, 'behaviours.update', { ...fields('Other'), id: created.id, revision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('rejects duplicate names, unknown stages and competencies, and bad rubrics with field paths', async () => {
    const dup = await call(core, 'behaviours.create', fields(DEFAULT_BEHAVIOURS[0]!.name.toUpperCase()));
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { issues: [{ path: ['name'] }] } },
    });
    const stage = await call(core, 'behaviours.create', { ...fields('X'), stageIds: ['stage-nope'] });
    expect(stage).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['stageIds', 0] }] } } });
    const comp = await call(core, 'behaviours.create', { ...fields('X'), competencyId: 'comp-nope' });
    expect(comp).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['competencyId'] }] } } });
    const three = await call(core, 'behaviours.create', { ...fields('X'), rubric: ['a', 'b', 'c'] as never });
    expect(three).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('never deletes a used behaviour; archives and merges instead, moving observations', async () => {
    const [a, b] = (await value(core, 'library.get', {})).behaviours;
    await observe(a!.id, '2026-01-05');
    await observe(a!.id, '2026-01-06');
    await observe(b!.id, '2026-01-07');
    const refused = await call(core, 'behaviours.delete', { id: a!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const before = (await value(core, 'observations.list', { repId })).length;
    const merged = await value(core, 'behaviours.merge', { sourceId: a!.id, targetId: b!.id });
    expect(merged.movedObservations).toBe(2);
    expect(merged.target.observationCount).toBe(3);
    const list = await value(core, 'observations.list', { repId });
    expect(list).toHaveLength(before);
    expect(list.every((o) => o.behaviourId === b!.id)).toBe(true);
    expect(list.filter((o) => o.behaviourNameThen === a!.name)).toHaveLength(2);
    const source = await value(core, 'behaviours.get', { id: a!.id });
    expect(source).toMatchObject({ mergedIntoId: b!.id, observationCount: 0 });
    expect(source.archivedAt).not.toBeNull();
    expect(await call(core, 'behaviours.unarchive', { id: a!.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('deletes an unused behaviour, archives and unarchives', async () => {
    const created = await value(core, 'behaviours.create', fields('Unused one'));
    await value(core, 'behaviours.archive', { id: created.id });
    expect(
      await call(core, 'observations.create', {
        repId,
        behaviourId: created.id,
        observedOn: '2026-01-01',
        verdict: 'gap',
      }),
    ).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['behaviourId'] }] } },
    });
    await value(core, 'behaviours.unarchive', { id: created.id });
    expect(await value(core, 'behaviours.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await call(core, 'behaviours.get', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to delete a behaviour that a scorecard names', async () => {
    const created = await value(core, 'behaviours.create', fields('On a scorecard only'));
    await value(core, 'scorecardTemplates.save', {
      name: 'Quick check',
      callTypeIds: [],
      lines: [{ behaviourId: created.id, weight: 1, critical: false }],
    });
    expect(await call(core, 'behaviours.delete', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/scorecard/) },
    });
    const twice = await call(core, 'scorecardTemplates.save', {
      name: 'Twice',
      callTypeIds: [],
      lines: [
        { behaviourId: created.id, weight: 1, critical: false },
        { behaviourId: created.id, weight: 2, critical: true },
      ],
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['lines', 1, 'behaviourId'] }] } },
    });
  });

  it('reorders with every id exactly once', async () => {
    const ids = (await value(core, 'library.get', {})).behaviours.map((b) => b.id);
    const swapped = [ids[1]!, ids[0]!, ...ids.slice(2)];
    const result = await value(core, 'behaviours.reorder', { ids: swapped });
    expect(result.map((b) => b.id).slice(0, 2)).toEqual(swapped.slice(0, 2));
    expect(await call(core, 'behaviours.reorder', { ids: ids.slice(1) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('edits, adds and reorders stages and competencies', async () => {
    const stage = await value(core, 'stages.create', { name: 'Partner co-selling', description: null });
    expect(stage.position).toBe(DEFAULT_STAGES.length);
    await value(core, 'stages.update', {
      id: stage.id,
      name: 'Partner co-sell',
      description: 'With resellers.',
    });
    const ids = (await value(core, 'library.get', {})).stages.map((s) => s.id);
    const reordered = await value(core, 'stages.reorder', {
      ids: [stage.id, ...ids.filter((id) => id !== stage.id)],
    });
    expect(reordered[0]).toMatchObject({ name: 'Partner co-sell', description: 'With resellers.' });
    const clash = await call(core, 'competencies.create', {
      name: DEFAULT_COMPETENCIES[0]!.name,
      description: null,
    });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('changes nothing when a mutation fails half-way', async () => {
    const before = snapshotRows(core);
    const [a] = (await value(core, 'library.get', {})).behaviours;
    expect(await call(core, 'behaviours.merge', { sourceId: a!.id, targetId: 'bhv-missing' })).toMatchObject({
      ok: false,
    });
    expect(snapshotRows(core)).toEqual(before);
  });
});
