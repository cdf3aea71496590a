import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

interface AutosaveOptions<T> {
  /** Writes `value` on top of `revision`; resolves with the new revision. */
  save(value: T, revision: number): Promise<number>;
  revision: number;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
}

/**
 * Saves a document shortly after the user stops typing, one save at a time, always the newest value,
 * each on top of the revision the previous save returned, so an older version never overwrites a newer
 * one. Pending changes are flushed when the page is hidden or the editor unmounts.
 */
export function useAutosave<T>({ save, revision, delayMs = 1000 }: AutosaveOptions<T>) {
  const [state, setState] = useState<SaveState>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const revisionRef = useRef(revision);
  const saving = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);
  const failed = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (saving.current) {
      await saving.current;
      if (pending.current) return flush();
      return;
    }
    const next = pending.current;
    if (!next || blocked.current) return;
    pending.current = null;
    setState('saving');
    saving.current = (async () => {
      try {
        revisionRef.current = await saveRef.current(next.value, revisionRef.current);
        failed.current = false;
        setMessage(null);
        setState(pending.current ? 'unsaved' : 'saved');
      } catch (error) {
        // Keep the unsaved value: nothing typed is dropped because a save failed.
        pending.current ??= next;
        const conflict = error instanceof ApiError && error.code === 'CONFLICT';
        blocked.current = conflict;
        failed.current = true;
        setState(conflict ? 'conflict' : 'error');
        setMessage(error instanceof Error ? error.message : String(error));
      } finally {
        saving.current = null;
      }
    })();
    await saving.current;
    // Typing went on during the save: save that too, after the usual pause.
    if (pending.current && !blocked.current && !failed.current)
      timer.current = setTimeout(() => void flush(), delayMs);
  }, [delayMs]);

  const change = useCallback(
    (value: T) => {
      pending.current = { value };
      if (blocked.current) return;
      setState('unsaved');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  const retry = useCallback(() => {
    failed.current = false;
    void flush();
  }, [flush]);

  return { state, message, change, flush, retry };
}
