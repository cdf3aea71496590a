import { useCallback } from 'react';
import type { CallReview, FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApiCache, useApiQuery } from '../api/queries';

export function useCallReview(id: string) {
  return useApiQuery('callReviews.get', { id });
}

export function useCallReviews(repId: string | null) {
  return useApiQuery('callReviews.list', repId ? { repId } : {});
}

export function useCallTypes() {
  return useApiQuery('callTypes.list', {}, { staleTime: 60_000 });
}

export function useReps() {
  return useApiQuery('people.list', { kind: 'rep' });
}

/**
 * Puts a review the core just returned into the cache, so the page does not refetch a 3,000-line
 * transcript it already holds. The lists (counts, scores) hear of it through `callReviews.changed`.
 */
export function useStoreReview() {
  const cache = useApiCache();
  return useCallback(
    (review: CallReview) => cache.set('callReviews.get', { id: review.id }, review),
    [cache],
  );
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
