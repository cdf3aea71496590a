import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { Participant } from '../../shared/contract';
import { SIDE_LABELS } from './format';

function items(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}

/** What a choice in the menu means: a participant's id, or null for "No one". */
export type SpeakerChoice = string | null;

/**
 * "Spoken by…": a menu button listing the call's participants and "No one". Arrow keys, Home and End move
 * through the choices, Enter picks one, Escape closes the menu and gives focus back to the button.
 */
export function SpokenByMenu({
  participants,
  disabled,
  onChoose,
}: {
  participants: Participant[];
  disabled: boolean;
  onChoose(choice: SpeakerChoice): void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const choices: { key: string; value: SpeakerChoice; label: string }[] = [
    ...participants.map((p) => ({
      key: p.id,
      value: p.id,
      label: `${p.name} (${SIDE_LABELS[p.side]}${p.title ? `, ${p.title}` : ''})`,
    })),
    { key: 'no-one', value: null, label: 'No one (not a person)' },
  ];

  useEffect(() => {
    if (open) items(menuRef.current)[0]?.focus();
  }, [open]);
  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }
  function choose(choice: SpeakerChoice) {
    close();
    onChoose(choice);
  }
  function onMenuKey(event: KeyboardEvent<HTMLDivElement>) {
    const list = items(menuRef.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') setOpen(false);
  }

  return (
    <div className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="button button-small button-primary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Spoken by…
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          className="menu"
          role="menu"
          aria-label="Spoken by"
          onKeyDown={onMenuKey}
        >
          {choices.map((choice) => (
            <button
              key={choice.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              onClick={() => choose(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
