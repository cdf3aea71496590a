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

/** Calls the calls screen shows at first, and adds with each "Show more calls". */
export const CALLS_PAGE = 50;
/** The most calls one page request may ask for (the contract's limit). */
const MAX_PAGE = 500;

/**
 * The newest `shown` calls (of a rep, or of the team), and whether there are more: asks for one more
 * than it shows. Past the contract's largest page it asks for every call. While a longer page loads,
 * the shorter one stays on screen.
 */
export function useCallReviewsPage(repId: string | null, shown: number) {
  const limit = shown + 1 <= MAX_PAGE ? shown + 1 : undefined;
  const query = useApiQuery(
    'callReviews.list',
    { ...(repId ? { repId } : {}), ...(limit !== undefined ? { limit } : {}) },
    {
      // The shorter page of the same list, never another rep's calls.
      placeholderData: (previous, previousQuery) =>
        previousQuery?.queryKey[1].repId === (repId ?? undefined) ? previous : undefined,
    },
  );
  const rows = query.data;
  return {
    query,
    reviews: rows?.slice(0, shown),
    hasMore: rows !== undefined && rows.length > shown,
  };
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
