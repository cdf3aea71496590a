import type { DevelopmentGoal } from '../../../shared/contract';
import { goalProgress, type ObservedRating } from '../../../shared/domain/progress';
import { type GoalWithName, listGoals, listRatings } from '../../../db/repositories/progress';
import type { ReadContext } from '../context';
import { accessOf } from './access';
import { today } from '../../../shared/dates';

/** A stored goal with its progress against the rep's observations of the behaviour. */
export function goalView(
  goal: GoalWithName,
  ratings: readonly ObservedRating[],
  asOf: string,
): DevelopmentGoal {
  return {
    id: goal.id,
    repId: goal.repId,
    behaviourId: goal.behaviourId,
    behaviourName: goal.behaviourName,
    targetLevel: goal.targetLevel,
    setOn: goal.setOn,
    dueOn: goal.dueOn,
    note: goal.note,
    revision: goal.revision,
    progress: goalProgress(ratings, goal, asOf),
  };
}

/**
 * A rep's development goals with progress against each: the Progress tab and the prep brief (another
 * domain) show the same goals, so both read them here: progress counted from the observations the viewer
 * may read.
 */
export function goalsOfRep(ctx: ReadContext, repId: string): DevelopmentGoal[] {
  const goals = listGoals(ctx.db, repId);
  if (goals.length === 0) return [];
  const asOf = today(ctx.clock);
  const ratings = listRatings(ctx.db, { repId }, accessOf(ctx).scope());
  return goals.map((g) =>
    goalView(
      g,
      ratings.filter((r) => r.behaviourId === g.behaviourId),
      asOf,
    ),
  );
}
