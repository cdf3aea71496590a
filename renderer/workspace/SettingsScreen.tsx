import { useMutation } from '@tanstack/react-query';
import { useApiCache, useApiQuery } from '../api/queries';
import { useState } from 'react';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { useWorkspace } from './use-workspace';
import { BackupSettings, SearchIndexSettings } from '../backups/BackupSettings';

const KIND_LABELS = { manager: 'Manager', rep: 'Rep' } as const;

function when(instant: string): string {
  return new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Settings: who is using this copy, changed deliberately (confirmed, logged), and the log. */
export function SettingsScreen() {
  const api = useApi();
  const cache = useApiCache();
  const workspace = useWorkspace();
  const people = useApiQuery('workspace.people', {});
  const [chosen, setChosen] = useState('');
  const [confirming, setConfirming] = useState(false);
  const owner = workspace.data?.owner ?? null;
  const others = (people.data ?? []).filter((p) => p.id !== owner?.id);
  const target = others.find((p) => p.id === chosen) ?? null;
  const switchOwner = useMutation({
    mutationFn: (personId: string) => api.workspace.switch({ personId }),
    // Everything on screen may differ for the new person: `workspace.changed` refreshes every read.
    onSuccess: (answer) => {
      cache.set('workspace.get', {}, answer);
      setConfirming(false);
      setChosen('');
    },
  });

  return (
    <section className="screen settings-screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Settings</h1>
      </header>
      <section className="settings-section" aria-labelledby="who-title">
        <h2 id="who-title">Who is using this copy</h2>
        {workspace.isLoading ? <p className="muted">Loading…</p> : null}
        {workspace.error ? <p role="alert">{errorMessage(workspace.error)}</p> : null}
        {workspace.data ? (
          owner ? (
            <p>
              You are <strong>{owner.name}</strong> ({KIND_LABELS[owner.kind]}
              {owner.title ? `, ${owner.title}` : ''}). Coachbench shows you your own records, what is shared
              with you, and the shared records of the people you manage, never anyone else’s private ones.
            </p>
          ) : (
            <p className="muted">No one has said who they are yet: choose at the top of any screen.</p>
          )
        ) : null}
        {owner ? (
          <form
            className="settings-switch"
            onSubmit={(event) => {
              event.preventDefault();
              if (target) setConfirming(true);
            }}
          >
            <Field label="Use Coachbench as" hint="Changing who you are is recorded below, with the time.">
              {(props) => (
                <select {...props} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                  <option value="">Choose a person…</option>
                  {(['manager', 'rep'] as const).map((kind) => (
                    <optgroup key={kind} label={kind === 'manager' ? 'Managers' : 'Reps'}>
                      {others
                        .filter((p) => p.kind === kind)
                        .map((p) => (
                          <option key={p.id} value={p.id}>
                            {p.name}
                            {p.title ? ` — ${p.title}` : ''}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" className="button" disabled={!target}>
              Switch…
            </button>
          </form>
        ) : null}
      </section>

      <section className="settings-section" aria-labelledby="log-title">
        <h2 id="log-title">Changes of who is using this copy</h2>
        {workspace.data && workspace.data.changes.length === 0 ? <p className="muted">None yet.</p> : null}
        {workspace.data && workspace.data.changes.length > 0 ? (
          <table className="settings-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {workspace.data.changes.map((c) => (
                <tr key={c.id}>
                  <td>{when(c.changedAt)}</td>
                  <td>
                    {c.kind === 'claimed'
                      ? `${c.toName} started using this copy`
                      : `Switched from ${c.fromName ?? 'someone'} to ${c.toName}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <BackupSettings />
      <SearchIndexSettings />

      <Dialog
        title={target ? `Use Coachbench as ${target.name}?` : 'Change who you are'}
        open={confirming}
        onClose={() => setConfirming(false)}
      >
        <p>
          From now on Coachbench shows what {target?.name} may see: their own private records, and what is
          shared with them. {owner?.name}’s private notes and observations will not be shown. The change is
          recorded in Settings.
        </p>
        {switchOwner.error ? (
          <p className="field-error" role="alert">
            {errorMessage(switchOwner.error)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={switchOwner.isPending}
            onClick={() => target && switchOwner.mutate(target.id)}
          >
            Switch to {target?.name}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
