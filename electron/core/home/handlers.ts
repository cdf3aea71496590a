import { type HomeWeek, UNOBSERVED_AFTER_DAYS, WEEK_AHEAD_DAYS } from '../../../shared/contract';
import { addDays, today } from '../../../shared/dates';
import { type ObservedRating, trendVerdict, VERDICT_WINDOW_DAYS } from '../../../shared/domain/progress';
import { behaviourNames } from '../../../db/repositories/behaviours';
import { listRecentRatings } from '../../../db/repositories/progress';
import type { ReadContext } from '../context';
import { listCommitments } from '../../../db/repositories/commitments';
import { callsAwaitingReview, repsObservedBefore, stuckAgendaItems } from '../../../db/repositories/home';
import type { Handler } from '../registry';
import { defineDomain } from '../registry';
import { accessOf } from '../services/access';
import { repCadences } from '../services/cadence';

const URGENCY: Record<HomeWeek['oneOnOnes'][number]['state'], number> = {
  overdue: 0,
  'never-met': 1,
  'due-soon': 2,
  planned: 3,
  'on-track': 4,
  'no-cadence': 5,
};

/**
 * Behaviours whose level is falling for an active rep the viewer sees (`active`), by the improvement
 * rule over the observations they may read; steepest first.
 */
function fallingBehaviours(ctx: ReadContext, active: Map<string, string>, asOf: string): HomeWeek['falling'] {
  // The rule only looks at the last VERDICT_WINDOW_DAYS: only those ratings of these reps are read, and
  // only those the viewer may (the reps in `active` are ones they see).
  const since = addDays(asOf, -VERDICT_WINDOW_DAYS);
  const byPair = new Map<string, { repId: string; behaviourId: string; ratings: ObservedRating[] }>();
  for (const r of listRecentRatings(ctx.db, [...active.keys()], since, accessOf(ctx).scope())) {
    const key = `${r.repId} ${r.behaviourId}`;
    const pair = byPair.get(key) ?? { repId: r.repId, behaviourId: r.behaviourId, ratings: [] };
    byPair.set(key, pair);
    pair.ratings.push(r);
  }
  const declining: {
    repId: string;
    behaviourId: string;
    changePerQuarter: number;
    observations: number;
    reason: string;
  }[] = [];
  for (const pair of byPair.values()) {
    pair.ratings.sort((a, b) => a.observedOn.localeCompare(b.observedOn));
    const verdict = trendVerdict(pair.ratings, asOf);
    if (verdict.kind !== 'declining' || verdict.changePerQuarter === null) continue;
    declining.push({
      repId: pair.repId,
      behaviourId: pair.behaviourId,
      changePerQuarter: verdict.changePerQuarter,
      observations: verdict.observationsInWindow,
      reason: verdict.reason,
    });
  }
  // The behaviours' names in one statement, for the falling ones only.
  const names = behaviourNames(ctx.db, [...new Set(declining.map((d) => d.behaviourId))]);
  return declining
    .map((d) => ({
      repId: d.repId,
      repName: active.get(d.repId)!,
      behaviourId: d.behaviourId,
      behaviourName: names.get(d.behaviourId) ?? 'Unknown behaviour',
      changePerQuarter: d.changePerQuarter,
      observations: d.observations,
      reason: d.reason,
    }))
    .sort((a, b) => a.changePerQuarter - b.changePerQuarter || a.repName.localeCompare(b.repName));
}

/** "This week": what needs the manager, each section read for the whole team in one statement. */
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
    falling: fallingBehaviours(ctx, active, asOf),
    unobserved: repsObservedBefore(ctx.db, addDays(asOf, -UNOBSERVED_AFTER_DAYS), scope).filter(sees),
    stuckItems: stuckAgendaItems(ctx.db).filter(sees),
  };
};

export const homeDomain = defineDomain('home', { week: week });
