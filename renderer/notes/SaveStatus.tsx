import type { SaveState } from './use-autosave';

/** The parts of useAutosave's result these need, whatever the document type. */
interface Autosave {
  state: SaveState;
  message: string | null;
  retry(): void;
}

const SAVE_LABELS: Record<SaveState, string> = {
  saved: 'All changes saved',
  unsaved: 'Editing…',
  saving: 'Saving…',
  conflict: 'Not saved: changed elsewhere',
  error: 'Not saved',
};

/** The visible saved state of an autosaving document, announced politely to screen readers. */
export function SaveStatus({ autosave }: { autosave: Autosave }) {
  return (
    <output className={`save-state save-${autosave.state}`} aria-live="polite">
      {SAVE_LABELS[autosave.state]}
    </output>
  );
}

/** Why the last save failed, with a retry where retrying can help (not after a conflict). */
export function SaveProblem({ autosave }: { autosave: Autosave }) {
  if (!autosave.message) return null;
  return (
    <p className="form-error" role="alert">
      {autosave.message}{' '}
      {autosave.state === 'error' ? (
        <button type="button" className="button button-quiet" onClick={autosave.retry}>
          Try again
        </button>
      ) : null}
    </p>
  );
}
