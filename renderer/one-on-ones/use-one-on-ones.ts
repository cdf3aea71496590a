import { useCallback, useState } from 'react';
import type { OneOnOne } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApiCache, useApiQuery } from '../api/queries';
import { errorMessage } from '../ui/format';

/**
 * One one-to-one. Loaded afresh each time the page opens (gcTime 0) and never refetched just for being
 * old: the notes editors take their text from the first load and own it while the page is open, and a
 * late refetch must not hand them an older copy. Changes (here or in another window) still invalidate it,
 * which refreshes the agenda, commitments and focus around the editors; a notes save only does when it
 * brings a newer revision than the one this window saved (`oneOnOnes.notesSaved`).
 */
export function useMeeting(id: string) {
  return useApiQuery('oneOnOnes.get', { id }, { staleTime: Number.POSITIVE_INFINITY, gcTime: 0 });
}

export function useOverview() {
  return useApiQuery('oneOnOnes.overview', {});
}

export function useTemplates() {
  return useApiQuery('templates.list', {}, { staleTime: 60_000 });
}

/** Writes a change the core has confirmed into the cached meeting, before the event brings the rest. */
export function useMeetingPatch(id: string) {
  const cache = useApiCache();
  return useCallback(
    (patch: (meeting: OneOnOne) => OneOnOne) => {
      cache.set('oneOnOnes.get', { id }, (meeting) => (meeting ? patch(meeting) : meeting));
    },
    [id, cache],
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
