import { z } from 'zod';
import { isRealCalendarDate } from '../dates';

export const idSchema = z.string().min(1, 'An id is required').max(64, 'That id is too long');

/** A calendar date, `YYYY-MM-DD`, that exists (no 31 February, no year 0050: see isRealCalendarDate). */
export const isoDateSchema = z
  .string()
  // abort: a date in another format gets one message, not also "does not exist".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date like 2026-03-14', abort: true })
  .refine(isRealCalendarDate, 'That date does not exist');

/** An instant, ISO-8601 in UTC. */
export const isoInstantSchema = z.iso.datetime({ offset: false });

/** Optional free text: trimmed; missing or empty becomes null. */
export function optionalText(max: number, label: string) {
  return z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} can be at most ${max} characters`)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));
}

export function requiredText(max: number, label: string) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} can be at most ${max} characters`);
}

export const emptyInput = z.object({}).strict();

/** The input of every method that takes one record by id. */
export const byIdInput = z.object({ id: idSchema }).strict();
/** The id and revision a caller last saw, for edits that must not overwrite someone else's. */
export const revisionedInput = { id: idSchema, revision: z.number().int().positive() };
