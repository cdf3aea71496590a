import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import type { Behaviour, Library } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { activeCompetencies, observationCount } from './library-model';
import { useApiCache } from '../api/queries';

interface BehaviourDialogProps {
  behaviour: Behaviour;
  open: boolean;
  onClose(): void;
}

export function MergeDialog({
  behaviour,
  library,
  open,
  onClose,
}: BehaviourDialogProps & { library: Library }) {
  const api = useApi();
  const [, navigate] = useLocation();
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string>();
  const merge = useMutation({
    mutationFn: () => api.behaviours.merge({ sourceId: behaviour.id, targetId }),
    onSuccess: ({ target }) => {
      onClose();
      navigate(`/behaviours/${target.id}`);
    },
  });
  // Offer the active behaviours, grouped as on the Behaviours screen.
  const groups = activeCompetencies(library)
    .map((competency) => ({
      competency,
      behaviours: library.behaviours
        .filter((b) => b.competencyId === competency.id && !b.archivedAt && b.id !== behaviour.id)
        .sort((a, b) => a.position - b.position),
    }))
    .filter((g) => g.behaviours.length > 0);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!targetId) {
      setError('Choose the behaviour to merge into');
      return;
    }
    merge.mutate();
  }

  return (
    <Dialog title="Merge into another behaviour" open={open} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <p>
          {behaviour.observationCount === 0
            ? 'It has no observations yet. '
            : behaviour.observationCount === 1
              ? 'Its 1 observation moves to the behaviour you choose. '
              : `Its ${observationCount(behaviour.observationCount)} move to the behaviour you choose. `}
          <strong>{behaviour.name}</strong> is then archived, with a link to the behaviour it was merged into.
          Use this when two behaviours describe the same thing.
        </p>
        {merge.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(merge.error)}
          </p>
        ) : null}
        <Field label="Merge into" error={error} required>
          {(props) => (
            <select
              {...props}
              value={targetId}
              onChange={(e) => {
                setTargetId(e.target.value);
                setError(undefined);
              }}
            >
              <option value="">Choose a behaviour…</option>
              {groups.map((g) => (
                <optgroup key={g.competency.id} label={g.competency.name}>
                  {g.behaviours.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={merge.isPending}>
            {merge.isPending ? 'Merging…' : 'Merge'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeleteDialog({ behaviour, open, onClose }: BehaviourDialogProps) {
  const api = useApi();
  const cache = useApiCache();
  const [, navigate] = useLocation();
  const remove = useMutation({
    mutationFn: () => api.behaviours.delete({ id: behaviour.id }),
    onSuccess: () => {
      onClose();
      navigate('/behaviours');
      // Gone for good: drop its cached page rather than let `library.changed` refetch it into a "not found".
      cache.remove('behaviours.get', { id: behaviour.id });
    },
  });
  return (
    <Dialog title={`Delete ${behaviour.name}?`} open={open} onClose={onClose}>
      <p>
        It has never been used in an observation, so nothing else changes. Deleting cannot be undone; archive
        it instead if you may want it back.
      </p>
      {remove.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(remove.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => remove.mutate()}
          disabled={remove.isPending}
        >
          {remove.isPending ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </Dialog>
  );
}
