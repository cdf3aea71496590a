import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { downloadFile, formatBytes, issuePath } from '../behaviours/library-model';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { DIFFICULTY } from './format';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

type ImportState =
  | { step: 'closed' }
  | { step: 'checking'; fileName: string }
  | { step: 'preview'; fileName: string; preparedId: string; scripts: { title: string; beatCount: number }[] }
  | { step: 'done'; fileName: string; created: { id: string; title: string }[] }
  | { step: 'refused'; fileName: string; message: string; issues: FieldIssue[] };

function refusal(fileName: string, error: unknown): ImportState {
  return error instanceof ApiError
    ? { step: 'refused', fileName, message: error.message, issues: error.issues }
    : { step: 'refused', fileName, message: errorMessage(error), issues: [] };
}

/** Import: the file is read and checked off the core's thread, previewed, then added in one go. */
function ImportScripts() {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ step: 'closed' });
  const commit = useMutation({
    mutationFn: (v: { preparedId: string; fileName: string }) =>
      api.rolePlays.import({ preparedId: v.preparedId }),
    onSuccess: ({ created }, { fileName }) => setState({ step: 'done', fileName, created }),
    onError: (error, { fileName }) => setState(refusal(fileName, error)),
  });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setState({
        step: 'refused',
        fileName: file.name,
        message: `This file is ${formatBytes(file.size)}; a script file can be at most 5 MB, so it was not read.`,
        issues: [],
      });
      return;
    }
    setState({ step: 'checking', fileName: file.name });
    try {
      const preview = await api.rolePlays.prepareImport({ json: await file.text() });
      setState({
        step: 'preview',
        fileName: file.name,
        preparedId: preview.preparedId,
        scripts: preview.scripts,
      });
    } catch (error) {
      setState(refusal(file.name, error));
    }
  }

  const close = () => setState({ step: 'closed' });
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import scripts…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label="Role-play script file to import"
        tabIndex={-1}
        onChange={choose}
      />
      <Dialog
        title={state.step === 'closed' ? '' : `Import ${state.fileName}`}
        open={state.step !== 'closed'}
        onClose={close}
      >
        {state.step === 'checking' ? (
          <p aria-busy="true">Reading the file…</p>
        ) : state.step === 'preview' ? (
          <>
            <p>
              {state.scripts.length === 1 ? 'One script' : `${state.scripts.length} scripts`} will be added as
              new scripts:
            </p>
            <ul>
              {state.scripts.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a file may hold two scripts of one title.
                <li key={`${i}-${s.title}`}>
                  {s.title} ({s.beatCount} beats)
                </li>
              ))}
            </ul>
            <div className="actions">
              <button type="button" className="button" onClick={close}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={commit.isPending}
                onClick={() => commit.mutate({ preparedId: state.preparedId, fileName: state.fileName })}
              >
                {commit.isPending ? 'Importing…' : 'Import'}
              </button>
            </div>
          </>
        ) : state.step === 'done' ? (
          <>
            <p role="status">
              Imported {state.created.length === 1 ? 'one script' : `${state.created.length} scripts`}.
            </p>
            <button type="button" className="button button-primary" onClick={close}>
              Done
            </button>
          </>
        ) : state.step === 'refused' ? (
          <>
            <p className="form-error" role="alert">
              {state.message}
            </p>
            {state.issues.length > 1 ? (
              <ul className="issue-list">
                {state.issues.slice(0, 20).map((issue, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two problems may read alike; their place is their identity.
                  <li key={`${i}-${issue.message}`}>
                    <code>{issuePath(issue.path) || 'file'}</code>: {issue.message}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="muted">Nothing was imported.</p>
            <button type="button" className="button" onClick={close}>
              Close
            </button>
          </>
        ) : null}
      </Dialog>
    </>
  );
}

/** /role-plays — the script library: practise a difficult conversation, write or import a script. */
export function RolePlaysScreen() {
  const api = useApi();
  const [, navigate] = useLocation();
  const [showArchived, setShowArchived] = useState(false);
  const scripts = useApiQuery('rolePlays.list', { includeArchived: showArchived });
  const exportAll = useMutation({
    mutationFn: (ids: string[]) => api.rolePlays.export({ ids }),
    onSuccess: ({ fileName, json }) => downloadFile(fileName, json),
  });
  const list = scripts.data ?? [];

  return (
    <section className="screen role-plays" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Role-plays</h1>
        <div className="actions">
          <Link href="/role-plays/progress" className="button">
            Practice over time
          </Link>
          <button
            type="button"
            className="button"
            disabled={list.length === 0 || exportAll.isPending}
            onClick={() => exportAll.mutate(list.map((s) => s.id))}
          >
            {exportAll.isPending ? 'Exporting…' : 'Export scripts'}
          </button>
          <ImportScripts />
          <button type="button" className="button button-primary" onClick={() => navigate('/role-plays/new')}>
            New script
          </button>
        </div>
      </header>
      <p className="muted">
        Practise one difficult conversation at a time: you read the customer, the rep answers, and each
        practice is scored on the script’s rubric.
      </p>
      <label className="inline-field">
        <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />{' '}
        Show archived scripts
      </label>
      {exportAll.isError ? (
        <p className="form-error" role="alert">
          Could not export: {errorMessage(exportAll.error)}
        </p>
      ) : null}
      {scripts.isPending ? (
        <p className="muted" aria-busy="true">
          Loading scripts…
        </p>
      ) : scripts.isError ? (
        <p className="form-error" role="alert">
          Could not load the scripts: {errorMessage(scripts.error)}
        </p>
      ) : list.length === 0 ? (
        <div className="empty-state">
          <h2>No role-play scripts yet</h2>
          <p>Write a script around a moment your reps find hard, or import one another manager shared.</p>
          <button type="button" className="button button-primary" onClick={() => navigate('/role-plays/new')}>
            Write a script
          </button>
        </div>
      ) : (
        <ul className="script-list" aria-label="Scripts">
          {list.map((s) => (
            <li key={s.id} className="script-card">
              <h2 className="script-title">
                <Link href={`/role-plays/${s.id}`}>{s.title}</Link>
                {s.archived ? <span className="badge">Archived</span> : null}
              </h2>
              <p className="muted">
                {s.customerName}, {s.customerTitle} · {DIFFICULTY[s.difficulty] ?? ''}
                {s.stageName ? ` · ${s.stageName}` : ''} · {s.beatCount} beats · version {s.version}
              </p>
              <p className="script-behaviours">{s.behaviours.map((b) => b.name).join(' · ')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
