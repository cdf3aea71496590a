import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { CallReview, FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi, useClient } from '../app/client-context';

// Every key starts with 'callReviews': the app refetches them all on `callReviews.changed`.
export const callReviewKey = (id: string) => ['callReviews', 'get', id] as const;
export const callReviewListKey = (repId: string | null) => ['callReviews', 'list', repId ?? 'all'] as const;
export const CALL_TYPES_KEY = ['callReviews', 'callTypes'] as const;
export const KEYWORDS_KEY = ['callReviews', 'keywords'] as const;

export function useCallReview(id: string) {
  const api = useApi();
  return useQuery({ queryKey: callReviewKey(id), queryFn: () => api.callReviews.get({ id }) });
}

export function useCallReviews(repId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: callReviewListKey(repId),
    queryFn: () => api.callReviews.list(repId ? { repId } : {}),
  });
}

export function useCallTypes() {
  const api = useApi();
  return useQuery({ queryKey: CALL_TYPES_KEY, queryFn: () => api.callTypes.list({}), staleTime: 60_000 });
}

export function useReps() {
  const api = useApi();
  return useQuery({
    queryKey: ['people', 'list', { status: 'active', kind: 'rep', search: '' }],
    queryFn: () => api.people.list({ kind: 'rep' }),
  });
}

/**
 * Puts a review the core just returned into the cache (no refetch of a 3,000-line transcript), and marks
 * the lists stale: counts and scores there changed with it.
 */
export function useStoreReview() {
  const queryClient = useQueryClient();
  return useCallback(
    (review: CallReview) => {
      queryClient.setQueryData(callReviewKey(review.id), review);
      void queryClient.invalidateQueries({ queryKey: ['callReviews', 'list'] });
    },
    [queryClient],
  );
}

/**
 * Annotations are observations: annotating, editing or deleting one announces `observations.changed`,
 * not `callReviews.changed`. Refetch the review (its annotations, evidence counts) when this rep's
 * observations change, here or in another window.
 */
export function useRefetchOnObservations(review: CallReview | undefined) {
  const client = useClient();
  const queryClient = useQueryClient();
  const id = review?.id;
  const repId = review?.repId;
  useEffect(() => {
    if (!id || !repId) return;
    return client.onEvent((event) => {
      if (event.name !== 'observations.changed') return;
      const payload = event.payload as { repIds: string[] };
      if (!payload.repIds.includes(repId)) return;
      void queryClient.invalidateQueries({ queryKey: callReviewKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['callReviews', 'list'] });
    });
  }, [client, queryClient, id, repId]);
}

/** The issues of a failed call whose path starts with `field`. */
export function issuesAt(error: unknown, field: string | number, ...rest: (string | number)[]): FieldIssue[] {
  if (!(error instanceof ApiError)) return [];
  const path = [field, ...rest];
  return error.issues.filter((issue) => path.every((part, i) => issue.path[i] === part));
}

export function issueAt(
  error: unknown,
  field: string | number,
  ...rest: (string | number)[]
): string | undefined {
  return issuesAt(error, field, ...rest)[0]?.message;
}

/**
 * The import page, for a rep or for anyone. With the hash router a query string lands in the page's real
 * address and outlives the route; an explicit (even empty) one replaces whatever an earlier visit left.
 */
export function importCallHref(repId: string | null): string {
  return repId ? `/calls/new?rep=${encodeURIComponent(repId)}` : '/calls/new?';
}
