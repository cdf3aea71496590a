import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { makeCore, type TestCore, value } from '../helpers/core';

const behaviourId = DEFAULT_BEHAVIOURS[3]!.id;
const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function countIn(core: TestCore): Promise<number> {
  const library = await value(core, 'library.get', {});
  return library.behaviours.find((b) => b.id === behaviourId)!.observationCount;
}

describe('behaviour library observation counts', () => {
  it('follow every write, this connection’s and another process’s on the same file', async () => {
    const core = makeCore();
    cores.push(core);
    const repId = (await value(core, 'people.create', { name: 'Aisha Okafor' })).id;
    const observe = (on: TestCore) =>
      value(on, 'observations.create', { repId, behaviourId, observedOn: '2026-02-27', verdict: 'gap' });
    expect(await countIn(core)).toBe(0);
    const first = await observe(core);
    expect(await countIn(core)).toBe(1);
    expect(await countIn(core)).toBe(1);

    // The browser mode and the desktop app may have the same file open.
    const other = makeCore({ file: core.file });
    cores.push(other);
    await observe(other);
    expect(await countIn(core)).toBe(2);
    await value(other, 'observations.delete', { id: first.id });
    expect(await countIn(core)).toBe(1);
    expect(await countIn(other)).toBe(1);
  });
});
