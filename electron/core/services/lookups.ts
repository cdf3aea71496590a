import type { ReadContext } from '../context';
import { findOneOnOne } from '../../../db/repositories/one-on-ones';
import { AppError } from '../../../shared/contract';

export function requireOneOnOne(ctx: ReadContext, id: string) {
  const row = findOneOnOne(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That one-to-one no longer exists.', { id });
  return row;
}
