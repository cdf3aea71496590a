import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiCallHandler } from '../../electron/main/ipc';
import { makeCore, snapshotRows, type TestCore } from '../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeCore();
});
afterEach(() => core.close());

const ours = { frameUrl: 'app://coachbench/index.html', fromOurWindow: true };

describe('the Electron IPC adapter', () => {
  it('passes calls from our window’s app frame to the dispatcher', async () => {
    const handle = createApiCallHandler(core.dispatcher);
    expect(await handle(ours, 'people.create', { name: 'Emily Chen' })).toMatchObject({
      ok: true,
      value: { name: 'Emily Chen' },
    });
  });

  it('refuses frames from another origin or another window, and changes nothing', async () => {
    const handle = createApiCallHandler(core.dispatcher);
    const before = snapshotRows(core);
    for (const sender of [
      { frameUrl: 'https://attacker.example/', fromOurWindow: true },
      { frameUrl: 'file:///tmp/page.html', fromOurWindow: true },
      { frameUrl: 'app://coachbench/index.html', fromOurWindow: false },
    ]) {
      expect(await handle(sender, 'people.create', { name: 'Intruder' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(snapshotRows(core)).toEqual(before);
  });

  it('rejects a method name that is not text, and unknown methods', async () => {
    const handle = createApiCallHandler(core.dispatcher);
    expect(await handle(ours, { toString: () => 'people.list' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await handle(ours, 'people.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });
});
