import { AppError } from '../../../shared/contract';
import { levelEstimate, trendVerdict } from '../../../shared/domain/progress';
import { findBehaviour } from '../../../db/repositories/behaviours';
import { listPeople } from '../../../db/repositories/people';
import { listRatings } from '../../../db/repositories/progress';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { today } from '../../../shared/dates';

export const behaviourBreakdown: Handler<'progress.behaviour'> = (input, ctx) => {
  const behaviour = findBehaviour(ctx.db, input.behaviourId);
  if (!behaviour)
    throw new AppError('NOT_FOUND', 'That behaviour no longer exists.', { behaviourId: input.behaviourId });
  const asOf = today(ctx.clock);
  const access = accessOf(ctx);
  // Only reps the viewer sees, from the observations they may read.
  const names = new Map(
    listPeople(ctx.db, { status: 'active', kind: 'all', search: '' })
      .filter((p) => access.seesRep(p.id))
      .map((p) => [p.id, p.name]),
  );
  const byRep = new Map<string, ReturnType<typeof listRatings>>();
  for (const r of listRatings(ctx.db, { behaviourId: behaviour.id }, access.scope())) {
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
