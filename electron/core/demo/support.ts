import type { ApiResult, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { type Clock, today } from '../../../shared/dates';
import type { Dispatcher } from '../dispatch';

/** Shared by the demo seeders: deterministic randomness, weekday dates, and checked calls. */
export const DAY = 24 * 60 * 60 * 1000;

/** mulberry32: small, fast and the same everywhere. */
export function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable seed from a name. */
export function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}

export const isWeekend = (ms: number) => {
  const day = new Date(ms).getUTCDay();
  return day === 0 || day === 6;
};
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dateMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The user's today (shared/dates), as the midnight the demo's day arithmetic counts from. */
export const todayMs = (clock: Clock) => dateMs(today(clock));

export function backToWeekday(ms: number): number {
  let day = ms;
  while (isWeekend(day)) day -= DAY;
  return day;
}

export function forwardToWeekday(ms: number): number {
  let day = ms;
  while (isWeekend(day)) day += DAY;
  return day;
}

export type DemoCall = <M extends MethodName>(
  dispatcher: Dispatcher,
  method: M,
  input: InputOf<M>,
) => OutputOf<M>;

/** A dispatcher call that must succeed; a failure names the seeding stage, the method and the error. */
export function demoCaller(stage: string): DemoCall {
  return (dispatcher, method, input) => {
    const result = dispatcher.callNow(method, input) as ApiResult<OutputOf<typeof method>>;
    if (!result.ok)
      throw new Error(`${stage}: ${method} failed (${result.error.code}): ${result.error.message}`);
    return result.value;
  };
}
