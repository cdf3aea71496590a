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
