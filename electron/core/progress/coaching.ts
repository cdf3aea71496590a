import { AppError, type CoachingEffect } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { beforeAfter, focusPeriods, summariseFocusOutcomes } from '../../../shared/domain/progress';
import { listBehaviours } from '../../../db/repositories/behaviours';
import { findPerson, listPeople } from '../../../db/repositories/people';
import { listFocusHistory, listRatings } from '../../../db/repositories/progress';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { today } from '../../../shared/dates';

/** "This year" by default: focus periods set in the last 365 days. */
const DEFAULT_LOOKBACK_DAYS = 365;

export const coachingEffect: Handler<'progress.coaching'> = (input, ctx) => {
  const asOf = today(ctx.clock);
  const from = input.from ?? addDays(asOf, -DEFAULT_LOOKBACK_DAYS);
  const access = accessOf(ctx);
  let reps: { id: string; name: string }[];
  if (input.repId) {
    const rep = findPerson(ctx.db, input.repId);
    if (!rep) throw new AppError('NOT_FOUND', 'That person no longer exists.', { repId: input.repId });
    access.requireRep(rep.id);
    reps = [rep];
  } else
    reps = listPeople(ctx.db, { status: 'active', kind: 'rep', search: '' }).filter((rep) =>
      access.seesRep(rep.id),
    );
  const names = new Map(listBehaviours(ctx.db).map((b) => [b.id, b.name]));

  const periods: CoachingEffect['periods'] = [];
  const byRep: CoachingEffect['byRep'] = [];
  for (const rep of reps) {
    const meetings = new Map<string, { id: string; date: string; behaviourIds: string[] }>();
    for (const row of listFocusHistory(ctx.db, rep.id)) {
      const m = meetings.get(row.oneOnOneId) ?? { id: row.oneOnOneId, date: row.date, behaviourIds: [] };
      if (row.behaviourId) m.behaviourIds.push(row.behaviourId);
      meetings.set(row.oneOnOneId, m);
    }
    const ratings = listRatings(ctx.db, { repId: rep.id }, access.scope());
    const repPeriods = focusPeriods([...meetings.values()])
      .filter((p) => p.setOn >= from && p.setOn <= asOf)
      .map((p) => ({
        repId: rep.id,
        repName: rep.name,
        behaviourId: p.behaviourId,
        behaviourName: names.get(p.behaviourId) ?? 'Unknown behaviour',
        oneOnOneId: p.oneOnOneId,
        setOn: p.setOn,
        ...beforeAfter(
          ratings.filter((r) => r.behaviourId === p.behaviourId),
          p.setOn,
          input.weeks,
          asOf,
        ),
      }));
    periods.push(...repPeriods);
    byRep.push({
      repId: rep.id,
      repName: rep.name,
      ...summariseFocusOutcomes(repPeriods.map((p) => p.outcome)),
    });
  }
  periods.sort((a, b) => b.setOn.localeCompare(a.setOn) || a.repName.localeCompare(b.repName));
  return {
    weeks: input.weeks,
    from,
    asOf,
    periods,
    summary: summariseFocusOutcomes(periods.map((p) => p.outcome)),
    byRep,
  };
};
