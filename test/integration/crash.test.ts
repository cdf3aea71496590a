import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script (npm run test:crash), without type declarations.
import { runCrashTest } from '../../scripts/crash-test.mjs';

/**
 * The short version of `npm run test:crash` (scripts/crash-test.mjs): three SIGKILLs of the real server
 * while it is writing, each followed by integrity_check and a check that every acknowledged write is there.
 * Bounded by counts (rounds, writes), not by time.
 */
describe('crash test (short)', () => {
  it('keeps every acknowledged write across SIGKILLs, and the file stays intact', async () => {
    const lines: string[] = [];
    const result = (await runCrashTest({
      rounds: 3,
      writes: 40,
      seed: 17,
      log: (line: string) => lines.push(line),
    })) as {
      rounds: number;
      acknowledged: number;
    };
    expect(result.rounds).toBe(3);
    expect(lines).toHaveLength(3);
    expect(result.acknowledged).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
