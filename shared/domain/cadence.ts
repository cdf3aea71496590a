import { addCalendarMonths, addDays } from '../dates';

/** How often a manager means to meet a rep one-to-one. */
export const CADENCES = ['weekly', 'fortnightly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
  monthly: 'Monthly',
};

/** The date the next one-to-one is due after one held on `lastMet`. A month is a calendar month. */
export function nextDueDate(lastMet: string, cadence: Cadence): string {
  if (cadence === 'weekly') return addDays(lastMet, 7);
  if (cadence === 'fortnightly') return addDays(lastMet, 14);
  return addCalendarMonths(lastMet, 1);
}

/**
 * Days after the due date (or after today, when that has passed) within which a planned one-to-one
 * still counts as meeting the cadence: a weekly rep met on Tuesday instead of Monday is not "overdue".
 */
export const GRACE_DAYS: Record<Cadence, number> = { weekly: 2, fortnightly: 4, monthly: 7 };

/** Due within a week, with nothing planned in time, counts as "due soon". */
export const DUE_SOON_DAYS = 7;

export const CADENCE_STATES = [
  'on-track',
  'planned',
  'due-soon',
  'overdue',
  'never-met',
  'no-cadence',
] as const;
export type CadenceState = (typeof CADENCE_STATES)[number];

/**
 * Where a rep stands against their cadence. `planned`: the due date is passed or near, and the next
 * one-to-one is planned within the grace window, so nothing needs doing but to hold it.
 */
export function cadenceState(input: {
  cadence: Cadence | null;
  lastMetOn: string | null;
  nextOn: string | null;
  today: string;
}): { state: CadenceState; dueOn: string | null } {
  const { cadence, lastMetOn, nextOn, today } = input;
  if (!cadence) return { state: 'no-cadence', dueOn: null };
  if (!lastMetOn) return { state: nextOn ? 'planned' : 'never-met', dueOn: null };
  const dueOn = nextDueDate(lastMetOn, cadence);
  if (nextOn && nextOn <= dueOn) return { state: 'on-track', dueOn };
  const late = dueOn < today;
  if (nextOn && nextOn <= addDays(late ? today : dueOn, GRACE_DAYS[cadence]))
    return { state: 'planned', dueOn };
  if (late) return { state: 'overdue', dueOn };
  // A meeting planned past the grace window will miss the due date: worth a look before it does.
  if (nextOn || dueOn <= addDays(today, DUE_SOON_DAYS)) return { state: 'due-soon', dueOn };
  return { state: 'on-track', dueOn };
}
