import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Stage } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { Field } from '../ui/Field';

export type TaxonomyKind = 'stage' | 'competency';

export const KIND_NAMES: Record<TaxonomyKind, { one: string; many: string }> = {
  stage: { one: 'Stage', many: 'Stages' },
  competency: { one: 'Competency', many: 'Competencies' },
};

type Errors = Partial<Record<'name' | 'description' | 'form', string>>;

interface TaxonomyEditorProps {
  kind: TaxonomyKind;
  /** null adds a new one at the end. */
  item: Stage | null;
  onDone(): void;
}

/** Inline form to add, rename or redescribe a stage or a competency. */
export function TaxonomyEditor({ kind, item, onDone }: TaxonomyEditorProps) {
  const api = useApi();
  const [name, setName] = useState(item?.name ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const label = KIND_NAMES[kind].one;

  const save = useMutation({
    mutationFn: (fields: { name: string; description: string }) => {
      if (kind === 'stage')
        return item ? api.stages.update({ ...fields, id: item.id }) : api.stages.create(fields);
      return item ? api.competencies.update({ ...fields, id: item.id }) : api.competencies.create(fields);
    },
    onSuccess: () => onDone(),
    onError: (error) => {
      const next: Errors = {};
      if (error instanceof ApiError) {
        for (const issue of error.issues) {
          const key = issue.path[0] === 'name' || issue.path[0] === 'description' ? issue.path[0] : 'form';
          next[key] ??= issue.message;
        }
      }
      if (Object.keys(next).length === 0) next.form = error.message;
      setErrors(next);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setErrors({ name: 'Name is required' });
      return;
    }
    save.mutate({ name, description });
  }

  return (
    <form className="taxonomy-editor" onSubmit={submit} noValidate>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <Field label={`${label} name`} error={errors.name} required>
        {(props) => (
          <input
            {...props}
            type="text"
            value={name}
            autoFocus
            autoComplete="off"
            onChange={(e) => {
              setName(e.target.value);
              setErrors({});
            }}
          />
        )}
      </Field>
      <Field label={`${label} description`} error={errors.description}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={description}
            onChange={(e) => {
              setDescription(e.target.value);
              setErrors({});
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : item ? 'Save' : `Add ${label.toLowerCase()}`}
        </button>
      </div>
    </form>
  );
}
