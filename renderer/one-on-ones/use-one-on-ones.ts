import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { OneOnOne } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';

export const meetingKey = (id: string) => ['oneOnOnes', 'get', id] as const;
export const OVERVIEW_KEY = ['oneOnOnes', 'overview'] as const;
export const prepBriefKey = (repId: string) => ['prepBrief', repId] as const;

/**
 * One one-to-one. Loaded afresh each time the page opens (gcTime 0) and never refetched just for being
 * old: the notes editors take their text from the first load and own it while the page is open, and a
 * late refetch must not hand them an older copy. Changes (here or in another window) still invalidate it,
 * which refreshes the agenda, commitments and focus around the editors.
 */
export function useMeeting(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: meetingKey(id),
    queryFn: () => api.oneOnOnes.get({ id }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

export function useOverview() {
  const api = useApi();
  return useQuery({ queryKey: OVERVIEW_KEY, queryFn: () => api.oneOnOnes.overview({}) });
}

export function useTemplates() {
  const api = useApi();
  return useQuery({
    queryKey: ['oneOnOnes', 'templates'],
    queryFn: () => api.templates.list({}),
    staleTime: 60_000,
  });
}

/** Everything a one-to-one change can touch: meetings, the overview, commitments and prep briefs. */
export function useRefreshOneOnOnes() {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['oneOnOnes'] }),
        queryClient.invalidateQueries({ queryKey: ['commitments'] }),
        queryClient.invalidateQueries({ queryKey: ['prepBrief'] }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]),
    [queryClient],
  );
}

/** Writes a change the core has confirmed into the cached meeting, before the refetch brings the rest. */
export function useMeetingPatch(id: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (patch: (meeting: OneOnOne) => OneOnOne) => {
      queryClient.setQueryData<OneOnOne>(meetingKey(id), (meeting) => (meeting ? patch(meeting) : meeting));
    },
    [id, queryClient],
  );
}

/**
 * Values shown in place of the cached ones while a change is on its way to the core (optimistic UI).
 * Set in the event handler itself, so a ticked box stays ticked from the very click, and a refetch that
 * lands meanwhile cannot flip it back. Cleared when the change settles, only if no newer one replaced it.
 */
export function useOverrides<T>() {
  const [values, setValues] = useState<ReadonlyMap<string, T>>(() => new Map());
  const set = useCallback((id: string, value: T) => setValues((m) => new Map(m).set(id, value)), []);
  const clear = useCallback(
    (id: string, value: T) =>
      setValues((m) => {
        if (m.get(id) !== value) return m;
        const next = new Map(m);
        next.delete(id);
        return next;
      }),
    [],
  );
  return { values, set, clear };
}

/** The message for one field of a failed call, for showing beside that field. */
export function issueFor(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => i.path[0] === field)?.message;
}

/** A failed call's message, unless it is already shown beside one of `fields`. */
export function formError(error: unknown, fields: string[] = []): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.issues.some((i) => fields.includes(String(i.path[0])))) return null;
  return errorMessage(error);
}
