import {
  addDays as addCalendarDays,
  addMonths,
  differenceInCalendarDays,
  format,
  intlFormat,
  isValid,
  parseISO,
} from 'date-fns';

/**
 * Dates, once for the whole app: what "today" is, calendar arithmetic on `YYYY-MM-DD` dates, and how a
 * date is shown. Dates travel as `YYYY-MM-DD` text; a calendar date has no time zone, so arithmetic runs
 * on the local calendar (date-fns), never through UTC instants.
 */

/** Where "now" comes from: the system clock in the app, a fixed one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Date's day on this computer's calendar, `YYYY-MM-DD`. */
export function isoDateOf(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Today on the user's calendar, `YYYY-MM-DD`, plus `offsetDays`. Coachbench runs on the user's own
 * computer, so its local date is the user's "today": UTC would be a day off in the evening west of
 * Greenwich and in the morning east of it.
 */
export function today(clock: Clock = systemClock, offsetDays = 0): string {
  return isoDateOf(addCalendarDays(clock.now(), offsetDays));
}

/**
 * Whether `value` is a `YYYY-MM-DD` date that exists: no 31 February, no 29 February outside a leap year,
 * and no year before 0100. Those years are not merely unlikely: `Date.UTC` and `new Date(y, m, d)` read
 * years 0–99 as 1900–1999, so "0050-03-01" would silently become a date in 1950.
 */
export function isRealCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match || Number(match[1]) < 100) return false;
  const date = parseISO(value);
  return isValid(date) && isoDateOf(date) === value;
}

/** The calendar date `days` after `isoDate` (before, when negative). */
export function addDays(isoDate: string, days: number): string {
  return isoDateOf(addCalendarDays(parseISO(isoDate), days));
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 → 28 February). */
export function addCalendarMonths(isoDate: string, months: number): string {
  return isoDateOf(addMonths(parseISO(isoDate), months));
}

/** Whole calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

const STYLES = {
  /** 14 Mar 2026 */
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  /** 14 March 2026 */
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  /** Saturday 14 March 2026 */
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** 14 March */
  dayMonth: { day: 'numeric', month: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

/**
 * A `YYYY-MM-DD` date as the user reads dates: in their locale (a BCP 47 tag such as "en-GB"; by default
 * the one this computer or browser is set to), with the order, month names and punctuation it uses.
 */
export function formatDate(isoDate: string, style: DateStyle = 'medium', locale?: string): string {
  return intlFormat(parseISO(isoDate), STYLES[style], { locale: locale ?? systemLocale() });
}

/** The locale this computer or browser is set to, as a BCP 47 tag. */
export function systemLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
