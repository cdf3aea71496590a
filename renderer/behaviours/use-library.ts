import { useQuery } from '@tanstack/react-query';
import { useApi } from '../app/client-context';

/** The whole library. The app refetches ['library'] (and every key under it) on `library.changed`. */
export const LIBRARY_KEY = ['library'] as const;

export function behaviourKey(id: string) {
  return ['library', 'behaviour', id] as const;
}

export function useLibrary() {
  const api = useApi();
  return useQuery({ queryKey: LIBRARY_KEY, queryFn: () => api.library.get({}) });
}

export function useBehaviour(id: string) {
  const api = useApi();
  return useQuery({ queryKey: behaviourKey(id), queryFn: () => api.behaviours.get({ id }) });
}
