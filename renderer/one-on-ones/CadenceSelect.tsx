import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useApiCache } from '../api/queries';
import type { RepCadence } from '../../shared/contract';
import { CADENCE_LABELS, CADENCES, type Cadence } from '../../shared/domain/cadence';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { useToast } from '../ui/Toast';

function cadenceLabel(cadence: Cadence | null): string {
  return cadence ? CADENCE_LABELS[cadence] : 'None';
}

function useSaveCadence(repId: string) {
  const api = useApi();
  const cache = useApiCache();
  return useMutation({
    mutationFn: (cadence: Cadence | null) => api.oneOnOnes.setCadence({ repId, cadence }),
    // The rest (meetings, the brief, This week) hears of it through `oneOnOnes.changed`.
    onSuccess: (saved) => {
      cache.set('oneOnOnes.overview', {}, (rows) => rows?.map((r) => (r.repId === saved.repId ? saved : r)));
    },
  });
}

/**
 * How often to meet a rep, changed on purpose: choose, then Save. (A select that saved on change let
 * one stray arrow key re-plan a rep.)
 */
export function CadenceForm({
  rep,
  autoFocus = false,
  onSaved,
  onCancel,
}: {
  rep: RepCadence;
  autoFocus?: boolean;
  onSaved?(before: Cadence | null, after: Cadence | null): void;
  onCancel?(): void;
}) {
  const save = useSaveCadence(rep.repId);
  const [choice, setChoice] = useState<Cadence | null>(rep.cadence);
  const changed = choice !== rep.cadence;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!changed) return onCancel?.();
    const before = rep.cadence;
    save.mutate(choice, { onSuccess: () => onSaved?.(before, choice) });
  }
  const errorId = `cadence-error-${rep.repId}`;
  return (
    <form className="cadence-form" onSubmit={submit} noValidate>
      <select
        aria-label={`Cadence for ${rep.repName}`}
        value={choice ?? ''}
        autoFocus={autoFocus}
        aria-invalid={save.isError}
        aria-describedby={save.isError ? errorId : undefined}
        onChange={(e) => setChoice(e.target.value === '' ? null : (e.target.value as Cadence))}
      >
        <option value="">None</option>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      {onCancel ? (
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
      <button
        type="submit"
        className="button button-small button-primary"
        disabled={(!changed && !onCancel) || save.isPending}
      >
        {save.isPending ? 'Saving…' : 'Save cadence'}
      </button>
      {save.isError ? (
        <span id={errorId} className="field-error" role="alert">
          {errorMessage(save.error)}
        </span>
      ) : null}
    </form>
  );
}

/** In a list: the cadence as text, changed in a small dialog, with Undo offered afterwards. */
export function CadenceCell({ rep }: { rep: RepCadence }) {
  const [editing, setEditing] = useState(false);
  const toast = useToast();
  const undo = useSaveCadence(rep.repId);
  return (
    <span className="cadence-cell">
      <span>{cadenceLabel(rep.cadence)}</span>
      <button
        type="button"
        className="link-button"
        aria-label={`Change cadence for ${rep.repName}`}
        onClick={() => setEditing(true)}
      >
        Change
      </button>
      <Dialog title={`Cadence for ${rep.repName}`} open={editing} onClose={() => setEditing(false)}>
        <CadenceForm
          rep={rep}
          autoFocus
          onCancel={() => setEditing(false)}
          onSaved={(before, after) => {
            setEditing(false);
            toast({
              message: `${rep.repName}: cadence ${cadenceLabel(after).toLowerCase()} (was ${cadenceLabel(before).toLowerCase()}).`,
              actions: [{ label: 'Undo', run: () => undo.mutateAsync(before).then(() => undefined) }],
            });
          }}
        />
      </Dialog>
    </span>
  );
}
