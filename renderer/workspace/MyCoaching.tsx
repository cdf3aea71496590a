import { useMutation } from '@tanstack/react-query';
import { today } from '../../shared/dates';
import { useApiQuery } from '../api/queries';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import type { Commitment, Observation, OneOnOneSummary } from '../../shared/contract';
import { plainTextOf } from '../../shared/rich-text/behaviour-tags';
import { useApi } from '../app/client-context';
import { ratingLabel, ratingTone } from '../observations/format';
import { Replies, ReplyForm } from '../observations/Replies';
import { RichTextView } from '../one-on-ones/RichTextView';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';
import { RepProgress } from '../progress/RepProgress';
import { SharedSpace } from '../share-packs/SharedSpace';
import { useWorkspace } from './use-workspace';

/**
 * The rep's own coaching history: what their managers shared with them, and what they can act on. Every
 * list here is the core's answer for the rep, so nothing private to a manager is ever in it.
 */
export function MyCoaching() {
  const workspace = useWorkspace();
  const owner = workspace.data?.owner;
  if (workspace.isLoading) return <p className="muted">Loading…</p>;
  if (owner?.kind !== 'rep')
    return (
      <section className="screen" aria-labelledby="screen-title">
        <header className="screen-header">
          <h1 id="screen-title">My coaching</h1>
        </header>
        <p className="muted">
          This is a rep’s own coaching history. You are using Coachbench as{' '}
          {owner ? `${owner.name}, a manager` : 'no one yet'}; choose a rep in{' '}
          <Link href="/settings">Settings</Link> to see it as they do.
        </p>
      </section>
    );
  return (
    <section className="screen my-coaching" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">My coaching</h1>
        <span className="muted">What your manager shared with you, and what you agreed to do.</span>
      </header>
      <div className="my-coaching-grid">
        <div>
          <NextOneOnOne repId={owner.id} />
          <OneOnOneTimeline repId={owner.id} />
        </div>
        <div>
          <MyCommitments repId={owner.id} />
          <SharedFeedback repId={owner.id} />
        </div>
      </div>
      <section className="my-progress" aria-labelledby="my-progress-title">
        <h2 id="my-progress-title">Your progress</h2>
        <p className="muted">The same charts as your manager’s Progress tab, on what is shared with you.</p>
        <RepProgress repId={owner.id} repName={owner.name} readOnly />
      </section>
      <SharedSpace />
    </section>
  );
}

function useOneOnOnes(repId: string) {
  return useApiQuery('oneOnOnes.list', { repId });
}

