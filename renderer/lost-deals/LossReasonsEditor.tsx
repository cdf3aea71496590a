import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { LossReason } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { useApiQuery } from '../api/queries';
import { errorMessage, formatDate } from '../ui/format';

function ReasonRow({ reason }: { reason: LossReason }) {
  const api = useApi();
  const [name, setName] = useState(reason.name);
  const history = useApiQuery('lossReasons.history', { id: reason.id });
  const rename = useMutation({
    mutationFn: () =>
      api.lossReasons.update({
        id: reason.id,
        revision: reason.revision,
        name,
        description: reason.description,
      }),
  });
  const archive = useMutation({
    mutationFn: () =>
      reason.archivedAt
        ? api.lossReasons.unarchive({ id: reason.id })
        : api.lossReasons.archive({ id: reason.id }),
  });
  const error = rename.error ?? archive.error;
  const renames = (history.data ?? []).filter((h) => h.kind === 'renamed');
  return (
    <li className="loss-reason-row">
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          if (name.trim() && name !== reason.name) rename.mutate();
        }}
      >
        <input
          aria-label={`Name of the loss reason “${reason.name}”`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={80}
        />
        <button
          type="submit"
          className="button button-small button-quiet"
          disabled={name === reason.name || rename.isPending}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => archive.mutate()}
          disabled={archive.isPending}
        >
          {reason.archivedAt ? 'Unarchive' : 'Archive'}
        </button>
        {reason.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
      </form>
      {renames.length > 0 ? (
        <p className="muted">
          Was{' '}
          {renames.map((h) => `“${h.previousName}” until ${formatDate(h.changedAt.slice(0, 10))}`).join(', ')}
          . Deals keep the name they were recorded with.
        </p>
      ) : null}
      {error ? <p role="alert">{errorMessage(error)}</p> : null}
    </li>
  );
}

/** The loss-reason taxonomy: add, rename, archive. Past deals keep the reasons as they were recorded. */
export function LossReasonsEditor() {
  const api = useApi();
  const reasons = useApiQuery('lossReasons.list', { includeArchived: true });
  const [name, setName] = useState('');
  // Each reason reads its history: only once someone opens the list.
  const [open, setOpen] = useState(false);
  const create = useMutation({
    mutationFn: () => api.lossReasons.create({ name, description: null }),
    onSuccess: () => setName(''),
  });
  return (
    <section className="panel" aria-labelledby="loss-reasons-title">
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="loss-reasons-title" className="inline-heading">
            Loss reasons
          </h2>
        </summary>
        {!open ? null : reasons.isPending ? (
          <p className="muted" aria-busy="true">
            Loading…
          </p>
        ) : reasons.isError ? (
          <p role="alert">The loss reasons could not be loaded: {errorMessage(reasons.error)}</p>
        ) : (
          <ul className="plain-list">
            {reasons.data.map((r) => (
              <ReasonRow key={`${r.id}:${r.revision}`} reason={r} />
            ))}
          </ul>
        )}
        <form
          className="lost-action-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim()) create.mutate();
          }}
        >
          <label>
            New reason <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
          </label>
          <button type="submit" className="button button-small" disabled={create.isPending}>
            Add reason
          </button>
          {create.isError ? <p role="alert">{errorMessage(create.error)}</p> : null}
        </form>
      </details>
    </section>
  );
}
