import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { LEVEL_NAMES, type OpenedPack, type PackResponse } from '../../shared/contract';
import { today } from '../../shared/dates';
import type { PackObservation, SharePack } from '../../shared/domain/share-pack';
import { packProgress } from '../../shared/domain/share-pack-progress';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { RichTextView } from '../one-on-ones/RichTextView';
import { BehaviourCard } from '../progress/BehaviourCard';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';
import { saveJsonFile } from './files';

const KIND_LABELS: Record<PackObservation['kind'], string> = {
  annotation: 'Call moment',
  'scorecard-line': 'Scorecard line',
  observation: 'Observation',
};

function ratingText(o: Pick<PackObservation, 'level' | 'verdict'>): string {
  if (o.level !== null) return `Level ${o.level} · ${LEVEL_NAMES[o.level - 1]}`;
  return o.verdict === 'strength' ? 'Strength' : o.verdict === 'gap' ? 'Gap' : '';
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One opened pack, read-only: what the manager shared, and what the rep wrote back so far. */
export function OpenedPackView({ opened }: { opened: OpenedPack }) {
  const pack = opened.pack;
  const api = useApi();
  const behaviourName = (id: string) => pack.behaviours.find((b) => b.id === id)?.name ?? 'A behaviour';
  const waiting = opened.responses.length;
  const save = useMutation({
    mutationFn: () => api.sharePacks.replyFile({ openedId: opened.id }),
    onSuccess: (file) => saveJsonFile(file.fileName, file.content),
  });
  const meetings = [...pack.oneOnOnes].sort((a, b) => b.date.localeCompare(a.date));
  const now = today();
  // A meeting still planned for today or later takes talking points; the rest is history (a past one
  // its manager never marked held included).
  const isUpcoming = (m: { status: string; date: string }) => m.status === 'scheduled' && m.date >= now;
  const next = meetings.filter(isUpcoming).at(-1);
  const past = meetings.filter((m) => !isUpcoming(m));
  const focus = past.find((m) => m.status !== 'cancelled')?.focusBehaviourIds ?? [];
  const commitments = meetings.flatMap((m) => m.commitments.map((c) => ({ ...c, madeOn: m.date })));
  const feedback = [...pack.observations].sort((a, b) => b.observedOn.localeCompare(a.observedOn));
  const headingId = useId();
  return (
    <article className="opened-pack" aria-labelledby={headingId}>
      <header className="opened-pack-head">
        <h3 id={headingId}>
          Shared by {pack.manager.name}{' '}
          <span className="muted">· written {formatDate(pack.exportedAt.slice(0, 10))}</span>{' '}
          <span className="badge">Read-only</span>
        </h3>
        <div className="actions">
          <span className="muted">
            {waiting === 0
              ? 'Nothing written back yet'
              : `${waiting} ${waiting === 1 ? 'answer' : 'answers'} to send back`}
          </span>
          <button
            type="button"
            className="button"
            disabled={waiting === 0 || save.isPending}
            onClick={() => save.mutate()}
          >
            Save reply file
          </button>
        </div>
      </header>
      {save.error ? (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      ) : null}

      <div className="my-coaching-grid">
        <div>
          <section className="my-section" aria-label={`Working on, from ${pack.manager.name}`}>
            <h4>Working on</h4>
            {focus.length === 0 && pack.goals.length === 0 ? <p className="muted">No focus set.</p> : null}
            {focus.length > 0 ? <p>{focus.map(behaviourName).join(', ')}</p> : null}
            {pack.goals.length > 0 ? (
              <ul className="plain-list">
                {pack.goals.map((g) => (
                  <li key={g.behaviourId}>
                    Goal: {behaviourName(g.behaviourId)} at level {g.targetLevel} by {formatDate(g.dueOn)}
                    {g.note ? <span className="muted"> · {g.note}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          {next ? <UpcomingMeeting opened={opened} meeting={next} /> : null}
          <section className="my-section" aria-label={`Commitments, from ${pack.manager.name}`}>
            <h4>Commitments</h4>
            {commitments.length === 0 ? <p className="muted">No commitments.</p> : null}
            <ul className="my-commitments">
              {commitments.map((c) => (
                <li key={c.id}>
                  <span aria-hidden="true">
                    {c.status === 'done' ? '✓' : c.status === 'dropped' ? '–' : '○'}
                  </span>{' '}
                  {c.text}
                  <span className="muted">
                    {' '}
                    · {c.owner === 'rep' ? 'yours' : 'your manager’s'} · {c.status}
                    {c.dueOn ? ` · due ${formatDate(c.dueOn)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section className="my-section" aria-label={`One-to-ones, from ${pack.manager.name}`}>
            <h4>One-to-ones</h4>
            {past.length === 0 ? <p className="muted">No one-to-ones yet.</p> : null}
            <ol className="my-timeline">
              {past.map((m, index) => (
                <li key={m.id}>
                  <details open={index === 0}>
                    <summary>
                      {formatDate(m.date)}
                      {m.status === 'cancelled' ? <span className="muted"> · cancelled</span> : null}
                    </summary>
                    <div className="my-meeting">
                      {m.focusBehaviourIds.length > 0 ? (
                        <p>
                          <strong>Working on:</strong> {m.focusBehaviourIds.map(behaviourName).join(', ')}
                        </p>
                      ) : null}
                      {m.agenda.length > 0 ? (
                        <ul className="my-agenda">
                          {m.agenda.map((a) => (
                            <li key={a.id}>
                              <span aria-hidden="true">{a.done ? '✓' : '○'}</span>
                              <span className="visually-hidden">
                                {a.done ? 'Talked about: ' : 'Not reached: '}
                              </span>
                              {a.text}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      {m.sharedNotes ? (
                        <RichTextView doc={m.sharedNotes} />
                      ) : (
                        <p className="muted">No shared notes.</p>
                      )}
                    </div>
                  </details>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div>
          <section className="my-section" aria-label={`Feedback, from ${pack.manager.name}`}>
            <h4>Feedback</h4>
            {feedback.length === 0 ? <p className="muted">No feedback shared.</p> : null}
            <ul className="my-feedback">
              {feedback.map((o) => (
                <PackFeedback
                  key={o.id}
                  opened={opened}
                  observation={o}
                  behaviour={behaviourName(o.behaviourId)}
                  call={pack.calls.find((c) => c.id === o.sourceId)}
                />
              ))}
            </ul>
          </section>
        </div>
      </div>
      <PackProgress pack={pack} />
    </article>
  );
}

function PackProgress({ pack }: { pack: SharePack }) {
  const asOf = today();
  const behaviours = packProgress(pack, asOf);
  return (
    <section className="my-section" aria-label={`Your progress, from ${pack.manager.name}`}>
      <h4>Your progress</h4>
      <p className="muted">The same charts as your manager’s Progress tab, on what they shared with you.</p>
      {behaviours.length === 0 ? <p className="muted">No rated feedback yet.</p> : null}
      <div className="progress-cards">
        {behaviours.map((b) => (
          <BehaviourCard
            key={b.behaviourId}
            repId={pack.rep.id}
            repName={pack.rep.name}
            behaviour={b}
            asOf={asOf}
            interactive={false}
          />
        ))}
      </div>
    </section>
  );
}

function YourAnswers({ responses }: { responses: PackResponse[] }) {
  if (responses.length === 0) return null;
  return (
    <ul className="replies" aria-label="Your answers, to send back">
      {responses.map((r) => (
        <li key={r.id} className="reply">
          <span className="reply-head">
            <strong>You</strong>
            {r.stance ? (r.stance === 'agree' ? ' agree' : ' see it differently') : ''}
            {r.selfLevel !== null ? ` · own level ${r.selfLevel} · ${LEVEL_NAMES[r.selfLevel - 1]}` : ''}
            <span className="muted"> · not sent yet</span>
          </span>
          <p>{r.text}</p>
        </li>
      ))}
    </ul>
  );
}

function PackFeedback({
  opened,
  observation: o,
  behaviour,
  call,
}: {
  opened: OpenedPack;
  observation: PackObservation;
  behaviour: string;
  call: SharePack['calls'][number] | undefined;
}) {
  const [replying, setReplying] = useState(false);
  const mine = opened.responses.filter((r) => r.kind === 'reply' && r.itemId === o.id);
  return (
    <li>
      <div className="my-feedback-head">
        <span className="badge">{KIND_LABELS[o.kind]}</span>
        <strong>{behaviour}</strong>
        <span className="rating">{ratingText(o)}</span>
        <time dateTime={o.observedOn} className="muted">
          {formatDate(o.observedOn)}
        </time>
      </div>
      {o.evidence ? <blockquote>{o.evidence}</blockquote> : null}
      {o.comment ? <p>{o.comment}</p> : null}
      <p className="muted">
        {call ? `Call with ${call.account} on ${formatDate(call.date)}` : (o.sourceTitle ?? '')}
        {o.startMs !== null ? ` · at ${clock(o.startMs)}` : ''}
        {o.authorName ? ` · from ${o.authorName}` : ''}
      </p>
      {o.replies.length > 0 ? (
        <ul className="replies" aria-label={`Replies about ${behaviour}`}>
          {o.replies.map((r) => (
            <li key={`${r.authorName}-${r.createdAt}`} className="reply">
              <span className="reply-head">
                <strong>{r.authorName}</strong> {r.stance === 'agree' ? 'agrees' : 'sees it differently'}
                {r.selfLevel !== null ? ` · own level ${r.selfLevel}` : ''}
              </span>
              <p>{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <YourAnswers responses={mine} />
      {replying ? (
        <PackReplyForm
          opened={opened}
          observation={o}
          behaviour={behaviour}
          onDone={() => setReplying(false)}
        />
      ) : (
        <button
          type="button"
          className="button button-small"
          aria-label={`Reply about ${behaviour}, ${formatDate(o.observedOn)}`}
          onClick={() => setReplying(true)}
        >
          Reply
        </button>
      )}
    </li>
  );
}

function PackReplyForm({
  opened,
  observation,
  behaviour,
  onDone,
}: {
  opened: OpenedPack;
  observation: PackObservation;
  behaviour: string;
  onDone(): void;
}) {
  const api = useApi();
  const name = useId();
  const [stance, setStance] = useState<'agree' | 'differ' | null>(null);
  const [text, setText] = useState('');
  const [selfLevel, setSelfLevel] = useState('');
  const reply = useMutation({
    mutationFn: () =>
      api.sharePacks.respond({
        openedId: opened.id,
        kind: 'reply',
        itemId: observation.id,
        stance,
        text,
        selfLevel: selfLevel === '' ? null : Number(selfLevel),
      }),
    // `sharePacks.changed` refreshes the opened pack with the answer.
    onSuccess: onDone,
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
    <form className="reply-form" onSubmit={submit} aria-label={`Reply about ${behaviour}`}>
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
          Save reply
        </button>
      </div>
    </form>
  );
}

function UpcomingMeeting({
  opened,
  meeting,
}: {
  opened: OpenedPack;
  meeting: SharePack['oneOnOnes'][number];
}) {
  const api = useApi();
  const [text, setText] = useState('');
  const mine = opened.responses.filter((r) => r.kind === 'agenda-point' && r.itemId === meeting.id);
  const add = useMutation({
    mutationFn: () =>
      api.sharePacks.respond({ openedId: opened.id, kind: 'agenda-point', itemId: meeting.id, text }),
    onSuccess: () => setText(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section className="my-section" aria-label={`One-to-one on ${formatDate(meeting.date)}`}>
      <h4>Next one-to-one · {formatDate(meeting.date)}</h4>
      {meeting.agenda.length === 0 && mine.length === 0 ? (
        <p className="muted">No talking points yet.</p>
      ) : null}
      <ul className="my-agenda">
        {meeting.agenda.map((a) => (
          <li key={a.id}>
            {a.text}
            {a.author === 'rep' ? <span className="badge">your point</span> : null}
          </li>
        ))}
        {mine.map((r) => (
          <li key={r.id}>
            {r.text} <span className="badge">your point · not sent yet</span>
          </li>
        ))}
      </ul>
      <form className="my-agenda-form" onSubmit={submit}>
        <Field label="Add a talking point" error={add.error ? errorMessage(add.error) : undefined}>
          {(props) => <input {...props} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={add.isPending || text.trim() === ''}>
          Add
        </button>
      </form>
    </section>
  );
}
