import { useMutation } from '@tanstack/react-query';
import { useApiQuery } from '../api/queries';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../app/client-context';
import { SHORTCUTS, shortcutLabel } from '../app/shortcuts';
import { RepCallReviews } from '../call-reviews/RepCallReviews';
import { NotePage } from '../notes/NotePage';
import { NotesList } from '../notes/NotesList';
import { ObservationList } from '../observations/ObservationList';
import { useQuickCapture } from '../observations/QuickCapture';
import { RepOneToOnes } from '../one-on-ones/RepOneToOnes';
import { RepProgress } from '../progress/RepProgress';
import { Dialog } from '../ui/Dialog';
import { ShareWithRepButton, SharingPanel } from '../share-packs/ManagerSharing';
import { useWorkspace } from '../workspace/use-workspace';
import { errorMessage, formatDate } from '../ui/format';
import { ratingLabel, ratingTone } from '../observations/format';
import { PersonForm } from './PersonForm';

export type PersonTab = 'overview' | 'progress' | 'observations' | 'notes' | 'one-to-ones' | 'calls';

const TABS: { tab: PersonTab; label: string; path: string }[] = [
  { tab: 'overview', label: 'Overview', path: '' },
  { tab: 'progress', label: 'Progress', path: '/progress' },
  { tab: 'observations', label: 'Observations', path: '/observations' },
  { tab: 'notes', label: 'Notes', path: '/notes' },
  { tab: 'one-to-ones', label: 'One-to-ones', path: '/one-to-ones' },
  { tab: 'calls', label: 'Calls', path: '/calls' },
];

