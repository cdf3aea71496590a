import { useMutation } from '@tanstack/react-query';
import { useApiCache } from '../api/queries';
import { type FormEvent, useId, useState } from 'react';
import { LEVEL_NAMES, type Observation } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';

/** The answers to a piece of feedback, shown beside it. */
export function Replies({ observation }: { observation: Observation }) {
  if (observation.replies.length === 0) return null;
  return (
    <ul className="replies" aria-label={`Replies about ${observation.behaviourName}`}>
      {observation.replies.map((r) => (
        <li key={r.id} className="reply">
          <span className="reply-head">
            <strong>{r.authorName}</strong> {r.stance === 'agree' ? 'agrees' : 'sees it differently'}
            {r.selfLevel !== null ? ` · own level ${r.selfLevel} · ${LEVEL_NAMES[r.selfLevel - 1]}` : ''}
            <span className="muted"> · {formatDate(r.createdAt.slice(0, 10))}</span>
          </span>
          <p>{r.text}</p>
        </li>
      ))}
    </ul>
  );
}

/** "I agree / I see it differently, because …": feedback a rep can answer. */
export function ReplyForm({ observation, onDone }: { observation: Observation; onDone(): void }) {
  const api = useApi();
  const cache = useApiCache();
  const name = useId();
  const [stance, setStance] = useState<'agree' | 'differ' | null>(null);
  const [text, setText] = useState('');
  const [selfLevel, setSelfLevel] = useState('');
  const reply = useMutation({
    mutationFn: () =>
      api.observations.reply({
        observationId: observation.id,
        stance: stance ?? ('' as 'agree'),
        text,
        selfLevel: selfLevel === '' ? null : Number(selfLevel),
      }),
    // The answer is the observation with its replies; `observations.changed` refreshes the lists.
    onSuccess: (answered) => {
      cache.set('observations.get', { id: answered.id }, answered);
      onDone();
    },
  });
  const issue = (path: string) =>
    reply.error instanceof ApiError
      ? reply.error.issues.find((i) => i.path.join('.') === path)?.message
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate();
  };
  return (
    <form className="reply-form" onSubmit={submit} aria-label={`Reply about ${observation.behaviourName}`}>
      <fieldset className="field">
        <legend>Your view</legend>
        <div className="segmented">
          {(
            [
              ['agree', 'I agree'],
              ['differ', 'I see it differently'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="segmented-option">
              <input
                type="radio"
                name={name}
                value={value}
                checked={stance === value}
                onChange={() => {
                  setStance(value);
                  reply.reset();
                }}
              />
              {label}
            </label>
          ))}
        </div>
        {issue('stance') ? <p className="field-error">{issue('stance')}</p> : null}
      </fieldset>
      <Field label="Because…" required error={issue('text')}>
        {(props) => <textarea {...props} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label="Your own level (optional)">
        {(props) => (
          <select {...props} value={selfLevel} onChange={(e) => setSelfLevel(e.target.value)}>
            <option value="">No level</option>
            {LEVEL_NAMES.map((levelName, index) => (
              <option key={levelName} value={index + 1}>
                {index + 1} · {levelName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {reply.error && !issue('stance') && !issue('text') ? (
        <p className="form-error" role="alert">
          {errorMessage(reply.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={reply.isPending}>
          Send reply
        </button>
      </div>
    </form>
  );
}
