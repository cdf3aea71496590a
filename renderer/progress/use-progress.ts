import { useMutation } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';

// Reads through the typed client: the core's events (observations, one-to-ones, goals, people) say when
// they are stale (renderer/api/invalidation.ts).
export function useRepProgress(repId: string) {
  return useApiQuery('progress.rep', { repId });
}

export function useTeamProgress() {
  return useApiQuery('progress.team', {});
}

export function useCoachingEffect(weeks: number, repId?: string) {
  return useApiQuery('progress.coaching', repId ? { weeks, repId } : { weeks });
}

export function useBehaviourBreakdown(behaviourId: string) {
  return useApiQuery('progress.behaviour', { behaviourId });
}

/** Create, change and remove goals; the rep's progress and prep brief hear of it through `progress.changed`. */
export function useGoalMutations() {
  const api = useApi();
  return {
    create: useMutation({
      mutationFn: (input: InputOf<'progress.createGoal'>) => api.progress.createGoal(input),
    }),
    update: useMutation({
      mutationFn: (input: InputOf<'progress.updateGoal'>) => api.progress.updateGoal(input),
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.progress.deleteGoal({ id }),
    }),
  };
}