export function PersonPage({
  id,
  tab = 'overview',
  noteId,
}: {
  id: string;
  tab?: PersonTab;
  noteId?: string;
}) {
  const api = useApi();
  const quickCapture = useQuickCapture();
  const [editing, setEditing] = useState(false);
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const person = useApiQuery('people.get', { id });
  const owner = useWorkspace().data?.owner;
  const archive = useMutation({
    mutationFn: (archived: boolean) => (archived ? api.people.archive({ id }) : api.people.unarchive({ id })),
    onSuccess: () => setConfirmingArchive(false),
  });

  if (person.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (person.isError) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <Link href="/team" className="back-link">
          ← Team
        </Link>
        <h1 id="screen-title">Person not found</h1>
        <p role="alert">{errorMessage(person.error)}</p>
      </section>
    );
  }
  const p = person.data;
  // A manager shares a rep's history with them as a file (the core refuses anyone else).
  const canShare =
    p.kind === 'rep' && p.archivedAt === null && owner?.kind === 'manager' && owner.id !== p.id;
  const facts: [string, string | null][] = [
    ['Role', p.title],
    ['Team', p.team],
    ['Region', p.region],
    ['Segment', p.segment],
    ['Start date', formatDate(p.startDate) || null],
    ['Email', p.email],
  ];

  return (
    <section className="screen" aria-labelledby="screen-title">
      <Link href="/team" className="back-link">
        ← Team
      </Link>
      <header className="screen-header">
        <div>
          <h1 id="screen-title">{p.name}</h1>
          <p className="subtitle">
            <span className="badge">{p.kind === 'manager' ? 'Manager' : 'Rep'}</span>
            {p.archivedAt ? (
              <span className="badge badge-muted">Archived {formatDate(p.archivedAt.slice(0, 10))}</span>
            ) : null}
          </p>
        </div>
        <div className="actions">
          {p.archivedAt ? null : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => quickCapture.open(p.id)}
              aria-keyshortcuts={SHORTCUTS.recordObservation.replace('Mod', 'Control')}
              title={shortcutLabel(SHORTCUTS.recordObservation)}
            >
              Record observation
            </button>
          )}
          {canShare ? <ShareWithRepButton repId={p.id} repName={p.name} /> : null}
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          {p.archivedAt ? (
            <button
              type="button"
              className="button"
              onClick={() => archive.mutate(false)}
              disabled={archive.isPending}
            >
              Unarchive
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmingArchive(true)}>
              Archive
            </button>
          )}
        </div>
      </header>
      {archive.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(archive.error)}
        </p>
      ) : null}

      <nav className="tabs" aria-label={`About ${p.name}`}>
        {TABS.filter((t) => !['one-to-ones', 'calls', 'progress'].includes(t.tab) || p.kind === 'rep').map(
          (t) => (
            <Link
              key={t.tab}
              href={`/team/${p.id}${t.path}`}
              className="tab"
              aria-current={tab === t.tab ? 'page' : undefined}
            >
              {t.label}
            </Link>
          ),
        )}
      </nav>

      {tab === 'progress' ? (
        <RepProgress repId={p.id} repName={p.name} archived={p.archivedAt !== null} />
      ) : null}
      {tab === 'observations' ? <ObservationList repId={p.id} /> : null}
      {tab === 'notes' && !noteId ? <NotesList repId={p.id} repName={p.name} /> : null}
      {tab === 'notes' && noteId ? <NotePage repId={p.id} noteId={noteId} repName={p.name} /> : null}
      {tab === 'calls' ? (
        <RepCallReviews repId={p.id} repName={p.name} archived={p.archivedAt !== null} />
      ) : null}
      {tab === 'one-to-ones' ? (
        <RepOneToOnes repId={p.id} repName={p.name} archived={p.archivedAt !== null} />
      ) : null}

      {tab !== 'overview' ? null : (
        <div className="panels">
          <section className="panel" aria-labelledby="details-title">
            <h2 id="details-title">Details</h2>
            <dl className="facts">
              <div className="fact">
                <dt>Manager</dt>
                <dd>
                  {p.managerId ? (
                    <Link href={`/team/${p.managerId}`}>{p.managerName}</Link>
                  ) : (
                    <span className="muted">None</span>
                  )}
                </dd>
              </div>
              {facts.map(([label, value]) => (
                <div key={label} className="fact">
                  <dt>{label}</dt>
                  <dd>{value ?? <span className="muted">Not set</span>}</dd>
                </div>
              ))}
            </dl>
          </section>
          {p.directReports.length > 0 ? (
            <section className="panel" aria-labelledby="reports-title">
              <h2 id="reports-title">Direct reports</h2>
              <ul className="plain-list">
                {p.directReports.map((r) => (
                  <li key={r.id}>
                    <Link href={`/team/${r.id}`}>{r.name}</Link>
                    <span className="muted"> · {r.title}</span>
                    {r.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <RecentObservations repId={p.id} />
          {canShare ? <SharingPanel repId={p.id} repName={p.name} /> : null}
        </div>
      )}

      <Dialog title={`Edit ${p.name}`} open={editing} onClose={() => setEditing(false)}>
        <PersonForm person={p} onCancel={() => setEditing(false)} onDone={() => setEditing(false)} />
      </Dialog>
      <Dialog
        title={`Archive ${p.name}?`}
        open={confirmingArchive}
        onClose={() => setConfirmingArchive(false)}
      >
        <p>
          {p.name} will leave the team lists. Their coaching history is kept, and you can unarchive them at
          any time.
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setConfirmingArchive(false)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => archive.mutate(true)}
            disabled={archive.isPending}
          >
            Archive
          </button>
        </div>
      </Dialog>
    </section>
  );
}

function RecentObservations({ repId }: { repId: string }) {
  const recent = useApiQuery('observations.list', { repId, limit: 5 });
  return (
    <section className="panel" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent observations</h2>
      {recent.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : recent.isError ? (
        <p role="alert">{errorMessage(recent.error)}</p>
      ) : recent.data.length === 0 ? (
        <p className="muted">No observations yet.</p>
      ) : (
        <ul className="plain-list">
          {recent.data.map((o) => (
            <li key={o.id}>
              <span className="muted">{formatDate(o.observedOn)}</span> · {o.behaviourName} ·{' '}
              <span className={`rating rating-${ratingTone(o)}`}>{ratingLabel(o)}</span>
            </li>
          ))}
          <li>
            <Link href={`/team/${repId}/observations`}>All observations →</Link>
          </li>
        </ul>
      )}
    </section>
  );
}
