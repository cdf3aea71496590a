import type { OneOnOne, RepCadence } from '../../shared/contract';
import { daysBetween, formatDate, today } from '../../shared/dates';

export type CadenceState = RepCadence['state'];
export type MeetingStatus = OneOnOne['status'];

export const STATE_LABELS: Record<CadenceState, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'on-track': 'On track',
  planned: 'Planned',
  'never-met': 'Never met',
  'no-cadence': 'No cadence',
};

/** Worst first: the overview puts the reps who most need a one-to-one at the top. */
export const STATE_ORDER: Record<CadenceState, number> = {
  overdue: 0,
  'never-met': 1,
  'due-soon': 2,
  planned: 3,
  'on-track': 4,
  'no-cadence': 5,
};

export const STATUS_LABELS: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};

/** 2026-03-14 → "Saturday 14 March 2026", in the user's locale. */
export function longDate(isoDate: string): string {
  return formatDate(isoDate, 'full');
}

/** "today", "tomorrow", "in 3 days", "2 weeks ago": how far a date is from today on this computer. */
export function relativeDay(isoDate: string, from = today()): string {
  const days = daysBetween(from, isoDate);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  const abs = Math.abs(days);
  const span =
    abs < 14 ? `${abs} days` : abs < 60 ? `${Math.round(abs / 7)} weeks` : `${Math.round(abs / 30)} months`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The date a new one-to-one is offered for: when it is due, unless that has passed. */
export function suggestedDate(dueOn: string | null | undefined): string {
  const now = today();
  return dueOn && dueOn > now ? dueOn : now;
}
