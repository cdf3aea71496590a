import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type MethodName } from '../../shared/contract';
import { call, makeCore, silentLogger, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
beforeEach(async () => {
  core = makeCore();
  const m = await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' });
  await value(core, 'people.create', { name: 'Tom Fielding', managerId: m.id });
});
afterEach(() => core.close());

/** Inputs that no method accepts: wrong top-level types, and unknown fields (every input is strict). */
const MALFORMED: unknown[] = [42, 'text', [], true, { unexpectedField: 1 }];

describe('the dispatcher', () => {
  const methods = Object.keys(contract) as MethodName[];

  it.each(methods)('%s rejects malformed input with INVALID_INPUT and changes nothing', async (method) => {
    const before = snapshotRows(core);
    for (const input of MALFORMED) {
      const result = await core.dispatcher.call(method, input);
      expect(result, `${method} with ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      if (!result.ok) expect(result.error.details?.issues?.length).toBeGreaterThan(0);
    }
    expect(snapshotRows(core)).toEqual(before);
    expect(core.events).toHaveLength(2);
  });

  it('rejects an unknown method, including names inherited from Object', async () => {
    for (const method of ['people.delete', 'toString', '__proto__', 'constructor', '']) {
      expect(await core.dispatcher.call(method, {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
    }
  });

  it('runs mutations one at a time, in the order they were called', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `Rep ${String(i).padStart(2, '0')}`);
    const results = await Promise.all(names.map((name) => call(core, 'people.create', { name })));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = results.map((r) => (r.ok ? r.value.id : ''));
    expect(ids).toEqual([...ids].sort());
  });

  it('turns an unexpected failure into INTERNAL without leaking the stack, and rolls back', async () => {
    const before = snapshotRows(core);
    core.database.sqlite.exec(
      "CREATE TRIGGER explode BEFORE INSERT ON people WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    const result = await call(core, 'people.create', { name: 'Boom' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Coachbench hit an internal error. Nothing was saved.' },
    });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(silentLogger.errors.length).toBeGreaterThan(0);
    expect(snapshotRows(core)).toEqual(before);
  });

  it('answers app.info with the data file and schema version', async () => {
    const info = await value(core, 'app.info', {});
    expect(info).toMatchObject({ name: 'Coachbench', dataFile: core.file, transport: 'http' });
    expect(info.schemaVersion).toBeGreaterThan(0);
  });
});

describe('the dispatcher’s promises', () => {
  it('rolls back a write whose result breaks the contract, so “nothing was saved” is true', async () => {
    const core = makeCore();
    // A start date no calendar has slips past the database but not the output contract.
    const before = snapshotRows(core);
    core.database.sqlite.exec(
      "CREATE TRIGGER corrupt AFTER INSERT ON people BEGIN UPDATE people SET created_at = 'not a time' WHERE id = NEW.id; END",
    );
    const result = await call(core, 'people.create', { name: 'Broken Output' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'Coachbench hit an internal error. Nothing was saved.' },
    });
    expect(snapshotRows(core)).toEqual(before);
    core.close();
  });

  it('answers a pathologically nested input with an error, not a crash', async () => {
    const core = makeCore();
    let doc: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 20_000; i++) doc = { type: 'paragraph', content: [doc] };
    const result = await core.dispatcher.call('notes.save', {
      id: 'x',
      revision: 1,
      title: 'x',
      doc: { type: 'doc', content: [doc] },
    });
    expect(result.ok).toBe(false);
    core.close();
  });
});
