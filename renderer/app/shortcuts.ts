import { useEffect, useRef } from 'react';

/** Shortcuts shown in menus and the command palette, in the platform's notation. */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export function shortcutLabel(keys: string): string {
  return isMac
    ? keys.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥')
    : keys.replace('Mod+', 'Ctrl+');
}

export const SHORTCUTS = {
  palette: 'Mod+K',
  recordObservation: 'Mod+Shift+O',
  tagBehaviour: 'Mod+Shift+B',
} as const;

function matches(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop()!.toLowerCase();
  const mod = parts.includes('Mod');
  return (
    event.key.toLowerCase() === key &&
    (isMac ? event.metaKey : event.ctrlKey) === mod &&
    event.shiftKey === parts.includes('Shift') &&
    event.altKey === parts.includes('Alt')
  );
}

/** A window-wide shortcut; the handler always sees the latest props. */
export function useShortcut(keys: string, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matches(event, keys)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [keys]);
}
