import {
  type QueryClient,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InputOf, OutputOf, QueryName } from '../../shared/contract';
import { useClient } from '../app/client-context';
import { type ApiError, queryKeyOf } from './client';

type ExtraOptions<M extends QueryName, T> = Omit<
  UseQueryOptions<OutputOf<M>, ApiError, T, ReturnType<typeof queryKeyOf<M>>>,
  'queryKey' | 'queryFn'
>;

/**
 * `useApiQuery('people.get', { id })`: reads through the typed client under the key `[method, input]`.
 * Events from the core keep it fresh (invalidation.ts); screens never invalidate by hand.
 */
export function useApiQuery<M extends QueryName, T = OutputOf<M>>(
  method: M,
  input: InputOf<M>,
  options?: ExtraOptions<M, T>,
): UseQueryResult<T, ApiError> {
  const client = useClient();
  return useQuery({
    queryKey: queryKeyOf(method, input),
    queryFn: () => client.call(method, input),
    ...options,
  });
}

/** Typed access to cached answers, for putting a mutation's answer where the reads expect it. */
export interface ApiCache {
  get<M extends QueryName>(method: M, input: InputOf<M>): OutputOf<M> | undefined;
  /** Replaces one cached answer; an updater that gets `undefined` (nothing cached) may return it. */
  set<M extends QueryName>(
    method: M,
    input: InputOf<M>,
    value: OutputOf<M> | ((cached: OutputOf<M> | undefined) => OutputOf<M> | undefined),
  ): void;
  /** Updates every cached answer of `method`, whatever its input. */
  updateAll<M extends QueryName>(
    method: M,
    update: (cached: OutputOf<M>, input: InputOf<M>) => OutputOf<M>,
  ): void;
  /** Forgets answers of `method` (every input when none is given): for records that no longer exist. */
  remove<M extends QueryName>(method: M, input?: InputOf<M>): void;
}

export function apiCache(queryClient: QueryClient): ApiCache {
  return {
    get: (method, input) => queryClient.getQueryData(queryKeyOf(method, input)),
    set: (method, input, value) => {
      queryClient.setQueryData(queryKeyOf(method, input), value as never);
    },
    updateAll: (method, update) => {
      for (const query of queryClient.getQueryCache().findAll({ queryKey: [method] })) {
        const data = query.state.data;
        if (data === undefined) continue;
        queryClient.setQueryData(query.queryKey, update(data as never, query.queryKey[1] as never));
      }
    },
    remove: (method, input) => {
      queryClient.removeQueries(
        input === undefined ? { queryKey: [method] } : { queryKey: queryKeyOf(method, input), exact: true },
      );
    },
  };
}

export function useApiCache(): ApiCache {
  const queryClient = useQueryClient();
  return useMemo(() => apiCache(queryClient), [queryClient]);
}
