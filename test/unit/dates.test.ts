import { afterEach, describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../shared/contract/common';
import {
  addCalendarMonths,
  addDays,
  daysBetween,
  formatDate,
  isRealCalendarDate,
  systemLocale,
  today,
} from '../../shared/dates';
import { nextDueDate } from '../../shared/domain/cadence';

const at = (instant: string) => ({ now: () => new Date(instant) });

// Node reads TZ again whenever it changes, so one process can stand in for users around the world.
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('today', () => {
  it('is the date on the user’s own calendar, not in UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(today(at('2026-03-03T05:30:00Z'))).toBe('2026-03-02'); // 21:30 the evening before
    process.env.TZ = 'Asia/Tokyo';
    expect(today(at('2026-03-02T20:00:00Z'))).toBe('2026-03-03'); // 05:00 the next morning
    process.env.TZ = 'UTC';
    expect(today(at('2026-03-02T23:59:59Z'))).toBe('2026-03-02');
  });

  it('counts calendar days from it, across month ends and a clock change', () => {
    process.env.TZ = 'Europe/London';
    expect(today(at('2026-03-28T12:00:00Z'), 1)).toBe('2026-03-29'); // British Summer Time starts
    expect(today(at('2026-03-28T23:30:00Z'), 1)).toBe('2026-03-29'); // still GMT: 23:30 on the 28th
    expect(today(at('2026-03-29T23:30:00Z'), 1)).toBe('2026-03-31'); // BST: 00:30 on the 30th
    expect(today(at('2026-03-01T09:00:00Z'), -1)).toBe('2026-02-28');
  });

  it('reads the system clock when none is given', () => {
    const before = new Date();
    const now = today();
    const after = new Date();
    expect([today({ now: () => before }), today({ now: () => after })]).toContain(now);
  });
});

describe('calendar arithmetic', () => {
  it('adds days whatever the time zone, across a clock change and leap days', () => {
    for (const tz of ['UTC', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe']) {
      process.env.TZ = tz;
      expect(addDays('2026-03-28', 2), tz).toBe('2026-03-30');
      expect(addDays('2026-10-24', 2), tz).toBe('2026-10-26');
      expect(addDays('2024-02-28', 1), tz).toBe('2024-02-29');
      expect(addDays('2026-03-01', -1), tz).toBe('2026-02-28');
      expect(addDays('2025-12-31', 1), tz).toBe('2026-01-01');
      expect(daysBetween('2026-03-01', '2026-04-01'), tz).toBe(31);
      expect(daysBetween('2026-10-01', '2026-11-01'), tz).toBe(31);
      expect(daysBetween('2026-03-10', '2026-03-03'), tz).toBe(-7);
    }
  });

  it('adds calendar months, keeping to the month’s last day when it is shorter', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addCalendarMonths('2026-05-31', -3)).toBe('2026-02-28');
  });

  it('puts a monthly one-to-one on the same day next month, or that month’s last day', () => {
    expect(nextDueDate('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextDueDate('2026-03-14', 'monthly')).toBe('2026-04-14');
    expect(nextDueDate('2026-12-20', 'monthly')).toBe('2027-01-20');
    expect(nextDueDate('2026-03-25', 'weekly')).toBe('2026-04-01');
    expect(nextDueDate('2026-03-25', 'fortnightly')).toBe('2026-04-08');
  });
});

describe('a date the user typed', () => {
  it('exists only if the calendar has it', () => {
    for (const date of ['2026-03-14', '2024-02-29', '2000-02-29', '0100-01-01', '9999-12-31'])
      expect(isRealCalendarDate(date), date).toBe(true);
    for (const date of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])
      expect(isRealCalendarDate(date), date).toBe(false);
  });

  it('does not exist in the years 0000–0099, which JavaScript would read as 1900–1999', () => {
    for (const date of ['0000-01-01', '0001-01-01', '0050-03-01', '0099-12-31'])
      expect(
        isoDateSchema.safeParse(date).error?.issues.map((i) => i.message),
        date,
      ).toEqual(['That date does not exist']);
  });

  it('must be written YYYY-MM-DD', () => {
    for (const date of ['14/03/2026', '2026-3-14', '20260314', '2026-03-14T00:00:00Z', ' 2026-03-14'])
      expect(
        isoDateSchema.safeParse(date).error?.issues.map((i) => i.message),
        date,
      ).toEqual(['Use a date like 2026-03-14']);
  });
});

describe('how a date is shown', () => {
  it('follows the locale: order, month names and punctuation', () => {
    expect(formatDate('2026-03-14', 'medium', 'en-GB')).toBe('14 Mar 2026');
    expect(formatDate('2026-03-14', 'medium', 'en-US')).toBe('Mar 14, 2026');
    expect(formatDate('2026-03-14', 'long', 'en-GB')).toBe('14 March 2026');
    expect(formatDate('2026-03-14', 'long', 'de-DE')).toBe('14. März 2026');
    expect(formatDate('2026-03-14', 'full', 'en-GB')).toMatch(/^Saturday,? 14 March 2026$/);
    expect(formatDate('2026-03-14', 'full', 'fr-FR')).toBe('samedi 14 mars 2026');
    expect(formatDate('2026-02-23', 'dayMonth', 'en-GB')).toBe('23 February');
    expect(formatDate('2026-02-23', 'dayMonth', 'en-US')).toBe('February 23');
  });

  it('shows the day that was typed, whatever the time zone', () => {
    for (const tz of ['Pacific/Honolulu', 'UTC', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatDate('2026-03-01', 'long', 'en-GB'), tz).toBe('1 March 2026');
    }
  });

  it('uses the locale this computer is set to when none is given', () => {
    expect(formatDate('2026-03-14', 'long')).toBe(formatDate('2026-03-14', 'long', systemLocale()));
    expect(formatDate('2026-03-14')).toBe(formatDate('2026-03-14', 'medium', systemLocale()));
  });
});

describe('the screens’ date words', () => {
  it('say how far a date is from today in calendar days', async () => {
    const { relativeDay } = await import('../../renderer/one-on-ones/format');
    expect(relativeDay('2026-03-02', '2026-03-02')).toBe('today');
    expect(relativeDay('2026-03-03', '2026-03-02')).toBe('tomorrow');
    expect(relativeDay('2026-03-01', '2026-03-02')).toBe('yesterday');
    expect(relativeDay('2026-03-31', '2026-03-28')).toBe('in 3 days'); // across the clock change
    expect(relativeDay('2026-02-02', '2026-03-02')).toBe('4 weeks ago');
  });

  it('show a date in the user’s locale, and nothing for no date', async () => {
    const { formatDate } = await import('../../renderer/ui/format');
    const { formatDate: shared } = await import('../../shared/dates');
    expect(formatDate(null)).toBe('');
    expect(formatDate('2026-03-14')).toBe(shared('2026-03-14', 'medium', systemLocale()));
  });
});
