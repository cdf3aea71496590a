import { useEffect, useSyncExternalStore } from 'react';

/** A command the open page offers in the command palette ("Write the shared notes"). */
export interface PageCommand {
  id: string;
  label: string;
  run(): void;
}

let current: readonly PageCommand[] = [];
const listeners = new Set<() => void>();

function publish(commands: readonly PageCommand[]) {
  current = commands;
  for (const listener of listeners) listener();
}

/**
 * Offers the page's own commands in the palette while the page is open. Pass a memoised list: each new
 * list replaces the last.
 */
export function usePageCommands(commands: readonly PageCommand[]): void {
  useEffect(() => {
    publish(commands);
    return () => {
      if (current === commands) publish([]);
    };
  }, [commands]);
}

export function useCurrentPageCommands(): readonly PageCommand[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Focuses the first element matching `selector`, scrolled into view; used by page commands. */
export function focusFirst(selector: string): void {
  const element = document.querySelector<HTMLElement>(selector);
  element?.focus();
  element?.scrollIntoView({ block: 'nearest' });
}
