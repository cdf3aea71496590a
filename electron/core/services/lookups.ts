import { localToday, type ReadContext } from '../context';
import { findOneOnOne } from '../../../db/repositories/one-on-ones';
import { AppError } from '../../../shared/contract';
/** The user's calendar date: see localToday. */
export function today(ctx: ReadContext): string {
  return localToday(ctx.clock);
}

export function requireOneOnOne(ctx: ReadContext, id: string) {
  const row = findOneOnOne(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That one-to-one no longer exists.', { id });
  return row;
}
