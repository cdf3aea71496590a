import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Behaviour, LEVEL_NAMES, type Verdict } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { matchBehaviours } from './behaviour-search';

/** The library, shared by every picker on screen (one query key, one fetch). */
export function useLibrary() {
  return useApiQuery('library.get', {});
}

interface BehaviourPickerProps {
  value: string | null;
  onChange(id: string): void;
  label?: string;
  autoFocus?: boolean;
  /** A validation message, announced with the field. */
  error?: string | undefined;
}

/** A type-ahead combobox over the active behaviours, grouped by competency (ARIA 1.2 combobox pattern). */
export function BehaviourPicker({
  value,
  onChange,
  label = 'Behaviour',
  autoFocus,
  error,
}: BehaviourPickerProps) {
  const library = useLibrary();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const messageId = `${id}-message`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const selected = library.data?.behaviours.find((b) => b.id === value) ?? null;
  const groups = useMemo(
    () => (library.data ? matchBehaviours(library.data, query ?? '') : []),
    [library.data, query],
  );
  const options = groups.flatMap((g) => g.matches.map((m) => m.behaviour));
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (behaviourId: string) => `${id}-option-${behaviourId}`;

  useEffect(() => {
    // The dialog opens (showModal) after its children mount, so focus once the frame is painted.
    if (!autoFocus) return;
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [autoFocus]);

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(optionId(activeOption.id))?.scrollIntoView({ block: 'nearest' });
  });

  function choose(behaviour: Behaviour) {
    onChange(behaviour.id);
    setQuery(null);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) {
        setOpen(true);
        const current = options.findIndex((b) => b.id === value);
        setActive(current === -1 ? (step === 1 ? 0 : last) : current);
      } else {
        setActive((i) => (Math.min(i, last) + step + options.length) % Math.max(options.length, 1));
      }
    } else if (event.key === 'Enter') {
      // While the list is open, Enter belongs to the list: never submit the form around it.
      if (open) {
        event.preventDefault();
        if (activeOption) choose(activeOption);
      }
    } else if (event.key === 'Escape') {
      if (open || query !== null) {
        // Close the list only; the dialog around the picker stays open.
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
        setQuery(null);
      }
    }
  }

  const describedBy = error || library.isError ? messageId : undefined;
  return (
    <div className={error ? 'field field-invalid behaviour-picker' : 'field behaviour-picker'}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="picker-control">
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && options.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={activeOption ? optionId(activeOption.id) : undefined}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          autoComplete="off"
          spellCheck={false}
          placeholder={library.isPending ? 'Loading behaviours…' : 'Type to search behaviours'}
          value={query ?? selected?.name ?? ''}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setQuery(null);
          }}
        />
        <div
          id={listboxId}
          role="listbox"
          aria-label={`${label} suggestions`}
          className="picker-listbox"
          hidden={!open || options.length === 0}
        >
          {groups.map((group, g) => (
            // biome-ignore lint/a11y/useSemanticElements: a listbox groups its options with role=group, not fieldsets.
            <div key={group.competency} role="group" aria-labelledby={`${id}-group-${g}`}>
              <div id={`${id}-group-${g}`} role="presentation" className="picker-group">
                {group.competency}
              </div>
              {group.matches.map(({ behaviour }) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard picks options from the input (aria-activedescendant).
                <div
                  key={behaviour.id}
                  id={optionId(behaviour.id)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={behaviour.id === activeOption?.id}
                  className={behaviour.id === value ? 'picker-option picker-option-chosen' : 'picker-option'}
                  // Keep focus in the input, so the listbox does not close before the click lands.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(behaviour)}
                >
                  <span className="picker-option-name">{behaviour.name}</span>
                  <span className="picker-option-definition">{behaviour.definition}</span>
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
      {open && options.length === 0 && library.data ? (
        <p className="picker-empty">No behaviour matches “{query}”.</p>
      ) : null}
      {selected && !open ? <p className="field-hint">{selected.definition}</p> : null}
      <span className="visually-hidden" aria-live="polite">
        {open && query ? `${options.length} ${options.length === 1 ? 'behaviour' : 'behaviours'} found` : ''}
      </span>
      {error || library.isError ? (
        <p id={messageId} className="field-error">
          {error ?? 'The behaviour library could not be loaded.'}
        </p>
      ) : null}
    </div>
  );
}

export interface Rating {
  level: number | null;
  verdict: Verdict | null;
}

interface LevelPickerProps {
  value: Rating;
  onChange(value: Rating): void;
  /** The behaviour being rated: its rubric is shown for the chosen level. */
  behaviourId?: string | null;
  error?: string | undefined;
}

const VERDICT_CHOICES: { verdict: Verdict; label: string }[] = [
  { verdict: 'strength', label: 'Strength' },
  { verdict: 'gap', label: 'Gap' },
];

/** Rating: a level from 1 to 4, or a strength/gap verdict. Digits 1–4 pick a level while the group has focus. */
export function LevelPicker({ value, onChange, behaviourId, error }: LevelPickerProps) {
  const library = useLibrary();
  const id = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  const behaviour = library.data?.behaviours.find((b) => b.id === behaviourId) ?? null;
  const shownLevel = value.level;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!/^[1-4]$/.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    const level = Number(event.key);
    onChange({ level, verdict: null });
    groupRef.current?.querySelector<HTMLInputElement>(`input[value="${level}"]`)?.focus();
  }

  const radio = (key: string, checked: boolean, choose: () => void, content: ReactNode, level?: number) => (
    // The rubric as a tooltip, not a hover preview: text that appears on hover moves the dialog under the pointer.
    <label
      key={key}
      className="level-option"
      title={level && behaviour ? behaviour.rubric[level - 1] : undefined}
    >
      <input type="radio" name={`${id}-rating`} value={key} checked={checked} onChange={choose} />
      {content}
    </label>
  );

  return (
    <div
      ref={groupRef}
      className={error ? 'field level-picker field-invalid' : 'field level-picker'}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={error ? `${id}-error` : undefined}
      onKeyDown={onKeyDown}
    >
      <span id={`${id}-legend`} className="field-label">
        Rating
      </span>
      <div className="level-options">
        {LEVEL_NAMES.map((name, index) =>
          radio(
            String(index + 1),
            value.level === index + 1,
            () => onChange({ level: index + 1, verdict: null }),
            <>
              <span className="level-digit">{index + 1}</span> {name}
            </>,
            index + 1,
          ),
        )}
        <span className="level-or" aria-hidden="true">
          or
        </span>
        {VERDICT_CHOICES.map(({ verdict, label }) =>
          radio(verdict, value.verdict === verdict, () => onChange({ level: null, verdict }), label),
        )}
      </div>
      {behaviour ? (
        <p className="level-rubric" aria-live="polite">
          {shownLevel ? (
            <>
              <strong>
                {shownLevel} {LEVEL_NAMES[shownLevel - 1]}:
              </strong>{' '}
              {behaviour.rubric[shownLevel - 1]}
            </>
          ) : (
            <span className="muted">
              {value.verdict
                ? `Rated as a ${value.verdict} rather than a level.`
                : `Choose a level to see its rubric for ${behaviour.name}.`}
            </span>
          )}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
