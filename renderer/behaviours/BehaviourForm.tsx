import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import {
  type Behaviour,
  type BehaviourFields,
  behaviourFieldsSchema,
  type FieldIssue,
  type Library,
} from '../../shared/contract';
import { METHODOLOGIES, type Methodology } from '../../shared/domain/default-library';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { Field } from '../ui/Field';
import { activeCompetencies, activeStages, LEVEL_LABELS } from './library-model';

interface Draft {
  name: string;
  definition: string;
  competencyId: string;
  stageIds: string[];
  methodologies: Methodology[];
  rubric: [string, string, string, string];
}

function draftFrom(behaviour: Behaviour | null, library: Library): Draft {
  return {
    name: behaviour?.name ?? '',
    definition: behaviour?.definition ?? '',
    competencyId: behaviour?.competencyId ?? activeCompetencies(library)[0]?.id ?? '',
    stageIds: behaviour?.stageIds ?? [],
    methodologies: behaviour?.methodologies ?? [],
    rubric: behaviour ? [...behaviour.rubric] : ['', '', '', ''],
  };
}

/** 'name', 'stageIds', 'rubric.2' … or 'form' for anything not tied to one field. */
type Errors = Partial<Record<string, string>>;

function errorsFrom(issues: FieldIssue[], fallback: string): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const key = issue.path.length === 0 ? 'form' : issue.path.slice(0, 2).join('.');
    errors[key] ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

interface BehaviourFormProps {
  library: Library;
  /** null adds a new behaviour. */
  behaviour: Behaviour | null;
  onDone(behaviour: Behaviour): void;
  onCancel(): void;
}

export function BehaviourForm({ library, behaviour, onDone, onCancel }: BehaviourFormProps) {
  const api = useApi();
  const ids = useId();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(behaviour, library));
  const [errors, setErrors] = useState<Errors>({});
  // The revision the manager started from: a refetch while the form is open must not hide someone else's edit.
  const [revision] = useState(behaviour?.revision ?? 1);
  const stages = activeStages(library);
  const competencies = activeCompetencies(library);
  // An edited behaviour may sit in a stage or competency archived since; keep it choosable.
  const extraStages = library.stages.filter((s) => s.archivedAt && draft.stageIds.includes(s.id));
  const currentCompetency = library.competencies.find((c) => c.id === draft.competencyId);

  const save = useMutation({
    mutationFn: (fields: BehaviourFields) =>
      behaviour
        ? api.behaviours.update({ ...fields, id: behaviour.id, revision })
        : api.behaviours.create(fields),
    onSuccess: (saved) => onDone(saved),
    onError: (error) => {
      // CONFLICT without issues: someone else saved first. With issues it is about a field (a name in use).
      if (error instanceof ApiError && error.code === 'CONFLICT' && error.issues.length === 0) {
        setErrors({ form: error.message });
        return;
      }
      setErrors(
        error instanceof ApiError ? errorsFrom(error.issues, error.message) : { form: String(error) },
      );
    },
  });

  function set<K extends keyof Draft>(key: K, value: Draft[K], errorKey: string = key) {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [errorKey]: undefined, form: undefined }));
  }

  function toggle<T extends string>(list: T[], value: T, on: boolean): T[] {
    return on ? [...list, value] : list.filter((v) => v !== value);
  }

  function setLevel(index: number, text: string) {
    const rubric = [...draft.rubric] as Draft['rubric'];
    rubric[index] = text;
    set('rubric', rubric, `rubric.${index}`);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: BehaviourFields = draft;
    const checked = behaviourFieldsSchema.safeParse(fields);
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => ({
        path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: i.message,
      }));
      setErrors(errorsFrom(issues, 'Check the form.'));
      return;
    }
    save.mutate(fields);
  }

  const stagesErrorId = `${ids}-stages-error`;
  return (
    <form className="form behaviour-form" onSubmit={submit} noValidate>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field
        label="Name"
        error={errors.name}
        required
        hint="Short and observable, e.g. “Confirms next steps in writing”"
      >
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.name}
            onChange={(e) => set('name', e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label="Definition" error={errors.definition} required hint="One sentence: what you see or hear.">
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={draft.definition}
            onChange={(e) => set('definition', e.target.value)}
          />
        )}
      </Field>
      <Field label="Competency" error={errors.competencyId} required>
        {(props) => (
          <select {...props} value={draft.competencyId} onChange={(e) => set('competencyId', e.target.value)}>
            {currentCompetency?.archivedAt ? (
              <option value={currentCompetency.id}>{currentCompetency.name} (archived)</option>
            ) : null}
            {competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset
        className={errors.stageIds ? 'field field-invalid' : 'field'}
        aria-describedby={errors.stageIds ? stagesErrorId : undefined}
      >
        <legend>
          Stages<span aria-hidden="true"> *</span>
        </legend>
        <div className="check-grid">
          {[...stages, ...extraStages].map((stage) => (
            <label key={stage.id} className="check">
              <input
                type="checkbox"
                checked={draft.stageIds.includes(stage.id)}
                onChange={(e) => set('stageIds', toggle(draft.stageIds, stage.id, e.target.checked))}
              />
              {stage.name}
              {stage.archivedAt ? ' (archived)' : ''}
            </label>
          ))}
        </div>
        {errors.stageIds ? (
          <p id={stagesErrorId} className="field-error">
            {errors.stageIds}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="field">
        <legend>Methodologies</legend>
        <div className="check-row">
          {METHODOLOGIES.map((m) => (
            <label key={m} className="check">
              <input
                type="checkbox"
                checked={draft.methodologies.includes(m)}
                onChange={(e) => set('methodologies', toggle(draft.methodologies, m, e.target.checked))}
              />
              {m}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field rubric-fields">
        <legend>Rubric</legend>
        {errors.rubric ? (
          <p className="field-error" role="alert">
            {errors.rubric}
          </p>
        ) : null}
        {LEVEL_LABELS.map((label, index) => (
          <Field key={label} label={label} error={errors[`rubric.${index}`]} required>
            {(props) => (
              <textarea
                {...props}
                rows={2}
                value={draft.rubric[index]}
                onChange={(e) => setLevel(index, e.target.value)}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : behaviour ? 'Save changes' : 'Add behaviour'}
        </button>
      </div>
    </form>
  );
}
