/**
 * Editor commands other parts of the app can trigger without holding an editor: a command palette,
 * a menu item. Every editable editor registers its handlers and registers again when it takes focus;
 * only the most recently focused one is asked: an editor left earlier may still hold an old selection,
 * and acting on it would surprise. A handler returns false when it cannot act (nothing selected).
 */
export type EditorCommand = 'tag-behaviour' | 'mark-evidence' | 'mark-assumption' | 'clear-mark';

type Handler = () => boolean;

const registry: { name: EditorCommand; handler: Handler }[] = [];

/** Registers a handler; call the returned function to unregister. Registering again moves it to the front. */
export function registerEditorCommand(name: EditorCommand, handler: Handler): () => void {
  const entry = { name, handler };
  registry.push(entry);
  return () => {
    const index = registry.indexOf(entry);
    if (index !== -1) registry.splice(index, 1);
  };
}

/** Runs a command in the most recently focused editor; returns whether it handled it. */
export function runEditorCommand(name: EditorCommand): boolean {
  const entry = registry.findLast((e) => e.name === name);
  return entry ? entry.handler() : false;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** 'Mod-Shift-b' → '⌘⇧B' on a Mac, 'Ctrl+Shift+B' elsewhere: for menus and tooltips. */
export function shortcutLabel(keys: string): string {
  const parts = keys.split('-').map((part) => (part.length === 1 ? part.toUpperCase() : part));
  if (isMac) return parts.map((p) => ({ Mod: '⌘', Shift: '⇧', Alt: '⌥' })[p] ?? p).join('');
  return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p)).join('+');
}

/** 'Mod-Shift-b' → 'Control+Shift+B' (or Meta on a Mac): the aria-keyshortcuts syntax. */
export function ariaShortcut(keys: string): string {
  return keys
    .split('-')
    .map((part) =>
      part === 'Mod' ? (isMac ? 'Meta' : 'Control') : part.length === 1 ? part.toUpperCase() : part,
    )
    .join('+');
}

/** Shortcuts in tiptap's notation, for menus and the palette to show next to the command. */
export const EDITOR_SHORTCUTS: Record<'tag-behaviour', { keys: string; label: string }> = {
  'tag-behaviour': { keys: 'Mod-Shift-b', label: shortcutLabel('Mod-Shift-b') },
};
