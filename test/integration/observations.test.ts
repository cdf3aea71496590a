import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
let otherRepId: string;
const behaviourId = DEFAULT_BEHAVIOURS[5]!.id;
beforeEach(async () => {
  core = makeCore();
  repId = (await value(core, 'people.create', { name: 'Aisha Okafor' })).id;
  otherRepId = (await value(core, 'people.create', { name: 'Tom Fielding' })).id;
});
afterEach(() => core.close());

describe('observations', () => {
  it('records an ad-hoc observation with its author, and lists it', async () => {
    const me = await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' });
    const { managerName, archivedAt, createdAt, updatedAt, directReports, ...aisha } = await value(
      core,
      'people.get',
      { id: repId },
    );
    await value(core, 'people.update', { ...aisha, managerId: me.id });
    await value(core, 'workspace.claim', { personId: me.id });
    const created = await value(core, 'observations.create', {
      repId,
      behaviourId,
      observedOn: '2026-02-27',
      verdict: 'strength',
      comment: 'Asked who else signs before we talked price.',
    });
    expect(created).toMatchObject({
      repName: 'Aisha Okafor',
      behaviourName: DEFAULT_BEHAVIOURS[5]!.name,
      behaviourNameThen: DEFAULT_BEHAVIOURS[5]!.name,
      sourceKind: 'ad-hoc',
      sourceId: null,
      authorName: 'Marcus Webb',
      visibility: 'private',
      level: null,
      verdict: 'strength',
      anchorState: null,
    });
    expect(await value(core, 'observations.list', { repId })).toHaveLength(1);
    expect(core.events.at(-1)).toEqual({
      name: 'observations.changed',
      payload: { ids: [created.id], repIds: [repId], countsChanged: true },
    });
  });

  it('filters by behaviour, competency, stage, source and level', async () => {
    const b = DEFAULT_BEHAVIOURS;
    await value(core, 'observations.create', {
      repId,
      behaviourId: b[0]!.id,
      observedOn: '2026-01-10',
      level: 1,
    });
    await value(core, 'observations.create', {
      repId,
      behaviourId: b[20]!.id,
      observedOn: '2026-01-20',
      level: 3,
    });
    await value(core, 'observations.create', {
      repId,
      behaviourId: b[40]!.id,
      observedOn: '2026-02-01',
      verdict: 'gap',
    });
    await value(core, 'observations.create', {
      repId: otherRepId,
      behaviourId: b[0]!.id,
      observedOn: '2026-02-02',
      level: 4,
    });
    const names = async (filter: Record<string, unknown>) =>
      (await value(core, 'observations.list', { repId, ...filter })).map((o) => o.observedOn);
    expect(await names({})).toEqual(['2026-02-01', '2026-01-20', '2026-01-10']);
    expect(await names({ behaviourId: b[20]!.id })).toEqual(['2026-01-20']);
    expect(await names({ competencyId: b[40]!.competencyId })).toContain('2026-02-01');
    expect(await names({ stageId: b[0]!.stageIds[0] })).toContain('2026-01-10');
    expect(await names({ level: 3 })).toEqual(['2026-01-20']);
    expect(await names({ verdict: 'gap' })).toEqual(['2026-02-01']);
    expect(await names({ sourceKind: 'note' })).toEqual([]);
    expect(await names({ from: '2026-01-15', to: '2026-01-31' })).toEqual(['2026-01-20']);
  });

  it('requires exactly one of a level and a verdict, and a valid level', async () => {
    const both = await call(core, 'observations.create', {
      repId,
      behaviourId,
      observedOn: '2026-01-01',
      level: 2,
      verdict: 'gap',
    });
    expect(both).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['level'] }] } },
    });
    const none = await call(core, 'observations.create', { repId, behaviourId, observedOn: '2026-01-01' });
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const five = await call(core, 'observations.create', {
      repId,
      behaviourId,
      observedOn: '2026-01-01',
      level: 5,
    });
    expect(five).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['level'], message: 'The level must be from 1 to 4' }] } },
    });
    expect(snapshotRows(core).observations).toEqual([]);
  });

  it('validates that the rep, behaviour and source exist and belong together', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ repId: 'nobody' }, 'repId'],
      [{ behaviourId: 'bhv-nothing' }, 'behaviourId'],
      [{ sourceKind: 'note', sourceId: 'no-such-note' }, 'sourceId'],
      [{ sourceKind: 'ad-hoc', sourceId: 'something' }, 'sourceId'],
      [{ observedOn: '2027-01-01' }, 'observedOn'],
    ];
    const otherNote = await value(core, 'notes.create', { repId: otherRepId, title: 'Pipeline chat' });
    cases.push([{ sourceKind: 'note', sourceId: otherNote.id }, 'sourceId']);
    cases.push([
      {
        sourceKind: 'note',
        sourceId: otherNote.id,
        repId: otherRepId,
        anchor: { kind: 'mark', documentId: 'elsewhere' },
      },
      'anchor',
    ]);
    for (const [override, path] of cases) {
      const result = await call(core, 'observations.create', {
        repId,
        behaviourId,
        observedOn: '2026-01-01',
        level: 2,
        ...override,
      } as never);
      expect(result, JSON.stringify(override)).toMatchObject({
        ok: false,
        error: { details: { issues: [{ path: [path] }] } },
      });
    }
    expect(snapshotRows(core).observations).toEqual([]);
  });

  it('updates with a revision check, and records the new name when the behaviour changes', async () => {
    const obs = await value(core, 'observations.create', {
      repId,
      behaviourId,
      observedOn: '2026-01-01',
      level: 2,
    });
    const other = DEFAULT_BEHAVIOURS[6]!;
    const updated = await value(core, 'observations.update', {
      id: obs.id,
      revision: 1,
      behaviourId: other.id,
      observedOn: '2026-01-02',
      level: 3,
      comment: 'Better on the second call.',
      visibility: 'shared',
    });
    expect(updated).toMatchObject({
      behaviourNameThen: other.name,
      level: 3,
      visibility: 'shared',
      revision: 2,
    });
    const stale = await call(core, 'observations.update', {
      id: obs.id,
      revision: 1,
      behaviourId,
      observedOn: '2026-01-02',
      level: 1,
      comment: null,
      visibility: 'private',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await value(core, 'observations.delete', { id: obs.id })).toEqual({ id: obs.id });
    expect(await call(core, 'observations.get', { id: obs.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
