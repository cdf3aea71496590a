import { type FormEvent, useState } from 'react';
import { type DevelopmentGoal, LEVEL_NAMES } from '../../shared/contract';
import { ApiError } from '../api/client';
import { BehaviourPicker } from '../behaviours/BehaviourPicker';
import { today } from '../../shared/dates';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';
import { GOAL_STATE_LABELS, levelLabel } from './format';
import { useGoalMutations } from './use-progress';

type Errors = Partial<Record<'behaviourId' | 'targetLevel' | 'dueOn' | 'note' | 'form', string>>;

function errorsOf(error: unknown): Errors {
  if (!(error instanceof ApiError) || error.issues.length === 0) return { form: errorMessage(error) };
  const errors: Errors = {};
  const fields: (keyof Errors)[] = ['behaviourId', 'targetLevel', 'dueOn', 'note'];
  for (const issue of error.issues) {
    const field = fields.find((f) => f === issue.path[0]) ?? 'form';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Sets a new goal, or changes one: target level, date and an optional note. */
function GoalForm({
  repId,
  goal,
  behaviourId: initialBehaviour,
  onDone,
}: {
  repId: string;
  goal?: DevelopmentGoal;
  behaviourId?: string;
  onDone(): void;
}) {
  const { create, update } = useGoalMutations();
  const [behaviourId, setBehaviourId] = useState<string | null>(
    goal?.behaviourId ?? initialBehaviour ?? null,
  );
  const [targetLevel, setTargetLevel] = useState(String(goal?.targetLevel ?? 3));
  const [dueOn, setDueOn] = useState(goal?.dueOn ?? '');
  const [note, setNote] = useState(goal?.note ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const pending = create.isPending || update.isPending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Errors = {};
    if (!goal && !behaviourId) local.behaviourId = 'Choose the behaviour the goal is about.';
    if (!dueOn) local.dueOn = 'Choose the date the level should be reached by.';
    if (Object.keys(local).length > 0) return setErrors(local);
    try {
      const fields = { targetLevel: Number(targetLevel), dueOn, note };
      if (goal) await update.mutateAsync({ id: goal.id, revision: goal.revision, ...fields });
      else await create.mutateAsync({ repId, behaviourId: behaviourId!, ...fields });
      onDone();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {goal ? (
        <p>
          <strong>{goal.behaviourName}</strong>
        </p>
      ) : (
        <BehaviourPicker value={behaviourId} onChange={setBehaviourId} error={errors.behaviourId} autoFocus />
      )}
      <Field label="Target level" error={errors.targetLevel} required>
        {(props) => (
          <select {...props} value={targetLevel} onChange={(e) => setTargetLevel(e.target.value)}>
            {[2, 3, 4].map((level) => (
              <option key={level} value={level}>
                {level} · {LEVEL_NAMES[level - 1]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Reach it by" error={errors.dueOn} required>
        {(props) => (
          <input
            {...props}
            type="date"
            min={today()}
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
          />
        )}
      </Field>
      <Field label="Note" error={errors.note} hint="What reaching it looks like, in a sentence (optional).">
        {(props) => <textarea {...props} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      {errors.form ? (
        <p role="alert" className="form-error">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={pending}>
          {goal ? 'Save goal' : 'Set goal'}
        </button>
      </div>
    </form>
  );
}

export function GoalDialog({
  repId,
  open,
  goal,
  onClose,
}: {
  repId: string;
  open: boolean;
  goal?: DevelopmentGoal | undefined;
  onClose(): void;
}) {
  return (
    <Dialog title={goal ? 'Change goal' : 'Set a development goal'} open={open} onClose={onClose}>
      <GoalForm repId={repId} {...(goal ? { goal } : {})} onDone={onClose} />
    </Dialog>
  );
}

/** How far along a goal is, in words and as a bar that never stands without its evidence. */
export function GoalProgressLine({ goal }: { goal: DevelopmentGoal }) {
  const p = goal.progress;
  return (
    <div className="goal-progress">
      <span className={`goal-state goal-${p.state}`}>{GOAL_STATE_LABELS[p.state]}</span>
      {p.fraction !== null ? (
        <progress
          max={1}
          value={p.fraction}
          aria-label={`${Math.round(p.fraction * 100)}% of the way to level ${goal.targetLevel}`}
        />
      ) : null}
      <span className="muted">
        {p.current
          ? `Now ${levelLabel(p.current.level)} (${p.current.observationCount} observations, last ${formatDate(p.current.lastObservedOn)})`
          : 'No level yet'}
        {p.startLevel !== null ? ` · started at ${p.startLevel.toFixed(1)}` : ' · no level when set'}
        {` · ${p.observationsSince} observation${p.observationsSince === 1 ? '' : 's'} since ${formatDate(goal.setOn)}`}
      </span>
    </div>
  );
}

/** A rep's goals with progress, and (when interactive) setting, changing and removing them. */
export function GoalsSection({
  repId,
  goals,
  interactive = true,
}: {
  repId: string;
  goals: DevelopmentGoal[];
  interactive?: boolean;
}) {
  const { remove } = useGoalMutations();
  const [editing, setEditing] = useState<DevelopmentGoal | 'new' | null>(null);
  const [confirming, setConfirming] = useState<DevelopmentGoal | null>(null);
  return (
    <section className="panel progress-goals" aria-labelledby="goals-title">
      <header className="panel-header">
        <h2 id="goals-title">Development goals</h2>
        {interactive ? (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            Set a goal
          </button>
        ) : null}
      </header>
      {goals.length === 0 ? (
        <p className="muted">
          No goals yet. A goal is a target level on one behaviour by a date; its progress shows here and in
          the prep brief.
        </p>
      ) : (
        <ul className="plain-list goal-list">
          {goals.map((g) => (
            <li key={g.id}>
              <div className="goal-head">
                <strong>{g.behaviourName}</strong>
                <span>
                  level {g.targetLevel} · {LEVEL_NAMES[g.targetLevel - 1]} by {formatDate(g.dueOn)}
                </span>
                {interactive ? (
                  <span className="goal-actions">
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => setEditing(g)}
                      aria-label={`Change the goal on ${g.behaviourName}`}
                    >
                      Change
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      onClick={() => setConfirming(g)}
                      aria-label={`Remove the goal on ${g.behaviourName}`}
                    >
                      Remove
                    </button>
                  </span>
                ) : null}
              </div>
              {g.note ? <p className="goal-note">{g.note}</p> : null}
              <GoalProgressLine goal={g} />
            </li>
          ))}
        </ul>
      )}
      {interactive ? (
        <>
          <GoalDialog
            repId={repId}
            open={editing !== null}
            goal={editing === 'new' || editing === null ? undefined : editing}
            onClose={() => setEditing(null)}
          />
          <Dialog title="Remove this goal?" open={confirming !== null} onClose={() => setConfirming(null)}>
            <p>
              The goal on “{confirming?.behaviourName}” goes; the observations stay, and so does the chart.
            </p>
            {remove.isError ? (
              <p role="alert" className="form-error">
                {errorMessage(remove.error)}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate(confirming!.id, { onSuccess: () => setConfirming(null) })}
              >
                Remove goal
              </button>
            </div>
          </Dialog>
        </>
      ) : null}
    </section>
  );
}
