import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Backup, BackupStatus } from '../../shared/contract';
import { useApiCache, useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';

const REASONS: Record<Backup['reason'], string> = {
  daily: 'Daily',
  manual: 'Backed up by you',
  'before-migration': 'Before an update',
  'before-restore': 'Before a restore',
};

function when(instant: string): string {
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Settings › Backups: when the last one was taken, Back up now, the folder, and restoring one. */
export function BackupSettings() {
  const api = useApi();
  const cache = useApiCache();
  const status = useApiQuery('backups.status', {});
  const [folder, setFolder] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const keep = (answer: BackupStatus) => cache.set('backups.status', {}, answer);
  const backUp = useMutation({ mutationFn: () => api.backups.create({}), onSuccess: keep });
  const move = useMutation({
    mutationFn: (next: string | null) => api.backups.setFolder({ folder: next }),
    onSuccess: (answer) => {
      keep(answer);
      setFolder(null);
    },
  });
  const restore = useMutation({
    mutationFn: (name: string) => api.backups.restore({ name }),
    onSuccess: (answer) => {
      keep(answer);
      setRestoring(null);
    },
  });
  const cancel = useMutation({ mutationFn: () => api.backups.cancelRestore({}), onSuccess: keep });

  const data = status.data;
  const newest = data?.backups[0];
  return (
    <section className="settings-section" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      {status.isError ? (
        <p className="form-error" role="alert">
          Could not read the backups: {errorMessage(status.error)}
        </p>
      ) : !data ? (
        <p className="muted" aria-busy="true">
          Loading backups…
        </p>
      ) : (
        <>
          <p>
            {newest ? `Last backup: ${when(newest.takenAt)}.` : 'No backup yet.'} Coachbench backs up once a
            day when it starts, and before every update. It keeps the newest of the last {data.rotation.daily}{' '}
            days, {data.rotation.weekly} weeks and {data.rotation.monthly} months; each backup is checked
            before older ones are removed.
          </p>
          {data.pendingRestore ? (
            <div className="settings-notice" role="status">
              <p>
                <strong>{data.pendingRestore}</strong> will be restored when Coachbench next starts. Quit and
                start it again to finish; your current data will be backed up first.
              </p>
              <button
                type="button"
                className="button"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate()}
              >
                Cancel the restore
              </button>
            </div>
          ) : null}
          <div className="form-actions settings-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={backUp.isPending}
              onClick={() => backUp.mutate()}
            >
              {backUp.isPending ? 'Backing up…' : 'Back up now'}
            </button>
          </div>
          {backUp.error ? (
            <p className="form-error" role="alert">
              {errorMessage(backUp.error)}
            </p>
          ) : null}

          <form
            className="settings-switch backup-folder"
            onSubmit={(event) => {
              event.preventDefault();
              if (folder !== null) move.mutate(folder);
            }}
          >
            <Field
              label="Backup folder"
              hint={data.defaultFolder ? 'The default: beside the database.' : 'A folder you chose.'}
              error={move.error ? errorMessage(move.error) : undefined}
            >
              {(props) => (
                <input
                  {...props}
                  type="text"
                  spellCheck={false}
                  value={folder ?? data.folder}
                  onChange={(e) => setFolder(e.target.value)}
                />
              )}
            </Field>
            <button type="submit" className="button" disabled={folder === null || move.isPending}>
              Use this folder
            </button>
            {!data.defaultFolder ? (
              <button
                type="button"
                className="button"
                disabled={move.isPending}
                onClick={() => move.mutate(null)}
              >
                Use the default folder
              </button>
            ) : null}
          </form>

          {data.backups.length === 0 ? (
            <p className="muted">There are no backups in this folder yet.</p>
          ) : (
            <table className="settings-log backups-table">
              <caption className="visually-hidden">Backups in {data.folder}</caption>
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  <th scope="col">Why</th>
                  <th scope="col">Size</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.backups.map((b) => (
                  <tr key={b.name}>
                    <td>{when(b.takenAt)}</td>
                    <td>{REASONS[b.reason]}</td>
                    <td>{size(b.bytes)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Restore the backup of ${when(b.takenAt)}…`}
                        onClick={() => {
                          restore.reset();
                          setRestoring(b);
                        }}
                      >
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <Dialog
        title={restoring ? `Restore the backup of ${when(restoring.takenAt)}?` : 'Restore a backup'}
        open={restoring !== null}
        onClose={() => setRestoring(null)}
      >
        <p>
          Everything written since then will be replaced by this backup when Coachbench next starts. Your data
          as it is now is backed up first, so you can come back to it from this list.
        </p>
        {restore.error ? (
          <p className="field-error" role="alert">
            {errorMessage(restore.error)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setRestoring(null)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={restore.isPending}
            onClick={() => restoring && restore.mutate(restoring.name)}
          >
            Restore at next start
          </button>
        </div>
      </Dialog>
    </section>
  );
}

/** Settings › Search index: rebuilds it from the records (a repair; never needed in normal use). */
export function SearchIndexSettings() {
  const api = useApi();
  const rebuild = useMutation({ mutationFn: () => api.search.rebuild({}) });
  return (
    <section className="settings-section" aria-labelledby="search-index-title">
      <h2 id="search-index-title">Search index</h2>
      <p>
        Search keeps its index up to date with every change. If results ever look wrong, rebuild it from your
        records.
      </p>
      <div className="form-actions settings-actions">
        <button
          type="button"
          className="button"
          disabled={rebuild.isPending}
          onClick={() => rebuild.mutate()}
        >
          {rebuild.isPending ? 'Rebuilding…' : 'Rebuild the search index'}
        </button>
      </div>
      <div role="status">
        {rebuild.data ? (
          <p className="muted">
            Rebuilding from {rebuild.data.records.toLocaleString()} records. Search shows what is indexed so
            far and says while it is still indexing.
          </p>
        ) : null}
      </div>
      {rebuild.error ? (
        <p className="form-error" role="alert">
          {errorMessage(rebuild.error)}
        </p>
      ) : null}
    </section>
  );
}
