// Timing helpers shared by the suites: runs through the real dispatcher, interleaved with the raw query
// for the same answer so both see the same machine load (the machine is shared and busy).
import { performance } from 'node:perf_hooks';
import type { Core } from '../../electron/core/core';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import type { Measured } from './suite';

/** Fewer runs with BENCH_QUICK=1, for iterating; the figures in docs/performance.md use the default. */
export const QUICK = process.env.BENCH_QUICK === '1';

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A dispatcher call that must succeed: a benchmark of an error path would measure nothing. */
export async function callOk<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const result = await core.dispatcher.call(method, input);
  if (!result.ok) throw new Error(`${method} failed (${result.error.code}): ${result.error.message}`);
  return result.value as OutputOf<M>;
}

export interface Comparison {
  what: string;
  runs?: number;
  budgetP95Ms?: number;
  note?: string;
  app: () => unknown;
  raw?: () => unknown;
}

/** Runs `app` and `raw` alternately `runs` times after a warm-up; returns the samples of each. */
export async function compare(c: Comparison): Promise<Measured> {
  const runs = QUICK ? Math.min(c.runs ?? 50, 15) : (c.runs ?? 50);
  const warmup = Math.max(2, Math.floor(runs / 10));
  const samples: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    let start = performance.now();
    await c.app();
    const appMs = performance.now() - start;
    let rawMs = 0;
    if (c.raw) {
      start = performance.now();
      await c.raw();
      rawMs = performance.now() - start;
    }
    if (i < warmup) continue;
    samples.push(appMs);
    if (c.raw) raw.push(rawMs);
  }
  return {
    what: c.what,
    samples,
    ...(c.raw ? { raw } : {}),
    ...(c.budgetP95Ms !== undefined ? { budgetP95Ms: c.budgetP95Ms } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
}

/** One figure that is not a timing series (bytes, a single open): printed in the note column. */
export function figure(what: string, note: string, samples: number[] = [], budgetP95Ms?: number): Measured {
  return { what, samples, note, ...(budgetP95Ms !== undefined ? { budgetP95Ms } : {}) };
}
