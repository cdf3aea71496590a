import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { RolePlayScript } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { usePageCommands } from '../app/page-commands';
import { downloadFile } from '../behaviours/library-model';
import { errorMessage } from '../ui/format';
import { useWorkspace } from '../workspace/use-workspace';
import { beatNumber, DIFFICULTY, nextLabel } from './format';

/** Who, what and why: the part of a script read before practising. */
export function ScriptBrief({ script }: { script: RolePlayScript }) {
  const p = script.persona;
  return (
    <>
      <section aria-labelledby="situation-heading">
        <h2 id="situation-heading">Situation</h2>
        {script.situationText.split(/\n+/).map((paragraph, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a text that does not change while shown.
          <p key={i}>{paragraph}</p>
        ))}
      </section>
      <section aria-labelledby="persona-heading">
        <h2 id="persona-heading">The customer</h2>
        <p>
          <strong>{p.name}</strong>, {p.title}, {p.company}
        </p>
        <dl className="persona">
          <dt>Goals</dt>
          <dd>{p.goals}</dd>
          <dt>Concerns</dt>
          <dd>{p.concerns}</dd>
          <dt>How they behave</dt>
          <dd>{p.personality}</dd>
        </dl>
      </section>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">The rep’s objectives</h2>
        <ul>
          {script.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function BeatsList({ script, showModel = true }: { script: RolePlayScript; showModel?: boolean }) {
  return (
    <ol className="beat-list">
      {script.beats.map((beat, i) => (
        <li key={beat.id} className="beat-card">
          <p className="beat-line">“{beat.customerLine}”</p>
          {beat.direction ? <p className="beat-direction">{beat.direction}</p> : null}
          {showModel ? (
            <p>
              <strong>Strong response:</strong> {beat.modelAnswer}
            </p>
          ) : null}
          {beat.branches.map((branch) => (
            <p key={branch.condition} className="beat-branch">
              If {branch.condition.charAt(0).toLowerCase() + branch.condition.slice(1)} → beat{' '}
              {beatNumber(script.beats, branch.next)}
            </p>
          ))}
          <p className="muted">Then: {nextLabel(script.beats, i)}</p>
        </li>
      ))}
    </ol>
  );
}

export function RubricTable({ script }: { script: RolePlayScript }) {
  return (
    <table className="rubric-table">
      <caption>Rubric</caption>
      <thead>
        <tr>
          <th scope="col">Behaviour</th>
          <th scope="col">1 · Not yet</th>
          <th scope="col">2 · Developing</th>
          <th scope="col">3 · Consistent</th>
          <th scope="col">4 · Role model</th>
        </tr>
      </thead>
      <tbody>
        {script.rubric.map((line) => (
          <tr key={line.behaviourId}>
            <th scope="row">{line.behaviourName}</th>
            {([0, 1, 2, 3] as const).map((n) => (
              <td key={n}>{line.levels[n]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Practise({ script }: { script: RolePlayScript }) {
  const [, navigate] = useLocation();
  const owner = useWorkspace().data?.owner;
  const reps = useApiQuery('people.list', { status: 'active', kind: 'rep' });
  const [repId, setRepId] = useState('');
  if (script.archived) return <p className="muted">Bring this script back to practise it.</p>;
  if (owner?.kind === 'rep')
    return (
      <button
        type="button"
        className="button button-primary"
        onClick={() => navigate(`/role-plays/${script.id}/run/${owner.id}/self-practice`)}
      >
        Practise on my own
      </button>
    );
  const others = (reps.data ?? []).filter((r) => r.id !== owner?.id);
  return (
    <form
      className="practise-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (repId) navigate(`/role-plays/${script.id}/run/${repId}/manager-run`);
      }}
    >
      <label className="inline-field">
        Practise with{' '}
        <select value={repId} onChange={(e) => setRepId(e.target.value)} required>
          <option value="">Choose a rep…</option>
          {others.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-primary" disabled={!repId}>
        Start practice
      </button>
    </form>
  );
}

/** /role-plays/:id — a script to read, print, edit or practise. */
export function ScriptPage({ id, version }: { id: string; version?: number }) {
  const api = useApi();
  const [, navigate] = useLocation();
  const script = useApiQuery('rolePlays.get', version === undefined ? { id } : { id, version });
  const archive = useMutation({
    mutationFn: (archived: boolean) => api.rolePlays.archive({ id, archived }),
  });
  const duplicate = useMutation({
    mutationFn: () => api.rolePlays.duplicate({ id }),
    onSuccess: (copy) => navigate(`/role-plays/${copy.id}/edit`),
  });
  const exportOne = useMutation({
    mutationFn: () => api.rolePlays.export({ ids: [id] }),
    onSuccess: ({ fileName, json }) => downloadFile(fileName, json),
  });

  const commands = useMemo(
    () => [
      { id: 'role-play-edit', label: 'Edit this script', run: () => navigate(`/role-plays/${id}/edit`) },
      {
        id: 'role-play-print',
        label: 'Print this script as a handout',
        run: () => navigate(`/role-plays/${id}/print`),
      },
      { id: 'role-play-duplicate', label: 'Duplicate this script', run: () => duplicate.mutate() },
    ],
    [id, navigate, duplicate.mutate],
  );
  usePageCommands(commands);

  if (script.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading the script…
      </p>
    );
  if (script.isError)
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Script not available</h1>
        <p role="alert">{errorMessage(script.error)}</p>
        <Link href="/role-plays">Back to role-plays</Link>
      </section>
    );
  const s = script.data;
  const failed = archive.error ?? duplicate.error ?? exportOne.error;
  return (
    <section className="screen role-play" aria-labelledby="screen-title">
      <p className="breadcrumb">
        <Link href="/role-plays">Role-plays</Link>
      </p>
      <header className="screen-header">
        <h1 id="screen-title">{s.title}</h1>
        <div className="actions">
          <Link href={`/role-plays/${id}/print`} className="button">
            Print handout
          </Link>
          <button type="button" className="button" onClick={() => exportOne.mutate()}>
            Export
          </button>
          <button type="button" className="button" onClick={() => duplicate.mutate()}>
            Duplicate
          </button>
          <button type="button" className="button" onClick={() => archive.mutate(!s.archived)}>
            {s.archived ? 'Bring back' : 'Archive'}
          </button>
          <Link href={`/role-plays/${id}/edit`} className="button">
            Edit
          </Link>
        </div>
      </header>
      <p className="muted">
        {DIFFICULTY[s.difficulty]}
        {s.stageName ? ` · ${s.stageName}` : ''} · version {s.version}
        {s.version < s.latestVersion ? ` (the latest is ${s.latestVersion})` : ''}
        {s.archived ? ' · archived' : ''}
      </p>
      {s.versions.length > 1 ? (
        <nav aria-label="Versions" className="versions">
          Versions:{' '}
          {s.versions.map((v) => (
            <Link
              key={v.number}
              href={v.number === s.latestVersion ? `/role-plays/${id}` : `/role-plays/${id}/v/${v.number}`}
              aria-current={v.number === s.version ? 'page' : undefined}
            >
              {v.number} ({v.attemptCount} practice{v.attemptCount === 1 ? '' : 's'})
            </Link>
          ))}
        </nav>
      ) : null}
      {failed ? (
        <p className="form-error" role="alert">
          {errorMessage(failed)}
        </p>
      ) : null}
      <div className="practise-bar">
        <Practise script={s} />
      </div>
      <ScriptBrief script={s} />
      <section aria-labelledby="beats-heading">
        <h2 id="beats-heading">Beats</h2>
        <BeatsList script={s} />
      </section>
      <RubricTable script={s} />
    </section>
  );
}

/** /role-plays/:id/print — the script as a handout for practising offline. */
export function ScriptHandout({ id }: { id: string }) {
  const script = useApiQuery('rolePlays.get', { id });
  if (script.isPending) return <p aria-busy="true">Loading the script…</p>;
  if (script.isError) return <p role="alert">{errorMessage(script.error)}</p>;
  const s = script.data;
  return (
    <div className="print-view role-play-handout">
      <div className="print-toolbar">
        <Link href={`/role-plays/${id}`}>Back to the script</Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <article className="print-page" aria-labelledby="print-title">
        <header className="print-header">
          <h1 id="print-title">{s.title}</h1>
          <p className="print-date">
            Role-play handout · version {s.version} · {DIFFICULTY[s.difficulty]}
          </p>
        </header>
        <ScriptBrief script={s} />
        <section aria-labelledby="handout-beats">
          <h2 id="handout-beats">Beats</h2>
          <BeatsList script={s} />
        </section>
        <RubricTable script={s} />
      </article>
    </div>
  );
}
