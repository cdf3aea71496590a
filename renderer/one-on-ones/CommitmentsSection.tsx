import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import type { Commitment, OneOnOne } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { BehaviourPicker } from '../behaviours/BehaviourPicker';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';
import { relativeDay } from './format';
import { formError, issueFor, useMeetingPatch, useOverrides } from './use-one-on-ones';

type Status = Commitment['status'];

/** Actions agreed in this one-to-one, and every earlier one still open. */
/**
 * `readOnly`: the rep's view. They tick off their own commitments (the core lets them); their manager's,
 * and adding, editing or dropping any, stay with the manager (the core refuses the rep).
 */
export function CommitmentsSection({ meeting, readOnly = false }: { meeting: OneOnOne; readOnly?: boolean }) {
  const api = useApi();
  const patch = useMeetingPatch(meeting.id);
  const [dropping, setDropping] = useState<Commitment | null>(null);
  const [editing, setEditing] = useState<Commitment | null>(null);
  const changes = useOverrides<{ status: Status }>();
  const setStatus = useMutation({
    mutationFn: ({ commitment, change }: { commitment: Commitment; change: { status: Status } }) =>
      api.commitments.setStatus({ id: commitment.id, status: change.status }),
    onSuccess: (saved) =>
      patch((m) => ({ ...m, commitments: m.commitments.map((c) => (c.id === saved.id ? saved : c)) })),
    onSettled: (_saved, _error, { commitment, change }) => {
      // By identity: a quicker second click on the same box keeps its own value on screen.
      changes.clear(commitment.id, change);
    },
  });
  const changeStatus = (commitment: Commitment, status: Status) => {
    const change = { status };
    changes.set(commitment.id, change);
    setStatus.mutate({ commitment, change });
  };
  const commitments = meeting.commitments.map((c) => {
    const status = changes.values.get(c.id)?.status;
    return status ? { ...c, status, overdue: status === 'open' && c.overdue } : c;
  });
  const earlier = commitments.filter((c) => c.oneOnOneId !== meeting.id);
  const here = commitments.filter((c) => c.oneOnOneId === meeting.id);
  const open = commitments.filter((c) => c.status === 'open').length;
  const overdue = commitments.filter((c) => c.overdue).length;

  return (
    <section className="meeting-section" aria-labelledby="commitments-title">
      <header className="meeting-section-header">
        <h2 id="commitments-title">Commitments</h2>
        <span className="section-count">
          {open} open
          {overdue > 0 ? <span className="text-danger"> · {overdue} overdue</span> : null}
        </span>
      </header>
      {setStatus.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(setStatus.error)}
        </p>
      ) : null}
      {commitments.length === 0 ? (
        <p className="muted section-empty">
          No commitments yet. Agree who does what by when, and link it to a behaviour where it helps.
        </p>
      ) : (
        <ul className="commitment-list" aria-label="Commitments">
          {[...earlier, ...here].map((c) => (
            <CommitmentRow
              key={c.id}
              commitment={c}
              fromEarlier={c.oneOnOneId !== meeting.id}
              readOnly={readOnly}
              onStatus={(status) => changeStatus(c, status)}
              onDrop={() => setDropping(c)}
              onEdit={() => setEditing(c)}
            />
          ))}
        </ul>
      )}
      {readOnly ? null : <AddCommitment oneOnOneId={meeting.id} />}

      <Dialog title="Drop this commitment?" open={dropping !== null} onClose={() => setDropping(null)}>
        {dropping ? <DropForm commitment={dropping} onDone={() => setDropping(null)} /> : null}
      </Dialog>
      <Dialog title="Edit commitment" open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? <EditForm commitment={editing} onDone={() => setEditing(null)} /> : null}
      </Dialog>
    </section>
  );
}

