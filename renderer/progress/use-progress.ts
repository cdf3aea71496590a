import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/contract';
import { useApi } from '../app/client-context';

// Every key starts with 'progress': any change to observations, one-to-ones, goals or people refreshes them.
export const repProgressKey = (repId: string) => ['progress', 'rep', repId] as const;

export function useRepProgress(repId: string) {
  const api = useApi();
  return useQuery({ queryKey: repProgressKey(repId), queryFn: () => api.progress.rep({ repId }) });
}

export function useTeamProgress() {
  const api = useApi();
  return useQuery({ queryKey: ['progress', 'team'], queryFn: () => api.progress.team({}) });
}

export function useCoachingEffect(weeks: number, repId?: string) {
  const api = useApi();
  const input = repId ? { weeks, repId } : { weeks };
  return useQuery({ queryKey: ['progress', 'coaching', input], queryFn: () => api.progress.coaching(input) });
}

export function useBehaviourBreakdown(behaviourId: string) {
  const api = useApi();
  return useQuery({
    queryKey: ['progress', 'behaviour', behaviourId],
    queryFn: () => api.progress.behaviour({ behaviourId }),
  });
}

/** Create, change and remove goals; the rep's progress and prep brief refresh after each. */
export function useGoalMutations() {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['progress'] }),
      queryClient.invalidateQueries({ queryKey: ['prepBrief'] }),
    ]);
  return {
    create: useMutation({
      mutationFn: (input: InputOf<'progress.createGoal'>) => api.progress.createGoal(input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: InputOf<'progress.updateGoal'>) => api.progress.updateGoal(input),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.progress.deleteGoal({ id }),
      onSuccess: refresh,
    }),
  };
}
