import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { type AgendaItem, type OneOnOne, STUCK_AFTER_CARRIES } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { useRovingGrid } from '../ui/roving';
import { errorMessage } from '../ui/format';
import { formError, issueFor, useMeetingPatch, useOverrides, useTemplates } from './use-one-on-ones';

/** Talking points: ticked off in the meeting; the open ones are carried to the next one-to-one. */
/**
 * `readOnly`: the rep's view. They read the agenda and add their own points; ticking, changing, removing
 * and templates stay with the manager (the core refuses the rep).
 */
export function AgendaSection({ meeting, readOnly = false }: { meeting: OneOnOne; readOnly?: boolean }) {
  const api = useApi();
  const patch = useMeetingPatch(meeting.id);
  const [choosingTemplate, setChoosingTemplate] = useState(false);

  const edits = useOverrides<AgendaItem>();
  const removals = useOverrides<true>();
  const update = useMutation({
    mutationFn: (item: AgendaItem) =>
      api.agenda.update({ id: item.id, text: item.text, done: item.done, recurring: item.recurring }),
    onSuccess: (saved) =>
      patch((m) => ({ ...m, agenda: m.agenda.map((i) => (i.id === saved.id ? saved : i)) })),
    onSettled: (_saved, _error, item) => {
      edits.clear(item.id, item);
    },
  });
  const remove = useMutation({
    mutationFn: (item: AgendaItem) => api.agenda.remove({ id: item.id }),
    onSuccess: (removed) => patch((m) => ({ ...m, agenda: m.agenda.filter((i) => i.id !== removed.id) })),
    onSettled: (_removed, _error, item) => {
      removals.clear(item.id, true);
    },
  });
  const agenda = meeting.agenda
    .filter((item) => !removals.values.has(item.id))
    .map((item) => edits.values.get(item.id) ?? item);
  const done = agenda.filter((i) => i.done).length;
  const failure = update.error ?? remove.error;
  const roving = useRovingGrid(agenda.length, AGENDA_COLUMNS);

  return (
    <section className="meeting-section" aria-labelledby="agenda-title">
      <header className="meeting-section-header">
        <h2 id="agenda-title">Agenda</h2>
        <span className="section-count">
          {agenda.length === 0 ? 'No talking points' : `${done} of ${agenda.length} done`}
        </span>
        {readOnly ? null : (
          <button
            type="button"
            className="button button-small section-action"
            onClick={() => setChoosingTemplate(true)}
          >
            Add template…
          </button>
        )}
      </header>
      {failure ? (
        <p className="form-error" role="alert">
          {errorMessage(failure)}
        </p>
      ) : null}
      {agenda.length === 0 ? (
        <p className="muted section-empty">
          Nothing on the agenda yet. Add what you both want to talk about, or start from a template.
        </p>
      ) : readOnly ? (
        <ul className="agenda-list" aria-label="Talking points">
          {agenda.map((item) => (
            <li key={item.id} className={item.done ? 'agenda-item agenda-item-done' : 'agenda-item'}>
              <span aria-hidden="true">{item.done ? '✓' : '○'}</span>
              <span className="visually-hidden">{item.done ? 'Talked about: ' : 'Not reached yet: '}</span>
              <span className="agenda-text">{item.text}</span>
              <span className="agenda-badges">
                {item.author === 'rep' ? (
                  <span className="badge badge-rep">Your point</span>
                ) : (
                  <span className="badge badge-quiet">Manager</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <ul
          className="agenda-list"
          aria-label="Talking points"
          aria-describedby={`${meeting.id}-agenda-keys`}
          onKeyDown={roving.onKeyDown}
          onFocus={roving.onFocus}
        >
          {agenda.map((item, row) => (
            <AgendaRow
              key={item.id}
              item={item}
              tabIndexOf={(col) => roving.tabIndexOf(row, col)}
              onChange={(changes) => {
                const changed = { ...item, ...changes };
                edits.set(item.id, changed);
                update.mutate(changed);
              }}
              onRemove={() => {
                removals.set(item.id, true);
                remove.mutate(item);
              }}
            />
          ))}
        </ul>
      )}
      {agenda.length > 0 && !readOnly ? (
        <p id={`${meeting.id}-agenda-keys`} className="visually-hidden">
          Arrow keys move between talking points and their buttons; Space ticks one off.
        </p>
      ) : null}
      {meeting.status === 'scheduled' || !readOnly ? (
        <AddTalkingPoint oneOnOneId={meeting.id} asRep={readOnly} />
      ) : null}
      <Dialog
        title="Add a template’s talking points"
        open={choosingTemplate}
        onClose={() => setChoosingTemplate(false)}
      >
        <TemplateChooser oneOnOneId={meeting.id} onDone={() => setChoosingTemplate(false)} />
      </Dialog>
    </section>
  );
}

/** The controls of one talking point, in the order the arrow keys move through them. */
const AGENDA_COLUMNS = 3;

function AgendaRow({
  item,
  tabIndexOf,
  onChange,
  onRemove,
}: {
  item: AgendaItem;
  tabIndexOf(col: number): number;
  onChange(changes: Partial<AgendaItem>): void;
  onRemove(): void;
}) {
  const id = useId();
  const classes = ['agenda-item', item.done ? 'agenda-item-done' : '', item.stuck ? 'agenda-item-stuck' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li className={classes}>
      <input
        id={id}
        type="checkbox"
        className="agenda-check"
        data-col={0}
        tabIndex={tabIndexOf(0)}
        checked={item.done}
        onChange={(e) => onChange({ done: e.target.checked })}
      />
      <label htmlFor={id} className="agenda-text">
        {item.text}
      </label>
      <span className="agenda-badges">
        {item.author === 'rep' ? (
          <span className="badge badge-rep">Rep point</span>
        ) : (
          <span className="badge badge-quiet">Manager</span>
        )}
        {item.carriedCount > 0 ? (
          <span
            className="badge badge-carried"
            title={`Carried over from ${item.carriedCount} earlier one-to-one${item.carriedCount === 1 ? '' : 's'}`}
          >
            Carried ×{item.carriedCount}
          </span>
        ) : null}
        {item.stuck ? (
          <span
            className="badge badge-danger"
            title={`Carried ${STUCK_AFTER_CARRIES} or more times without being closed: act on it, or take it off`}
          >
            Stuck
          </span>
        ) : null}
      </span>
      <span className="agenda-actions">
        <button
          type="button"
          className="toggle-button"
          data-col={1}
          tabIndex={tabIndexOf(1)}
          aria-pressed={item.recurring}
          aria-label={`Recurring: ${item.text}`}
          title={item.recurring ? 'Comes back at every one-to-one' : 'Make it come back at every one-to-one'}
          onClick={() => onChange({ recurring: !item.recurring })}
        >
          <span aria-hidden="true">↻</span> Recurring
        </button>
        <button
          type="button"
          className="icon-button"
          data-col={2}
          tabIndex={tabIndexOf(2)}
          aria-label={`Remove “${item.text}”`}
          title="Remove"
          onClick={onRemove}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </li>
  );
}

function AddTalkingPoint({ oneOnOneId, asRep }: { oneOnOneId: string; asRep: boolean }) {
  const api = useApi();
  const patch = useMeetingPatch(oneOnOneId);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [repPoint, setRepPoint] = useState(false);
  const [empty, setEmpty] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      api.agenda.add({ oneOnOneId, text, author: asRep || repPoint ? 'rep' : 'manager', recurring: false }),
    onSuccess: async (item) => {
      setText('');
      setRepPoint(false);
      patch((m) => ({ ...m, agenda: [...m.agenda, item] }));
      input.current?.focus();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setEmpty(true);
      return;
    }
    add.mutate();
  }

  const error = empty
    ? 'Write the talking point first'
    : (issueFor(add.error, 'text') ?? formError(add.error));
  return (
    <form className="add-row" onSubmit={submit} noValidate aria-label="Add a talking point">
      <div className="add-row-controls">
        <input
          ref={input}
          type="text"
          data-jump="talking-point"
          className="add-row-text"
          aria-label="New talking point"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${oneOnOneId}-agenda-error` : undefined}
          placeholder="Add a talking point…"
          value={text}
          maxLength={500}
          onChange={(e) => {
            setText(e.target.value);
            setEmpty(false);
          }}
        />
        {asRep ? null : (
          <label className="check">
            <input type="checkbox" checked={repPoint} onChange={(e) => setRepPoint(e.target.checked)} />
            Rep’s point
          </label>
        )}
        <button type="submit" className="button" disabled={add.isPending}>
          Add
        </button>
      </div>
      {error ? (
        <p id={`${oneOnOneId}-agenda-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function TemplateChooser({ oneOnOneId, onDone }: { oneOnOneId: string; onDone(): void }) {
  const api = useApi();
  const templates = useTemplates();
  const [templateId, setTemplateId] = useState('');
  const apply = useMutation({
    mutationFn: () => api.agenda.applyTemplate({ oneOnOneId, templateId }),
    onSuccess: async () => {
      onDone();
    },
  });
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        if (templateId) apply.mutate();
      }}
    >
      {templates.isPending ? (
        <p className="muted">Loading templates…</p>
      ) : templates.isError ? (
        <p className="form-error">{errorMessage(templates.error)}</p>
      ) : (
        <fieldset className="template-choices">
          <legend className="visually-hidden">Template</legend>
          {templates.data.map((t) => (
            <label key={t.id} className="template-choice">
              <input
                type="radio"
                name="template"
                value={t.id}
                checked={templateId === t.id}
                onChange={() => setTemplateId(t.id)}
              />
              <span>
                <span className="template-name">{t.name}</span>
                <span className="template-items">{t.items.join(' · ')}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="field-hint">Talking points already on the agenda are not added twice.</p>
      {apply.isError ? (
        <p className="form-error" role="alert">
          {issueFor(apply.error, 'templateId') ?? errorMessage(apply.error)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={!templateId || apply.isPending}>
          Add talking points
        </button>
      </div>
    </form>
  );
}
