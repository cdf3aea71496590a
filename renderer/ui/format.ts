import { formatDate as formatCalendarDate } from '../../shared/dates';

/** 2024-03-14 → "14 Mar 2024" (in the user's locale: "Mar 14, 2024" in the US); nothing for no date. */
export function formatDate(isoDate: string | null): string {
  return isoDate ? formatCalendarDate(isoDate, 'medium') : '';
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
