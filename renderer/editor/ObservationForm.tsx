import { type FormEvent, useState } from 'react';
import type { FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';
import { BehaviourPicker, LevelPicker, type Rating } from '../behaviours/BehaviourPicker';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { VisibilityField } from '../ui/VisibilityField';

import type { Visibility } from '../ui/VisibilityField';

export type { Visibility };

export interface ObservationDraft {
  behaviourId: string | null;
  rating: Rating;
  comment: string;
  visibility: Visibility;
}

export const EMPTY_DRAFT: ObservationDraft = {
  behaviourId: null,
  rating: { level: null, verdict: null },
  comment: '',
  visibility: 'private',
};

type Errors = Partial<Record<'behaviourId' | 'rating' | 'comment' | 'form', string>>;

/**
 * An API error as messages beside an observation form's fields: level and verdict belong to the rating,
 * the form's own fields to themselves, anything else to the form. Shared by every observation form.
 */
export function observationErrorsFrom<F extends string>(
  error: unknown,
  fields: readonly F[],
): Partial<Record<F | 'rating' | 'form', string>> {
  if (!(error instanceof ApiError))
    return { form: errorMessage(error) } as Partial<Record<F | 'rating' | 'form', string>>;
  const errors: Partial<Record<F | 'rating' | 'form', string>> = {};
  const fieldOf = (issue: FieldIssue): F | 'rating' | 'form' => {
    const key = issue.path[0];
    if (typeof key === 'string' && (fields as readonly string[]).includes(key)) return key as F;
    if (key === 'level' || key === 'verdict') return 'rating';
    return 'form';
  };
  for (const issue of error.issues) errors[fieldOf(issue)] ??= issue.message;
  if (Object.keys(errors).length === 0) errors.form = error.message;
  return errors;
}

/** What an observation needs before it is sent: a behaviour, and a level or a verdict. */
export function missingObservationFields(
  draft: { behaviourId: string | null; rating: Rating },
  behaviourMessage: string,
): { behaviourId?: string; rating?: string } {
  const problems: { behaviourId?: string; rating?: string } = {};
  if (!draft.behaviourId) problems.behaviourId = behaviourMessage;
  if (draft.rating.level === null && draft.rating.verdict === null) {
    problems.rating = 'Give a level from 1 to 4, or call it a strength or a gap';
  }
  return problems;
}

const errorsFrom = (error: unknown): Errors =>
  observationErrorsFrom(error, ['behaviourId', 'comment'] as const);

interface ObservationFormProps {
  initial: ObservationDraft;
  /** The tagged words, quoted above the fields. */
  quote?: string | null;
  submitLabel: string;
  /** Saves; a rejection (an ApiError's issues) is shown beside the fields. */
  onSubmit(draft: ObservationDraft & { behaviourId: string }): Promise<unknown>;
  onCancel(): void;
}

/** Behaviour, rating, comment and visibility: what a manager records about one observation. */
export function ObservationForm({ initial, quote, submitLabel, onSubmit, onCancel }: ObservationFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  function set<K extends keyof ObservationDraft>(key: K, value: ObservationDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    const field = key === 'visibility' ? 'form' : key;
    setErrors((e) => ({ ...e, [field]: undefined, form: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const problems: Errors = missingObservationFields(draft, 'Choose the behaviour you saw');
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !draft.behaviourId) return;
    setPending(true);
    try {
      await onSubmit({ ...draft, behaviourId: draft.behaviourId });
    } catch (error) {
      setErrors(errorsFrom(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form observation-form" onSubmit={submit} noValidate>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {quote ? (
        <figure className="tag-quote">
          <figcaption>Tagged text</figcaption>
          <blockquote>{quote}</blockquote>
        </figure>
      ) : null}
      <BehaviourPicker
        value={draft.behaviourId}
        onChange={(id) => set('behaviourId', id)}
        autoFocus
        error={errors.behaviourId}
      />
      <LevelPicker
        value={draft.rating}
        onChange={(rating) => set('rating', rating)}
        behaviourId={draft.behaviourId}
        error={errors.rating}
      />
      <Field label="Comment" error={errors.comment} hint="Optional: what you would coach next">
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.comment}
            onChange={(e) => set('comment', e.target.value)}
          />
        )}
      </Field>
      <VisibilityField value={draft.visibility} onChange={(visibility) => set('visibility', visibility)} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
