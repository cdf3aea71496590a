import { useApiQuery } from '../api/queries';

/** The whole library; `library.changed` keeps it fresh. */
export function useLibrary() {
  return useApiQuery('library.get', {});
}

export function useBehaviour(id: string) {
  return useApiQuery('behaviours.get', { id });
}
