import { type ReactNode, useEffect, useId, useRef } from 'react';
import { focusPageHeading } from './focus';

interface DialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
}

/**
 * A modal on the native <dialog>: focus trapping, Escape and the accessible name come from the platform.
 * When it closes (or goes away with its page), focus returns to what opened it, or to the page heading
 * when that is gone, never to the document body.
 */
export function Dialog({ title, open, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      restoreFocus(opener.current);
    }
  }, [open]);
  useEffect(
    () => () => {
      if (ref.current?.open) restoreFocus(opener.current);
    },
    [],
  );
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open ? children : null}
    </dialog>
  );
}

function restoreFocus(opener: HTMLElement | null) {
  // After React has finished this update: the opener may be re-rendered, or gone with a navigation.
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) {
      if (!document.activeElement.closest('dialog:not([open])')) return;
    }
    if (opener?.isConnected) opener.focus();
    else focusPageHeading();
  });
}
