import { useMutation } from '@tanstack/react-query';
import { useApiCache, useApiQuery } from '../api/queries';
import { type FormEvent, useState } from 'react';
import type { PersonKind } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { useWorkspace } from './use-workspace';

type Choice = PersonKind | 'demo';
const NEW = '';

/**
 * First run: who is using this copy. Shown until someone says, above every screen; what the app shows
 * and keeps private follows from the answer.
 */
export function FirstRun() {
  const workspace = useWorkspace();
  const [choice, setChoice] = useState<Choice | null>(null);
  if (!workspace.data || workspace.data.owner !== null) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">Who is using this copy of Coachbench?</h2>
      <p className="muted">
        Private notes and observations are kept for the person who writes them; shared ones reach the rep they
        are about and the rep’s managers. Say who you are so Coachbench can keep to that.
      </p>
      <fieldset className="first-run-choices">
        <legend className="visually-hidden">I am</legend>
        {(
          [
            ['manager', 'I’m a manager'],
            ['rep', 'I’m a rep'],
            ['demo', 'Explore the demo'],
          ] as const
        ).map(([value, label]) => (
          <button
            key={value}
            type="button"
            className={choice === value ? 'button button-primary' : 'button'}
            aria-pressed={choice === value}
            onClick={() => setChoice(value)}
          >
            {label}
          </button>
        ))}
      </fieldset>
      {choice === 'manager' || choice === 'rep' ? <ClaimForm kind={choice} key={choice} /> : null}
      {choice === 'demo' ? (
        <p className="first-run-demo">
          The demo is a made-up sales team with a year of coaching, kept in its own database beside yours so
          it never mixes with your real team. Start it with <code>npm run serve -- --demo</code>; it opens as
          Marcus Webb, a sales manager. To explore the demo as Emily Chen, a rep, switch to her in its
          Settings: My coaching shows the share pack Priya Raman sent her, open read-only, with her answers
          already sent back.
        </p>
      ) : null}
    </section>
  );
}

function ClaimForm({ kind }: { kind: PersonKind }) {
  const api = useApi();
  const cache = useApiCache();
  const people = useApiQuery('workspace.people', {});
  const candidates = (people.data ?? []).filter((p) => p.kind === kind);
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const chosen = personId ?? candidates[0]?.id ?? NEW;
  const claim = useMutation({
    mutationFn: () =>
      chosen === NEW
        ? api.workspace.claim({ newPerson: { name, kind, title } })
        : api.workspace.claim({ personId: chosen }),
    // `workspace.changed` refreshes every read; the answer is who is using the copy now.
    onSuccess: (answer) => cache.set('workspace.get', {}, answer),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    claim.mutate();
  };
  const issue = (path: string) =>
    claim.error instanceof ApiError
      ? claim.error.issues.find((i) => i.path.join('.') === path)?.message
      : undefined;
  if (people.isLoading) return <p className="muted">Loading the team…</p>;
  return (
    <form
      className="first-run-form"
      onSubmit={submit}
      aria-label={kind === 'rep' ? 'I’m a rep' : 'I’m a manager'}
    >
      {candidates.length > 0 ? (
        <Field label={kind === 'rep' ? 'Which rep are you?' : 'Which manager are you?'}>
          {(props) => (
            <select {...props} value={chosen} onChange={(e) => setPersonId(e.target.value)}>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.title ? ` — ${p.title}` : ''}
                </option>
              ))}
              <option value={NEW}>Someone new: I’ll type my name</option>
            </select>
          )}
        </Field>
      ) : null}
      {chosen === NEW ? (
        <>
          <Field label="Your name" required error={issue('newPerson.name')}>
            {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field
            label="Your role"
            hint="Optional, for example Sales Manager"
            error={issue('newPerson.title')}
          >
            {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        </>
      ) : null}
      {claim.error && !issue('newPerson.name') && !issue('newPerson.title') ? (
        <p className="field-error" role="alert">
          {errorMessage(claim.error)}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={claim.isPending}>
        {claim.isPending ? 'Saving…' : 'Continue'}
      </button>
    </form>
  );
}
