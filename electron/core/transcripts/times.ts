import { TranscriptError } from './types';

/**
 * The time grammars, from strict to forgiving:
 * - `cue`: .vtt and .srt cue times. [hours:]mm:ss[.fff] with two-digit minutes and seconds below 60; the
 *   fraction may use '.' or ',' (SRT writers and VTT writers each borrow the other's) and 1–3 digits.
 * - `stamp`: times written at the start of a transcript line: [h:]m:ss[.f], e.g. 1:23, 00:01:23, 1:02:03.5.
 * - `loose`: the time lines of older Teams .docx transcripts, which drop leading zeros: 0:0:5.1 --> 0:0:8.25.
 */
export type TimeGrammar = 'cue' | 'stamp' | 'loose';

const GRAMMARS: Record<TimeGrammar, RegExp> = {
  cue: /^(?:(\d+):)?(\d{2}):(\d{2})(?:[.,](\d{1,3}))?$/,
  stamp: /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,7}))?$/,
  loose: /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,7}))?$/,
};

const EXPECTED: Record<TimeGrammar, string> = {
  cue: 'hh:mm:ss.mmm',
  stamp: 'h:mm:ss or m:ss',
  loose: 'h:mm:ss.mmm',
};

/**
 * The longest time a transcript may hold: 99:59:59.999 is the largest hh:mm:ss there is, and a call is
 * hours long at most. Without a bound, "9999999999:00:00" (or 400 digits of hours) became a time of
 * years, or Infinity, which no later arithmetic or message survives.
 */
export const MAX_HOURS = 99;
export const MAX_TIME_MS = 100 * 3_600_000;

type Reading = number | 'not-a-time' | 'out-of-range';

function read(token: string, grammar: TimeGrammar): Reading {
  const match = GRAMMARS[grammar].exec(token);
  if (!match) return 'not-a-time';
  const hours = match[1] === undefined ? 0 : Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3]);
  // Without hours, minutes may run past 59 ("75:12"); with hours, 01:75:00 is a typo, not a time.
  if (seconds > 59 || (match[1] !== undefined && minutes > 59)) return 'not-a-time';
  if (!(hours <= MAX_HOURS)) return 'out-of-range';
  const fraction = match[4] === undefined ? 0 : Math.round(Number(`0.${match[4]}`) * 1000);
  const ms = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
  return ms <= MAX_TIME_MS ? ms : 'out-of-range';
}

/** Milliseconds, or null when the token is not a time in that grammar (or is past MAX_TIME_MS). */
export function readTime(token: string, grammar: TimeGrammar): number | null {
  const reading = read(token, grammar);
  return typeof reading === 'number' ? reading : null;
}

/** A token shaped like a time in that grammar whose value is too large to be one (more than 99 hours). */
export function isOutOfRangeTime(token: string, grammar: TimeGrammar): boolean {
  return read(token, grammar) === 'out-of-range';
}

/** Like readTime, but a bad token is an error naming the line: it is already known to be meant as a time. */
export function requireTime(
  token: string,
  grammar: TimeGrammar,
  where: { line: number; cue?: number; unit?: string; expected?: string },
): number {
  const reading = checkTime(token, grammar, where);
  if (typeof reading === 'string') throw new TranscriptError(reading, where);
  return reading;
}

/**
 * Milliseconds, or the message saying why the token is not a time. A reader that leaves a bad cue out
 * (cue-files.ts) uses this rather than catching requireTime's error: building an Error captures a stack,
 * which made a file of 150,000 bad cues take three times as long as one of good cues.
 */
export function checkTime(
  token: string,
  grammar: TimeGrammar,
  where: { line: number; unit?: string; expected?: string },
): number | string {
  const unit = where.unit ?? 'line';
  if (/^-\d/.test(token))
    return `${unit} ${where.line}: '${shorten(token)}' is a negative time; times start at zero.`;
  const reading = read(token, grammar);
  if (reading === 'out-of-range') {
    return `${unit} ${where.line}: '${shorten(token)}' is too late to be a time in a call; times in a transcript stop at ${MAX_HOURS}:59:59.999.`;
  }
  if (reading === 'not-a-time') {
    return `${unit} ${where.line}: '${shorten(token)}' is not a valid time (expected ${where.expected ?? EXPECTED[grammar]}).`;
  }
  return reading;
}

/** hh:mm:ss.mmm, for messages. */
export function formatTime(ms: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(ms % 1000, 3)}`;
}

export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function shorten(token: string): string {
  return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}
