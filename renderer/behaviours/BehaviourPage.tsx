import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import type { BehaviourChange } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDate } from '../ui/format';
import { BehaviourForm } from './BehaviourForm';
import { DeleteDialog, MergeDialog } from './BehaviourDialogs';
import { LEVEL_LABELS, namesById, observationCount } from './library-model';
import { BehaviourBreakdown } from '../progress/BehaviourBreakdown';
import { useBehaviour, useLibrary } from './use-library';

const CHANGE_LABELS: Record<BehaviourChange['kind'], string> = {
  created: 'Created',
  edited: 'Edited',
  archived: 'Archived',
  unarchived: 'Unarchived',
  merged: 'Merged',
  imported: 'Imported',
};

type Open = 'edit' | 'merge' | 'delete' | null;

export function BehaviourPage({ id }: { id: string }) {
  const api = useApi();
  const [open, setOpen] = useState<Open>(null);
  const behaviour = useBehaviour(id);
  const library = useLibrary();
  const archive = useMutation({
    mutationFn: (archived: boolean) =>
      archived ? api.behaviours.archive({ id }) : api.behaviours.unarchive({ id }),
  });
  const close = () => setOpen(null);

  if (behaviour.isPending || library.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (behaviour.isError || library.isError) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <Link href="/behaviours" className="back-link">
          ← Behaviours
        </Link>
        <h1 id="screen-title">Behaviour not found</h1>
        <p role="alert">{errorMessage(behaviour.error ?? library.error)}</p>
      </section>
    );
  }
  const b = behaviour.data;
  const lib = library.data;
  const stageNames = namesById(lib.stages);
  const competency = lib.competencies.find((c) => c.id === b.competencyId);
  const mergedInto = b.mergedIntoId ? lib.behaviours.find((t) => t.id === b.mergedIntoId) : undefined;

  return (
    <section className="screen behaviour-page" aria-labelledby="screen-title">
      <Link href="/behaviours" className="back-link">
        ← Behaviours
      </Link>
      <header className="screen-header">
        <div>
          <h1 id="screen-title">{b.name}</h1>
          <p className="subtitle">
            {competency ? <span className="badge">{competency.name}</span> : null}
            {b.archivedAt ? (
              <span className="badge badge-muted">Archived {formatDate(b.archivedAt)}</span>
            ) : null}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button" onClick={() => setOpen('edit')}>
            Edit
          </button>
          {b.mergedIntoId ? null : b.archivedAt ? (
            <button
              type="button"
              className="button"
              onClick={() => archive.mutate(false)}
              disabled={archive.isPending}
            >
              Unarchive
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() => archive.mutate(true)}
              disabled={archive.isPending}
            >
              Archive
            </button>
          )}
          {b.mergedIntoId ? null : (
            <button type="button" className="button" onClick={() => setOpen('merge')}>
              Merge into…
            </button>
          )}
          {b.observationCount === 0 ? (
            <button type="button" className="button button-danger-quiet" onClick={() => setOpen('delete')}>
              Delete
            </button>
          ) : null}
        </div>
      </header>
      {archive.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(archive.error)}
        </p>
      ) : null}
      {b.mergedIntoId ? (
        <p className="notice">
          Merged into{' '}
          {mergedInto ? (
            <Link href={`/behaviours/${mergedInto.id}`}>{mergedInto.name}</Link>
          ) : (
            <span className="muted">a behaviour that no longer exists</span>
          )}
          . Its observations now count there.
        </p>
      ) : null}
      <p className="behaviour-lead">{b.definition}</p>

      <div className="behaviour-layout">
        <section className="panel" aria-labelledby="rubric-title">
          <h2 id="rubric-title">Rubric</h2>
          <table className="table rubric-table" aria-labelledby="rubric-title">
            <thead>
              <tr>
                <th scope="col" className="rubric-cell">
                  Level
                </th>
                <th scope="col" className="rubric-cell">
                  Description
                </th>
              </tr>
            </thead>
            <tbody>
              {LEVEL_LABELS.map((label, index) => (
                <tr key={label} className="rubric-row">
                  <th scope="row" className="rubric-cell rubric-level nowrap">
                    {label}
                  </th>
                  <td className="rubric-cell">{b.rubric[index]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel" aria-labelledby="details-title">
          <h2 id="details-title">Details</h2>
          <dl className="facts">
            <div className="fact">
              <dt>Competency</dt>
              <dd>{competency?.name ?? <span className="muted">Unknown</span>}</dd>
            </div>
            <div className="fact">
              <dt>Stages</dt>
              <dd>
                <ul className="stage-tags">
                  {b.stageIds.map((stageId) => (
                    <li key={stageId} className="stage-tag">
                      {stageNames.get(stageId) ?? 'Unknown stage'}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div className="fact">
              <dt>Methodologies</dt>
              <dd>
                {b.methodologies.length > 0 ? (
                  b.methodologies.join(', ')
                ) : (
                  <span className="muted">None</span>
                )}
              </dd>
            </div>
            <div className="fact">
              <dt>Observations</dt>
              <dd>{observationCount(b.observationCount)}</dd>
            </div>
          </dl>
        </section>
        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">History</h2>
          {b.history.length === 0 ? (
            <p className="muted">No changes recorded yet.</p>
          ) : (
            <ol className="history-list">
              {b.history.map((change, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only and never reordered.
                <li key={index} className="history-item">
                  <time dateTime={change.changedAt} className="muted nowrap">
                    {formatDate(change.changedAt)}
                  </time>
                  <span>
                    <span className="history-kind">{CHANGE_LABELS[change.kind]}</span>
                    {' — '}
                    {change.name !== b.name ? <span className="history-name">{change.name}: </span> : null}
                    {change.summary}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <BehaviourBreakdown behaviourId={b.id} />
      </div>

      <Dialog title={`Edit ${b.name}`} open={open === 'edit'} onClose={close}>
        <BehaviourForm library={lib} behaviour={b} onCancel={close} onDone={close} />
      </Dialog>
      <MergeDialog behaviour={b} library={lib} open={open === 'merge'} onClose={close} />
      <DeleteDialog behaviour={b} open={open === 'delete'} onClose={close} />
    </section>
  );
}
