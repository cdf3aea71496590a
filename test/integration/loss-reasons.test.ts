import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_REASONS } from '../../shared/domain/default-loss-reasons';
import { call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeCore();
});
afterEach(() => core.close());

describe('the loss-reason taxonomy', () => {
  it('starts with the default reasons, in order, each with its creation in the history', async () => {
    const reasons = await value(core, 'lossReasons.list', {});
    expect(reasons.map((r) => r.name)).toEqual(DEFAULT_LOSS_REASONS.map((r) => r.name));
    expect(reasons.map((r) => r.name)).toContain('Decision process not understood');
    expect(await value(core, 'lossReasons.history', { id: 'loss-price' })).toEqual([
      expect.objectContaining({ kind: 'created', name: 'Price', previousName: null }),
    ]);
  });

  it('keeps every rename and archive in the history, and an archived reason stays listed when asked for', async () => {
    const price = (await value(core, 'lossReasons.list', {})).find((r) => r.id === 'loss-price')!;
    core.clock.advance(60_000);
    const renamed = await value(core, 'lossReasons.update', {
      id: price.id,
      revision: price.revision,
      name: 'Price pressure',
      description: 'The buyer said price, with value established.',
    });
    expect(renamed).toMatchObject({ name: 'Price pressure', revision: price.revision + 1 });
    await value(core, 'lossReasons.archive', { id: price.id });

    const history = await value(core, 'lossReasons.history', { id: price.id });
    expect(history.map((h) => [h.kind, h.name, h.previousName])).toEqual([
      ['created', 'Price', null],
      ['renamed', 'Price pressure', 'Price'],
      ['archived', 'Price pressure', null],
    ]);
    expect((await value(core, 'lossReasons.list', {})).map((r) => r.id)).not.toContain(price.id);
    const all = await value(core, 'lossReasons.list', { includeArchived: true });
    expect(all.find((r) => r.id === price.id)?.archivedAt).not.toBeNull();

    await value(core, 'lossReasons.unarchive', { id: price.id });
    expect((await value(core, 'lossReasons.history', { id: price.id })).at(-1)?.kind).toBe('unarchived');
    expect(core.events.filter((e) => e.name === 'lossReasons.changed')).toHaveLength(3);
  });

  it('refuses a name already used (archived ones too), a stale revision and an unknown reason, changing nothing', async () => {
    await value(core, 'lossReasons.archive', { id: 'loss-champion-lost' });
    const before = snapshotRows(core);
    expect(await call(core, 'lossReasons.create', { name: '  champion LOST ' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('archived: unarchive it instead'),
        details: { issues: [{ path: ['name'] }] },
      },
    });
    const price = (await value(core, 'lossReasons.list', {})).find((r) => r.id === 'loss-price')!;
    expect(
      await call(core, 'lossReasons.update', { id: price.id, revision: price.revision + 1, name: 'Cost' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(core, 'lossReasons.archive', { id: 'loss-nothing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call(core, 'lossReasons.create', { name: '' })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        details: { issues: [{ path: ['name'], message: 'Name is required' }] },
      },
    });
    expect(snapshotRows(core)).toEqual(before);
  });

  it('adds a reason at the end and reorders only with every reason given once', async () => {
    const added = await value(core, 'lossReasons.create', { name: 'Legal terms', description: null });
    const all = await value(core, 'lossReasons.list', { includeArchived: true });
    expect(all.at(-1)?.id).toBe(added.id);
    const reversed = all.map((r) => r.id).reverse();
    expect((await value(core, 'lossReasons.reorder', { ids: reversed })).map((r) => r.id)).toEqual(reversed);
    expect(await call(core, 'lossReasons.reorder', { ids: reversed.slice(1) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['ids'] }] } },
    });
  });
});
