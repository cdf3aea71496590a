import type { ReadContext } from '../context';
import { findOneOnOne } from '../../../db/repositories/one-on-ones';
import { AppError } from '../../../shared/contract';
import { accessOf } from './access';

export function requireOneOnOne(ctx: ReadContext, id: string) {
  const row = findOneOnOne(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That one-to-one no longer exists.', { id });
  return row;
}

/** A one-to-one about a rep the viewer sees (the rep, or one of their managers). */
export function requireVisibleOneOnOne(ctx: ReadContext, id: string) {
  const row = requireOneOnOne(ctx, id);
  accessOf(ctx).requireRep(row.repId);
  return row;
}

/** A one-to-one the viewer may plan, reschedule or run: they manage its rep. */
export function requireManagedOneOnOne(ctx: ReadContext, id: string) {
  const row = requireVisibleOneOnOne(ctx, id);
  accessOf(ctx).requireManages(row.repId, 'this one-to-one');
  return row;
}
