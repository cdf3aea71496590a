import { useMutation } from '@tanstack/react-query';
import { useApiQuery } from '../api/queries';
import { type FormEvent, useState } from 'react';
import { type FieldIssue, type Person, type PersonFields, personFieldsSchema } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { useWorkspace } from '../workspace/use-workspace';
import { Field } from '../ui/Field';

interface Draft {
  name: string;
  kind: 'rep' | 'manager';
  title: string;
  team: string;
  managerId: string;
  region: string;
  segment: string;
  startDate: string;
  email: string;
}

/** A new person reports to the manager adding them unless they say otherwise: only their managers see their coaching. */
function draftFrom(person: Person | null, defaultManagerId: string): Draft {
  return {
    name: person?.name ?? '',
    kind: person?.kind ?? 'rep',
    title: person?.title ?? '',
    team: person?.team ?? '',
    managerId: person ? (person.managerId ?? '') : defaultManagerId,
    region: person?.region ?? '',
    segment: person?.segment ?? '',
    startDate: person?.startDate ?? '',
    email: person?.email ?? '',
  };
}

function fieldsFrom(draft: Draft): PersonFields {
  return {
    ...draft,
    managerId: draft.managerId === '' ? null : draft.managerId,
    startDate: draft.startDate === '' ? null : draft.startDate,
  };
}

type Errors = Partial<Record<keyof Draft | 'form', string>>;

function errorsFrom(issues: FieldIssue[], fallback: string): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const key = (issue.path[0] as keyof Draft | undefined) ?? 'form';
    errors[key] ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

interface PersonFormProps {
  /** null adds a new person. */
  person: Person | null;
  onDone(person: Person): void;
  onCancel(): void;
}

export function PersonForm({ person, onDone, onCancel }: PersonFormProps) {
  const api = useApi();
  const owner = useWorkspace().data?.owner;
  const [draft, setDraft] = useState<Draft>(() =>
    draftFrom(person, owner?.kind === 'manager' ? owner.id : ''),
  );
  const [errors, setErrors] = useState<Errors>({});
  const managers = useApiQuery('people.list', { status: 'active', kind: 'manager' });
  const managerChoices = (managers.data ?? []).filter((m) => m.id !== person?.id);
  const currentManagerArchived =
    person?.managerId && !managerChoices.some((m) => m.id === person.managerId) && person.managerName;

  const save = useMutation({
    mutationFn: (fields: PersonFields) =>
      person
        ? api.people.update({ ...fields, id: person.id, revision: person.revision })
        : api.people.create(fields),
    onSuccess: (saved) => onDone(saved),
    onError: (error) => {
      setErrors(
        error instanceof ApiError ? errorsFrom(error.issues, error.message) : { form: String(error) },
      );
    },
  });

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined, form: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = fieldsFrom(draft);
    const checked = personFieldsSchema.safeParse(fields);
    if (!checked.success) {
      setErrors(
        errorsFrom(
          checked.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message })),
          'Check the form.',
        ),
      );
      return;
    }
    save.mutate(fields);
  }

  const text = (
    key: keyof Draft,
    label: string,
    options: { required?: boolean; type?: string; hint?: string } = {},
  ) => (
    <Field label={label} error={errors[key]} required={options.required} hint={options.hint}>
      {(props) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value as never)}
          autoComplete="off"
        />
      )}
    </Field>
  );

  return (
    <form className="form" onSubmit={submit} noValidate>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {text('name', 'Name', { required: true })}
      <fieldset className="field">
        <legend>Kind</legend>
        <div className="segmented">
          {(['rep', 'manager'] as const).map((kind) => (
            <label key={kind} className="segmented-option">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => set('kind', kind)}
              />
              {kind === 'rep' ? 'Rep' : 'Manager'}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        {text('title', 'Role', { hint: 'Job title, e.g. Account Executive' })}
        {text('team', 'Team')}
      </div>
      <Field label="Manager" error={errors.managerId}>
        {(props) => (
          <select {...props} value={draft.managerId} onChange={(e) => set('managerId', e.target.value)}>
            <option value="">No manager</option>
            {currentManagerArchived ? (
              <option value={person!.managerId!}>{person!.managerName} (archived)</option>
            ) : null}
            {managerChoices.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-row">
        {text('region', 'Region')}
        {text('segment', 'Segment')}
      </div>
      <div className="form-row">
        {text('startDate', 'Start date', { type: 'date' })}
        {text('email', 'Email', { type: 'email' })}
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : person ? 'Save changes' : 'Add person'}
        </button>
      </div>
    </form>
  );
}