/** The next planned one-to-one, with the rep's own talking points for it. */
function NextOneOnOne({ repId }: { repId: string }) {
  const api = useApi();
  const list = useOneOnOnes(repId);
  const now = today();
  const next = [...(list.data ?? [])]
    .filter((m) => m.status === 'scheduled' && m.date >= now)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  const meeting = useApiQuery('oneOnOnes.get', { id: next?.id ?? '' }, { enabled: next !== undefined });
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () => api.agenda.add({ oneOnOneId: next!.id, text, author: 'rep' }),
    // `oneOnOnes.changed` refreshes the meeting.
    onSuccess: () => setText(''),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section className="my-section" aria-labelledby="next-title">
      <h2 id="next-title">Next one-to-one</h2>
      {list.isLoading ? <p className="muted">Loading…</p> : null}
      {list.data && !next ? (
        <p className="muted">Nothing planned yet: your manager plans the next one.</p>
      ) : null}
      {next ? (
        <>
          <p>
            <Link href={`/one-to-ones/${next.id}`}>{formatDate(next.date)}</Link>
          </p>
          {meeting.data && meeting.data.agenda.length > 0 ? (
            <ul className="my-agenda">
              {meeting.data.agenda.map((item) => (
                <li key={item.id}>
                  {item.text}
                  {item.author === 'rep' ? <span className="badge">your point</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
          <form className="my-agenda-form" onSubmit={submit}>
            <Field label="Add a talking point" error={add.error ? errorMessage(add.error) : undefined}>
              {(props) => <input {...props} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
            <button type="submit" className="button" disabled={add.isPending || text.trim() === ''}>
              Add
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}

function OneOnOneTimeline({ repId }: { repId: string }) {
  const list = useOneOnOnes(repId);
  const past = (list.data ?? []).filter((m) => m.status !== 'scheduled' || m.date < today());
  return (
    <section className="my-section" aria-labelledby="timeline-title">
      <h2 id="timeline-title">One-to-ones</h2>
      {list.error ? <p role="alert">{errorMessage(list.error)}</p> : null}
      {list.data && past.length === 0 ? <p className="muted">No one-to-ones yet.</p> : null}
      <ol className="my-timeline">
        {past.map((m, index) => (
          <MeetingEntry key={m.id} summary={m} open={index === 0} />
        ))}
      </ol>
    </section>
  );
}

function MeetingEntry({ summary, open }: { summary: OneOnOneSummary; open: boolean }) {
  const [expanded, setExpanded] = useState(open);
  const meeting = useApiQuery('oneOnOnes.get', { id: summary.id }, { enabled: expanded });
  return (
    <li>
      <details open={open} onToggle={(e) => setExpanded((e.target as HTMLDetailsElement).open)}>
        <summary>
          {formatDate(summary.date)}
          {summary.status === 'cancelled' ? <span className="muted"> · cancelled</span> : null}
        </summary>
        {meeting.isLoading ? <p className="muted">Loading…</p> : null}
        {meeting.data ? (
          <div className="my-meeting">
            {meeting.data.focus.length > 0 ? (
              <p>
                <strong>Working on:</strong> {meeting.data.focus.map((f) => f.name).join(', ')}
              </p>
            ) : null}
            {meeting.data.agenda.length > 0 ? (
              <ul className="my-agenda">
                {meeting.data.agenda.map((item) => (
                  <li key={item.id}>
                    <span aria-hidden="true">{item.done ? '✓' : '○'}</span>
                    <span className="visually-hidden">{item.done ? 'Talked about: ' : 'Not reached: '}</span>
                    {item.text}
                  </li>
                ))}
              </ul>
            ) : null}
            {plainTextOf(meeting.data.shared.doc).trim() !== '' ? (
              <RichTextView doc={meeting.data.shared.doc} />
            ) : (
              <p className="muted">No shared notes.</p>
            )}
          </div>
        ) : null}
      </details>
    </li>
  );
}

/** The rep's open commitments; their own they tick off here, their manager's they only see. */
function MyCommitments({ repId }: { repId: string }) {
  const api = useApi();
  const list = useApiQuery('commitments.list', { repId, status: 'open' });
  // `commitments.changed` refreshes the list and the one-to-ones.
  const tick = useMutation({
    mutationFn: (c: Commitment) => api.commitments.setStatus({ id: c.id, status: 'done' }),
  });
  return (
    <section className="my-section" aria-labelledby="commitments-title">
      <h2 id="commitments-title">Open commitments</h2>
      {tick.error ? <p role="alert">{errorMessage(tick.error)}</p> : null}
      {list.data && list.data.length === 0 ? <p className="muted">Nothing open.</p> : null}
      <ul className="my-commitments">
        {(list.data ?? []).map((c) => (
          <li key={c.id} className={c.overdue ? 'overdue' : undefined}>
            {c.owner === 'rep' ? (
              <label>
                <input
                  type="checkbox"
                  checked={false}
                  disabled={tick.isPending}
                  onChange={() => tick.mutate(c)}
                />{' '}
                {c.text}
              </label>
            ) : (
              <span>
                {c.text} <span className="badge">your manager</span>
              </span>
            )}
            {c.dueOn ? (
              <span className="muted">
                {' '}
                · due {formatDate(c.dueOn)}
                {c.overdue ? ' (overdue)' : ''}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Observations and call feedback shared with the rep, newest first, each linked to where it came from. */
function SharedFeedback({ repId }: { repId: string }) {
  const observations = useApiQuery('observations.list', { repId, limit: 50 });
  return (
    <section className="my-section" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback shared with you</h2>
      {observations.error ? <p role="alert">{errorMessage(observations.error)}</p> : null}
      {observations.data && observations.data.length === 0 ? (
        <p className="muted">Nothing shared with you yet.</p>
      ) : null}
      <ul className="my-feedback">
        {(observations.data ?? []).map((o) => (
          <FeedbackEntry key={o.id} observation={o} />
        ))}
      </ul>
    </section>
  );
}

function FeedbackEntry({ observation: o }: { observation: Observation }) {
  const [replying, setReplying] = useState(false);
  return (
    <li>
      <div className="my-feedback-head">
        <strong>{o.behaviourName}</strong>
        <span className={`rating rating-${ratingTone(o)}`}>{ratingLabel(o)}</span>
        <time dateTime={o.observedOn} className="muted">
          {formatDate(o.observedOn)}
        </time>
      </div>
      {o.evidence ? <blockquote>{o.evidence}</blockquote> : null}
      {o.comment ? <p>{o.comment}</p> : null}
      {o.sourceKind === 'call-review' && o.sourceId ? (
        <Link href={`/calls/${o.sourceId}`}>{o.sourceTitle ?? 'Open the call'}</Link>
      ) : o.sourceTitle ? (
        <span className="muted">{o.sourceTitle}</span>
      ) : null}
      <Replies observation={o} />
      {replying ? (
        <ReplyForm observation={o} onDone={() => setReplying(false)} />
      ) : (
        <button type="button" className="button button-small" onClick={() => setReplying(true)}>
          Reply
        </button>
      )}
    </li>
  );
}
