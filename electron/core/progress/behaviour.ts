import { AppError } from '../../../shared/contract';
import { levelEstimate, trendVerdict } from '../../../shared/domain/progress';
import { findBehaviour } from '../../../db/repositories/behaviours';
import { listPeople } from '../../../db/repositories/people';
import { listRatings } from '../../../db/repositories/progress';
import type { Handler } from '../registry';
import { today } from '../../../shared/dates';

export const behaviourBreakdown: Handler<'progress.behaviour'> = (input, ctx) => {
  const behaviour = findBehaviour(ctx.db, input.behaviourId);
  if (!behaviour)
    throw new AppError('NOT_FOUND', 'That behaviour no longer exists.', { behaviourId: input.behaviourId });
  const asOf = today(ctx.clock);
  const names = new Map(
    listPeople(ctx.db, { status: 'active', kind: 'all', search: '' }).map((p) => [p.id, p.name]),
  );
  const byRep = new Map<string, ReturnType<typeof listRatings>>();
  for (const r of listRatings(ctx.db, { behaviourId: behaviour.id })) {
    const rows = byRep.get(r.repId) ?? [];
    rows.push(r);
    byRep.set(r.repId, rows);
  }
  const reps = [...byRep.entries()].flatMap(([repId, rows]) => {
    const estimate = levelEstimate(rows, asOf);
    const repName = names.get(repId);
    return estimate && repName ? [{ repId, repName, estimate, verdict: trendVerdict(rows, asOf) }] : [];
  });
  reps.sort((a, b) => a.repName.localeCompare(b.repName));
  return { behaviourId: behaviour.id, reps };
};
