import { format, parseISO } from 'date-fns';

/** 2024-03-14 → 14 Mar 2024 */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '';
  return format(parseISO(isoDate), 'd MMM yyyy');
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
