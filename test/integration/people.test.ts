import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeCore();
});
afterEach(() => core.close());

const rep = (name: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'rep' as const, ...extra });
const rep_ = rep;

describe('people', () => {
  it('adds a rep with a manager and lists them with the manager name', async () => {
    const manager = await value(core, 'people.create', {
      name: 'Marcus Webb',
      kind: 'manager',
      title: 'Sales Manager',
    });
    const created = await value(core, 'people.create', {
      name: '  Tom Fielding ',
      title: 'Account Executive',
      team: 'Enterprise',
      managerId: manager.id,
      region: 'UK North',
      segment: '',
      startDate: '2025-09-01',
      email: 'tom@example.com',
    });
    expect(created).toMatchObject({
      name: 'Tom Fielding',
      kind: 'rep',
      managerName: 'Marcus Webb',
      segment: null,
      startDate: '2025-09-01',
      archivedAt: null,
      revision: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    const list = await value(core, 'people.list', {});
    expect(list.map((p) => p.name)).toEqual(['Marcus Webb', 'Tom Fielding']);
    const detail = await value(core, 'people.get', { id: manager.id });
    expect(detail.directReports.map((p) => p.name)).toEqual(['Tom Fielding']);
  });

  it('filters by status, kind and search text (including the manager name)', async () => {
    const m = await value(core, 'people.create', { name: 'Priya Raman', kind: 'manager' });
    const a = await value(core, 'people.create', rep('Jonas Berg', { region: 'Nordics', managerId: m.id }));
    await value(core, 'people.create', rep('Emily Chen', { title: 'SDR' }));
    await value(core, 'people.archive', { id: a.id });
    const names = async (input: Parameters<typeof value<'people.list'>>[2]) =>
      (await value(core, 'people.list', input)).map((p) => p.name);
    expect(await names({})).toEqual(['Emily Chen', 'Priya Raman']);
    expect(await names({ status: 'archived' })).toEqual(['Jonas Berg']);
    expect(await names({ status: 'all', kind: 'rep' })).toEqual(['Emily Chen', 'Jonas Berg']);
    expect(await names({ status: 'all', search: 'nord' })).toEqual(['Jonas Berg']);
    expect(await names({ status: 'all', search: 'priya' })).toEqual(['Jonas Berg', 'Priya Raman']);
    // LIKE wildcards typed by the user are taken literally.
    expect(await names({ status: 'all', search: '%' })).toEqual([]);
  });

  it('archives without deleting and unarchives', async () => {
    const p = await value(core, 'people.create', rep('Sophie Laurent'));
    core.clock.advance(60_000);
    const archived = await value(core, 'people.archive', { id: p.id });
    expect(archived.archivedAt).toBe('2026-03-02T09:01:00.000Z');
    expect(snapshotRows(core).people).toHaveLength(1);
    const back = await value(core, 'people.unarchive', { id: p.id });
    expect(back.archivedAt).toBeNull();
    expect(back.revision).toBe(3);
  });

  it('refuses an edit made on an older revision, and keeps the newer one', async () => {
    const p = await value(core, 'people.create', rep('Aisha Okafor'));
    const fields = { name: 'Aisha Okafor', kind: 'rep' as const, region: 'London' };
    await value(core, 'people.update', { ...fields, id: p.id, revision: 1 });
    const stale = await call(core, 'people.update', { ...fields, region: 'Paris', id: p.id, revision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await value(core, 'people.get', { id: p.id })).region).toBe('London');
  });

  it('rejects manager loops, self-management, unknown and archived managers', async () => {
    const boss = await value(core, 'people.create', { name: 'Claire Donovan', kind: 'manager' });
    const mid = await value(core, 'people.create', {
      name: 'Marcus Webb',
      kind: 'manager',
      managerId: boss.id,
    });
    const loop = await call(core, 'people.update', {
      name: 'Claire Donovan',
      kind: 'manager',
      managerId: mid.id,
      id: boss.id,
      revision: 1,
    });
    expect(loop).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['managerId'] }] } },
    });
    const self = await call(core, 'people.update', {
      name: 'Claire Donovan',
      kind: 'manager',
      managerId: boss.id,
      id: boss.id,
      revision: 1,
    });
    expect(self).toMatchObject({ ok: false, error: { message: 'A person cannot be their own manager.' } });
    const unknown = await call(core, 'people.create', rep('X', { managerId: 'nope' }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await value(core, 'people.archive', { id: mid.id });
    const archived = await call(core, 'people.create', rep('Y', { managerId: mid.id }));
    expect(archived).toMatchObject({
      ok: false,
      error: { message: 'Marcus Webb is archived; choose an active manager.' },
    });
    expect(snapshotRows(core).people).toHaveLength(2);
  });

  it('takes managers only as managers, and keeps a manager with reports a manager', async () => {
    const rep = await value(core, 'people.create', rep_('Jonas Berg'));
    const managed = await call(core, 'people.create', rep_('Emily Chen', { managerId: rep.id }));
    expect(managed).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['managerId'] }] } } });
    const boss = await value(core, 'people.create', { name: 'Priya Raman', kind: 'manager' });
    await value(core, 'people.create', rep_('Emily Chen', { managerId: boss.id }));
    const demoted = await call(core, 'people.update', {
      name: 'Priya Raman',
      kind: 'rep',
      id: boss.id,
      revision: 1,
    });
    expect(demoted).toMatchObject({
      ok: false,
      error: { message: 'Priya Raman manages Emily Chen; give them another manager first.' },
    });
  });

  it('keeps a reporting line to a manager who was archived later', async () => {
    const m = await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' });
    const r = await value(core, 'people.create', rep('Tom Fielding', { managerId: m.id }));
    await value(core, 'people.archive', { id: m.id });
    const edited = await value(core, 'people.update', {
      name: 'Tom Fielding',
      managerId: m.id,
      region: 'Leeds',
      id: r.id,
      revision: 1,
    });
    expect(edited).toMatchObject({ managerName: 'Marcus Webb', region: 'Leeds' });
  });

  it('refuses a second person with the same email, whatever the case', async () => {
    await value(core, 'people.create', rep('A', { email: 'dana@example.com' }));
    const dup = await call(core, 'people.create', rep('B', { email: 'Dana@Example.com' }));
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { issues: [{ path: ['email'] }] } },
    });
  });

  it('validates dates, lengths and email format with field paths', async () => {
    const bad = await call(
      core,
      'people.create',
      rep('', { startDate: '2026-02-30', email: 'not-an-email', team: 'x'.repeat(81) }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('INVALID_INPUT');
    const paths = bad.error.details?.issues?.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'startDate', 'email', 'team']));
    expect(snapshotRows(core).people).toHaveLength(0);
  });

  it('reports a missing person as NOT_FOUND', async () => {
    expect(await call(core, 'people.get', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call(core, 'people.archive', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('pushes people.changed only after a mutation commits', async () => {
    const p = await value(core, 'people.create', rep('Daniel Kowalski'));
    await call(core, 'people.create', rep('Bad', { managerId: 'missing' }));
    await value(core, 'people.archive', { id: p.id });
    expect(core.events).toEqual([
      { name: 'people.changed', payload: { ids: [p.id] } },
      { name: 'people.changed', payload: { ids: [p.id] } },
    ]);
  });
});
