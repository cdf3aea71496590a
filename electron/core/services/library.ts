import { AppError, type Behaviour } from '../../../shared/contract';
import { findBehaviour } from '../../../db/repositories/behaviours';
import type { HandlerContext, ReadContext } from '../context';
export function libraryChanged(ctx: HandlerContext, ...ids: string[]): void {
  ctx.emit('library.changed', { ids });
}

export function requireBehaviour(ctx: ReadContext, id: string): Behaviour {
  const behaviour = findBehaviour(ctx.db, id);
  if (!behaviour) throw new AppError('NOT_FOUND', 'That behaviour no longer exists.', { id });
  return behaviour;
}
