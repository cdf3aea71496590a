import { defineDomain } from '../registry';
import { behaviourBreakdown } from './behaviour';
import { coachingEffect } from './coaching';
import { createGoal, deleteGoal, updateGoal } from './goals';
import { repProgress } from './rep';
import { teamProgress } from './team';

/** Improvement over time: progress per rep, the team at a glance, whether coaching worked, and goals. */
export const progressDomain = defineDomain('progress', {
  rep: repProgress,
  team: teamProgress,
  coaching: coachingEffect,
  behaviour: behaviourBreakdown,
  createGoal,
  updateGoal,
  deleteGoal,
});
