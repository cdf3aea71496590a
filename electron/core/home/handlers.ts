import { type HomeWeek, UNOBSERVED_AFTER_DAYS, WEEK_AHEAD_DAYS } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import { listCommitments } from '../../../db/repositories/commitments';
import { callsAwaitingReview, repsObservedBefore, stuckAgendaItems } from '../../../db/repositories/home';
import type { Handler } from '../registry';
import { defineDomain } from '../registry';
import { accessOf } from '../services/access';
import { repCadences } from '../services/cadence';
import { today } from '../../../shared/dates';

const URGENCY: Record<HomeWeek['oneOnOnes'][number]['state'], number> = {
  overdue: 0,
  'never-met': 1,
  'due-soon': 2,
  planned: 3,
  'on-track': 4,
  'no-cadence': 5,
};

/**
 * "This week": what needs the manager, each section read for the whole team in one statement.
 *
 * INTEGRATION POINT (issue 13 × the improvement issue, helper "progress"): "behaviours whose level is
 * falling for a rep" belongs here as a `falling` section, computed by the shared trend rule that
 * branch adds to shared/ (not on main when this was written). Read every active rep's observations
 * in one query (listObservations without repId, from the rule's window start), group by rep and
 * behaviour, keep the falling ones, add `falling` to homeWeekSchema, and render it in
 * renderer/home/HomeScreen.tsx beside "Not observed lately", each item linking to the rep's progress.
 */
export const week: Handler<'home.week'> = (_input, ctx) => {
  const asOf = today(ctx.clock);
  const until = addDays(asOf, WEEK_AHEAD_DAYS);
  // The reps the viewer sees, from what they may read of them.
  const access = accessOf(ctx);
  const sees = (item: { repId: string }) => access.seesRep(item.repId);
  const scope = access.scope();
  const reps = repCadences(ctx).filter(sees);
  const active = new Map(reps.map((r) => [r.repId, r.repName]));
  const oneOnOnes = reps
    .filter(
      (r) =>
        r.state === 'overdue' ||
        r.state === 'never-met' ||
        (r.dueOn !== null && r.dueOn <= until && r.state !== 'on-track') ||
        (r.next !== null && r.next.date <= until),
    )
    .sort(
      (a, b) =>
        URGENCY[a.state] - URGENCY[b.state] ||
        (a.next?.date ?? a.dueOn ?? '9999').localeCompare(b.next?.date ?? b.dueOn ?? '9999') ||
        a.repName.localeCompare(b.repName),
    );
  const commitments = listCommitments(ctx.db, { status: 'open' }, asOf)
    .filter((c) => c.dueOn !== null && c.dueOn <= until && active.has(c.repId))
    .map((c) => ({ ...c, repName: active.get(c.repId)! }))
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!) || a.repName.localeCompare(b.repName));
  return {
    asOf,
    until,
    oneOnOnes,
    commitments,
    calls: callsAwaitingReview(ctx.db, scope).filter(sees),
    unobserved: repsObservedBefore(ctx.db, addDays(asOf, -UNOBSERVED_AFTER_DAYS), scope).filter(sees),
    stuckItems: stuckAgendaItems(ctx.db).filter(sees),
  };
};

export const homeDomain = defineDomain('home', { week: week });