function CommitmentRow({
  commitment: c,
  fromEarlier,
  onStatus,
  onDrop,
  onEdit,
  readOnly,
}: {
  commitment: Commitment;
  fromEarlier: boolean;
  readOnly: boolean;
  onStatus(status: Status): void;
  onDrop(): void;
  onEdit(): void;
}) {
  const classes = ['commitment', `commitment-${c.status}`, c.overdue ? 'commitment-overdue' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes}>
      <input
        type="checkbox"
        className="commitment-check"
        aria-label={`Done: ${c.text}`}
        checked={c.status === 'done'}
        disabled={c.status === 'dropped' || (readOnly && c.owner !== 'rep')}
        onChange={(e) => onStatus(e.target.checked ? 'done' : 'open')}
      />
      <div className="commitment-body">
        <p className="commitment-text">{c.text}</p>
        <p className="commitment-meta">
          <span className={c.owner === 'rep' ? 'badge badge-rep' : 'badge badge-quiet'}>
            {c.owner === 'rep' ? 'Rep' : 'Manager'}
          </span>
          {c.dueOn ? (
            <span className={c.overdue ? 'commitment-due text-danger' : 'commitment-due'}>
              Due <time dateTime={c.dueOn}>{formatDate(c.dueOn)}</time>
              {c.overdue ? ` · overdue, ${relativeDay(c.dueOn)}` : null}
            </span>
          ) : (
            <span className="muted">No due date</span>
          )}
          {c.behaviourId ? (
            <Link href={`/behaviours/${c.behaviourId}`} className="commitment-behaviour">
              {c.behaviourName}
            </Link>
          ) : null}
          {fromEarlier ? (
            <span className="muted">
              from <Link href={`/one-to-ones/${c.oneOnOneId}`}>{formatDate(c.madeOn)}</Link>
            </span>
          ) : null}
          {c.status === 'done' && c.closedOn ? (
            <span className="muted">Done {formatDate(c.closedOn)}</span>
          ) : null}
        </p>
        {c.status === 'dropped' ? (
          <p className="commitment-dropped">
            Dropped{c.closedOn ? ` ${formatDate(c.closedOn)}` : ''}: {c.dropReason}
          </p>
        ) : null}
      </div>
      {readOnly ? null : (
        <div className="commitment-actions">
          <button type="button" className="button button-quiet button-small" onClick={onEdit}>
            Edit
          </button>
          {c.status === 'dropped' ? (
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onStatus('open')}
            >
              Reopen
            </button>
          ) : c.status === 'open' ? (
            <button
              type="button"
              className="button button-quiet button-small button-danger-quiet"
              aria-label={`Drop “${c.text}”`}
              onClick={onDrop}
            >
              Drop
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

interface Draft {
  text: string;
  owner: 'rep' | 'manager';
  dueOn: string;
  behaviourId: string | null;
}

function CommitmentFields({
  draft,
  onChange,
  error,
  missingText,
  dueProblem,
  compact,
  submit,
}: {
  draft: Draft;
  onChange(changes: Partial<Draft>): void;
  error: unknown;
  missingText: boolean;
  /** Set when the due date was left half-typed: the browser then reports no value at all. */
  dueProblem?: string | null;
  compact?: boolean;
  /** The submit button, kept level with the fields: messages under the picker must not move it. */
  submit?: ReactNode;
}) {
  return (
    <>
      <Field label="Commitment" error={missingText ? 'Say what will be done' : issueFor(error, 'text')}>
        {(props) => (
          <input
            {...props}
            type="text"
            data-jump={compact ? 'commitment' : undefined}
            value={draft.text}
            maxLength={500}
            placeholder={compact ? 'e.g. Send the mutual action plan to Halden by Friday' : undefined}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        )}
      </Field>
      <div className={submit ? 'commitment-fields commitment-fields-with-submit' : 'commitment-fields'}>
        <Field label="Owner" error={issueFor(error, 'owner')}>
          {(props) => (
            <select
              {...props}
              value={draft.owner}
              onChange={(e) => onChange({ owner: e.target.value as Draft['owner'] })}
            >
              <option value="rep">Rep</option>
              <option value="manager">Manager</option>
            </select>
          )}
        </Field>
        <Field label="Due date" error={dueProblem ?? issueFor(error, 'dueOn')}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="dueOn"
              value={draft.dueOn}
              onInput={() => onChange({})}
              onChange={(e) => onChange({ dueOn: e.target.value })}
            />
          )}
        </Field>
        <div className="commitment-behaviour-field">
          <BehaviourPicker
            value={draft.behaviourId}
            label="Behaviour (optional)"
            error={issueFor(error, 'behaviourId')}
            onChange={(behaviourId) => onChange({ behaviourId })}
          />
          {draft.behaviourId ? (
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onChange({ behaviourId: null })}
            >
              Clear behaviour
            </button>
          ) : null}
        </div>
        {submit ? <div className="commitment-submit">{submit}</div> : null}
      </div>
    </>
  );
}

/**
 * A date input left half-filled ("12/03/yyyy") reports an empty value, which would save "no due
 * date" without a word: the browser's badInput flag tells the two apart.
 */
export function halfTypedDate(form: HTMLFormElement, name: string): string | null {
  const input = form.elements.namedItem(name);
  return input instanceof HTMLInputElement && input.validity.badInput
    ? 'Finish the due date (day, month and year), or clear it for no due date'
    : null;
}

const EMPTY: Draft = { text: '', owner: 'rep', dueOn: '', behaviourId: null };

function AddCommitment({ oneOnOneId }: { oneOnOneId: string }) {
  const api = useApi();
  const patch = useMeetingPatch(oneOnOneId);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missingText, setMissingText] = useState(false);
  const [dueProblem, setDueProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      api.commitments.create({
        oneOnOneId,
        text: draft.text,
        owner: draft.owner,
        dueOn: draft.dueOn || null,
        behaviourId: draft.behaviourId,
      }),
    onSuccess: async (commitment) => {
      setDraft(EMPTY);
      patch((m) => ({ ...m, commitments: [...m.commitments, commitment] }));
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const due = halfTypedDate(event.currentTarget, 'dueOn');
    setDueProblem(due);
    if (draft.text.trim() === '') setMissingText(true);
    if (draft.text.trim() === '' || due) return;
    create.mutate();
  }

  const general = formError(create.error, ['text', 'owner', 'dueOn', 'behaviourId']);
  return (
    <form className="commitment-form" onSubmit={submit} noValidate aria-label="Add a commitment">
      <CommitmentFields
        draft={draft}
        compact
        error={create.error}
        missingText={missingText}
        dueProblem={dueProblem}
        onChange={(changes) => {
          setDraft((d) => ({ ...d, ...changes }));
          if (changes.text !== undefined) setMissingText(false);
          if (changes.text === undefined) setDueProblem(null);
        }}
        submit={
          <button type="submit" className="button" disabled={create.isPending}>
            Add commitment
          </button>
        }
      />
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
    </form>
  );
}

function EditForm({ commitment, onDone }: { commitment: Commitment; onDone(): void }) {
  const api = useApi();
  const [draft, setDraft] = useState<Draft>({
    text: commitment.text,
    owner: commitment.owner,
    dueOn: commitment.dueOn ?? '',
    behaviourId: commitment.behaviourId,
  });
  const [missingText, setMissingText] = useState(false);
  const [dueProblem, setDueProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      api.commitments.update({
        id: commitment.id,
        revision: commitment.revision,
        text: draft.text,
        owner: draft.owner,
        dueOn: draft.dueOn || null,
        behaviourId: draft.behaviourId,
      }),
    onSuccess: async () => {
      onDone();
    },
  });
  const general = formError(save.error, ['text', 'owner', 'dueOn', 'behaviourId']);
  return (
    <form
      className="form commitment-edit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const due = halfTypedDate(e.currentTarget, 'dueOn');
        setDueProblem(due);
        if (draft.text.trim() === '') setMissingText(true);
        else if (!due) save.mutate();
      }}
    >
      <CommitmentFields
        draft={draft}
        error={save.error}
        missingText={missingText}
        dueProblem={dueProblem}
        onChange={(changes) => {
          setDraft((d) => ({ ...d, ...changes }));
          if (changes.text !== undefined) setMissingText(false);
          if (changes.text === undefined) setDueProblem(null);
        }}
      />
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          Save changes
        </button>
      </div>
    </form>
  );
}

function DropForm({ commitment, onDone }: { commitment: Commitment; onDone(): void }) {
  const api = useApi();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const drop = useMutation({
    mutationFn: () => api.commitments.setStatus({ id: commitment.id, status: 'dropped', reason }),
    onSuccess: async () => {
      onDone();
    },
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() === '') setMissing(true);
        else drop.mutate();
      }}
    >
      <blockquote className="dialog-quote">{commitment.text}</blockquote>
      <Field
        label="Why is it dropped?"
        error={missing ? 'Say why the commitment is dropped' : issueFor(drop.error, 'reason')}
        hint="Kept with the commitment, so the history shows what changed."
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={reason}
            autoFocus
            onChange={(e) => {
              setReason(e.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      {formError(drop.error, ['reason']) ? (
        <p className="form-error" role="alert">
          {formError(drop.error, ['reason'])}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Keep it
        </button>
        <button type="submit" className="button button-danger" disabled={drop.isPending}>
          Drop commitment
        </button>
      </div>
    </form>
  );
}
