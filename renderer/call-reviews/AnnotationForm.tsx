import { type FormEvent, useId, useState } from 'react';
import { ANNOTATION_TYPE_LABELS, ANNOTATION_TYPES, type AnnotationType } from '../../shared/contract';
import { BehaviourPicker, LevelPicker, type Rating } from '../behaviours/BehaviourPicker';
import { missingObservationFields, observationErrorsFrom, type Visibility } from '../editor/ObservationForm';
import { Field } from '../ui/Field';
import { VisibilityField } from '../ui/VisibilityField';

export interface AnnotationDraft {
  annotationType: AnnotationType;
  behaviourId: string | null;
  rating: Rating;
  comment: string;
  visibility: Visibility;
}

export const EMPTY_ANNOTATION: AnnotationDraft = {
  annotationType: 'strength',
  behaviourId: null,
  rating: { level: null, verdict: null },
  comment: '',
  visibility: 'private',
};

type Errors = Partial<Record<'annotationType' | 'behaviourId' | 'rating' | 'comment' | 'form', string>>;

const errorsFrom = (error: unknown): Errors =>
  observationErrorsFrom(error, ['annotationType', 'behaviourId', 'comment'] as const);

/** The verdict a kind of annotation usually carries, offered until the manager rates it themselves. */
const USUAL_VERDICT: Partial<Record<AnnotationType, Rating>> = {
  strength: { level: null, verdict: 'strength' },
  'missed-opportunity': { level: null, verdict: 'gap' },
  'try-instead': { level: null, verdict: 'gap' },
};

/** What a manager says about a passage of a call: kind, behaviour, rating, comment and visibility. */
export function AnnotationForm({
  initial,
  quote,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: AnnotationDraft;
  quote: string;
  submitLabel: string;
  onSubmit(draft: AnnotationDraft & { behaviourId: string }): Promise<unknown>;
  onCancel(): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<AnnotationDraft>(() =>
    initial.rating.level === null && initial.rating.verdict === null
      ? { ...initial, rating: USUAL_VERDICT[initial.annotationType] ?? initial.rating }
      : initial,
  );
  const [rated, setRated] = useState(initial.rating.level !== null || initial.rating.verdict !== null);
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  function set<K extends keyof AnnotationDraft>(key: K, value: AnnotationDraft[K]) {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (key === 'annotationType' && !rated) {
        next.rating = USUAL_VERDICT[value as AnnotationType] ?? { level: null, verdict: null };
      }
      return next;
    });
    if (key === 'rating') setRated(true);
    const field = key === 'visibility' ? 'form' : key;
    setErrors((e) => ({ ...e, [field]: undefined, form: undefined }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    if (pending) return;
    const problems: Errors = missingObservationFields(draft, 'Choose the behaviour this passage shows');
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
    <form className="form observation-form annotation-form" onSubmit={submit} noValidate>
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <figure className="tag-quote">
        <figcaption>Quoted from the call</figcaption>
        <blockquote>{quote}</blockquote>
      </figure>
      <fieldset className="field">
        <legend>Kind</legend>
        <div className="segmented">
          {ANNOTATION_TYPES.map((type) => (
            <label key={type} className="segmented-option">
              <input
                type="radio"
                name={`${id}-type`}
                value={type}
                checked={draft.annotationType === type}
                onChange={() => set('annotationType', type)}
              />
              {ANNOTATION_TYPE_LABELS[type]}
            </label>
          ))}
        </div>
        {errors.annotationType ? <p className="field-error">{errors.annotationType}</p> : null}
      </fieldset>
      <BehaviourPicker
        value={draft.behaviourId}
        onChange={(behaviourId) => set('behaviourId', behaviourId)}
        autoFocus
        error={errors.behaviourId}
      />
      <LevelPicker
        value={draft.rating}
        onChange={(rating) => set('rating', rating)}
        behaviourId={draft.behaviourId}
        error={errors.rating}
      />
      <Field
        label="Comment"
        error={errors.comment}
        hint="Optional: what to keep doing, or what to try instead"
      >
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
