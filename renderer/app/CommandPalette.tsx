import { type KeyboardEvent, useDeferredValue, useId, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { runEditorCommand } from '../editor/commands';
import { useQuickCapture } from '../observations/QuickCapture';
import { Dialog } from '../ui/Dialog';
import type { SnippetPart } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { Snippet } from '../search/Snippet';
import { hrefOf, KIND_LABELS } from '../search/targets';
import { useCurrentPageCommands } from './page-commands';
import { SECTIONS } from './sections';
import { SHORTCUTS, shortcutLabel, useShortcut } from './shortcuts';

interface Command {
  id: string;
  label: string;
  group: string;
  shortcut?: string;
  /** A search result's words, the matches marked. */
  snippet?: SnippetPart[];
  run(): void;
}

/** Found records shown per kind in the palette; the Search screen shows the rest. */
const FOUND_PER_KIND = 3;

/** Mod+K: every action and place by name, run with Enter. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useShortcut(SHORTCUTS.palette, () => setOpen((o) => !o));
  return (
    <Dialog title="Commands" open={open} onClose={() => setOpen(false)}>
      {open ? <PaletteBody onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function PaletteBody({ onDone }: { onDone(): void }) {
  const [, navigate] = useLocation();
  const quickCapture = useQuickCapture();
  const pageCommands = useCurrentPageCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const people = useApiQuery('people.list', {});
  // The palette also searches what was written (notes, meetings, calls…), a few of each kind.
  const words = useDeferredValue(query.trim());
  const found = useApiQuery(
    'search.query',
    { text: words, limitPerKind: FOUND_PER_KIND },
    { enabled: words.length >= 2, placeholderData: (previous) => previous },
  );

  const commands = useMemo<Command[]>(() => {
    // Captured before the palette took focus: the editor still has its selection.
    const list: Command[] = [
      ...pageCommands.map((c) => ({ id: `page-${c.id}`, label: c.label, group: 'This page', run: c.run })),
      {
        id: 'tag',
        label: 'Tag the selected text with a behaviour',
        group: 'Editor',
        shortcut: SHORTCUTS.tagBehaviour,
        run: () => runEditorCommand('tag-behaviour'),
      },
      {
        id: 'observe',
        label: 'Record an observation…',
        group: 'Actions',
        shortcut: SHORTCUTS.recordObservation,
        run: () => quickCapture.open(),
      },
      ...SECTIONS.map((s) => ({
        id: `go-${s.path}`,
        label: `Go to ${s.label}`,
        group: 'Go to',
        run: () => navigate(s.path),
      })),
      ...(people.data ?? []).map((p) => ({
        id: `person-${p.id}`,
        label: p.name,
        group: 'People',
        run: () => navigate(`/team/${p.id}`),
      })),
    ];
    const typed = query.toLowerCase().split(/\s+/).filter(Boolean);
    const matching = list.filter((c) =>
      typed.every((w) => `${c.label} ${c.group}`.toLowerCase().includes(w)),
    );
    if (words.length < 2) return matching;
    const results: Command[] = (found.data?.groups ?? []).flatMap((group) =>
      group.results.map((r) => ({
        id: `found-${r.id}`,
        label: [r.title.map((p) => p.text).join(''), r.repName, r.occurredOn].filter(Boolean).join(' · '),
        group: KIND_LABELS[group.kind],
        snippet: r.snippet,
        run: () => navigate(hrefOf(r.target)),
      })),
    );
    return [
      ...matching,
      ...results,
      {
        id: 'search-everything',
        label: `Search everything for “${words}”`,
        group: 'Search',
        run: () => navigate(`/search?q=${encodeURIComponent(words)}`),
      },
    ];
  }, [people.data, query, words, found.data, navigate, quickCapture, pageCommands]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onDone();
    // After the dialog closes, so focus is back where the command expects it.
    setTimeout(() => command.run(), 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, commands.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') run(commands[active]);
    else return;
    event.preventDefault();
  };

  return (
    <div className="palette">
      <input
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={commands[active] ? `${id}-${commands[active].id}` : undefined}
        aria-label="Search commands"
        placeholder="Type a command, a name or any words…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoFocus
      />
      <div role="listbox" id={`${id}-list`} aria-label="Commands" className="palette-list">
        {commands.length === 0 ? <p className="muted palette-empty">Nothing matches.</p> : null}
        {commands.map((command, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection is handled by the combobox input.
          <div
            key={command.id}
            tabIndex={-1}
            id={`${id}-${command.id}`}
            role="option"
            aria-selected={index === active}
            className="palette-option"
            onMouseEnter={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span className="palette-group">{command.group}</span>
            <span>
              {command.label}
              {command.snippet ? (
                <span className="palette-snippet">
                  <Snippet parts={command.snippet} />
                </span>
              ) : null}
            </span>
            {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
          </div>
        ))}
      </div>
    </div>
  );
}
