import { type HomeWeek, UNOBSERVED_AFTER_DAYS, WEEK_AHEAD_DAYS } from '../../../shared/contract';
import { addDays, today } from '../../../shared/dates';
import { type ObservedRating, trendVerdict, VERDICT_WINDOW_DAYS } from '../../../shared/domain/progress';
import { findBehaviour } from '../../../db/repositories/behaviours';
import { listRatings } from '../../../db/repositories/progress';
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
  // One read of the team's ratings; the rule only looks at the last VERDICT_WINDOW_DAYS.
  const since = addDays(asOf, -VERDICT_WINDOW_DAYS);
  const byPair = new Map<string, { repId: string; behaviourId: string; ratings: ObservedRating[] }>();
  for (const r of listRatings(ctx.db, {}, accessOf(ctx).scope())) {
    if (r.observedOn < since || !active.has(r.repId)) continue;
    const key = `${r.repId} ${r.behaviourId}`;
    const pair = byPair.get(key) ?? { repId: r.repId, behaviourId: r.behaviourId, ratings: [] };
    byPair.set(key, pair);
    pair.ratings.push(r);
  }
  const falling: HomeWeek['falling'] = [];
  for (const pair of byPair.values()) {
    pair.ratings.sort((a, b) => a.observedOn.localeCompare(b.observedOn));
    const verdict = trendVerdict(pair.ratings, asOf);
    if (verdict.kind !== 'declining' || verdict.changePerQuarter === null) continue;
    falling.push({
      repId: pair.repId,
      repName: active.get(pair.repId)!,
      behaviourId: pair.behaviourId,
      behaviourName: findBehaviour(ctx.db, pair.behaviourId)?.name ?? 'Unknown behaviour',
      changePerQuarter: verdict.changePerQuarter,
      observations: verdict.observationsInWindow,
      reason: verdict.reason,
    });
  }
  return falling.sort(
    (a, b) => a.changePerQuarter - b.changePerQuarter || a.repName.localeCompare(b.repName),
  );
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
