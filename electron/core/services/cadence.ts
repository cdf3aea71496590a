import { AppError, type RepCadence } from '../../../shared/contract';
import { cadenceState } from '../../../shared/domain/cadence';
import { listRepCadenceFacts } from '../../../db/repositories/one-on-ones';
import type { ReadContext } from '../context';
import { today } from '../../../shared/dates';

/**
 * Where every active rep stands against their one-to-one cadence (the one-to-ones list and the
 * "This week" home both read it): one statement for the whole team, then a pure rule per rep.
 */
export function repCadences(ctx: ReadContext): RepCadence[] {
  const now = today(ctx.clock);
  return listRepCadenceFacts(ctx.db, now).map((facts) => toRepCadence(facts, now));
}

export function repCadence(ctx: ReadContext, repId: string): RepCadence {
  const now = today(ctx.clock);
  const [facts] = listRepCadenceFacts(ctx.db, now, repId);
  if (!facts) throw new AppError('NOT_FOUND', 'That person no longer exists.', { repId });
  return toRepCadence(facts, now);
}

function toRepCadence(facts: ReturnType<typeof listRepCadenceFacts>[number], now: string): RepCadence {
  const { state, dueOn } = cadenceState({
    cadence: facts.cadence,
    lastMetOn: facts.lastMetOn,
    nextOn: facts.nextOn,
    today: now,
  });
  return {
    repId: facts.repId,
    repName: facts.repName,
    managerName: facts.managerName,
    cadence: facts.cadence,
    lastMetOn: facts.lastMetOn,
    next: facts.nextId && facts.nextOn ? { id: facts.nextId, date: facts.nextOn } : null,
    dueOn,
    state,
    openCommitments: facts.openCommitments,
    overdueCommitments: facts.overdueCommitments,
  };
}
