import { useMutation } from '@tanstack/react-query';
import { useApiQuery } from '../api/queries';
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useState,
} from 'react';
import type { FieldIssue } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useLocation } from 'wouter';
import { useApi } from '../app/client-context';
import { SHORTCUTS, shortcutLabel, useShortcut } from '../app/shortcuts';
import { BehaviourPicker, LevelPicker, type Rating } from '../behaviours/BehaviourPicker';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { today } from '../../shared/dates';
import { VisibilityField } from '../ui/VisibilityField';
import { useToast } from '../ui/Toast';
import { missingObservationFields } from '../editor/ObservationForm';

interface QuickCaptureApi {
  /** Opens the capture dialog, with a rep already chosen when given. */
  open(repId?: string): void;
}

const QuickCaptureContext = createContext<QuickCaptureApi>({ open: () => {} });

export function useQuickCapture(): QuickCaptureApi {
  return useContext(QuickCaptureContext);
}

interface Draft {
  repId: string;
  behaviourId: string | null;
  rating: Rating;
  observedOn: string;
  comment: string;
  visibility: 'private' | 'shared';
}

type Errors = Partial<Record<'repId' | 'behaviourId' | 'rating' | 'observedOn' | 'comment' | 'form', string>>;

function errorsFrom(issues: FieldIssue[], fallback: string): Errors {
  const errors: Errors = {};
  for (const issue of issues) {
    const key = issue.path[0];
    const field = key === 'level' || key === 'verdict' ? 'rating' : (key as keyof Errors | undefined);
    errors[
      field && field in { repId: 1, behaviourId: 1, observedOn: 1, comment: 1, rating: 1 } ? field : 'form'
    ] ??= issue.message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

/**
 * Ad-hoc observation in a few keystrokes (after a ride-along, a call overheard): rep, behaviour by
 * typing, a digit for the level, Ctrl+Enter to save. Opened from anywhere with Mod+Shift+O.
 */
export function QuickCaptureProvider({ children }: { children: ReactNode }) {
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [location] = useLocation();
  const open = useCallback((repId?: string) => setOpenFor(repId ?? ''), []);
  // From a person's pages the shortcut already knows who was observed.
  useShortcut(SHORTCUTS.recordObservation, () => open(/^\/team\/([^/]+)/.exec(location)?.[1]));
  const value = useMemo(() => ({ open }), [open]);
  return (
    <QuickCaptureContext.Provider value={value}>
      {children}
      <Dialog title="Record an observation" open={openFor !== null} onClose={() => setOpenFor(null)}>
        {openFor !== null ? (
          <QuickCaptureForm initialRepId={openFor} onDone={() => setOpenFor(null)} />
        ) : null}
      </Dialog>
    </QuickCaptureContext.Provider>
  );
}

function QuickCaptureForm({ initialRepId, onDone }: { initialRepId: string; onDone(): void }) {
  const api = useApi();
  const toast = useToast();
  const [, navigate] = useLocation();
  const people = useApiQuery('people.list', {});
  const [draft, setDraft] = useState<Draft>({
    repId: initialRepId,
    behaviourId: null,
    rating: { level: null, verdict: null },
    observedOn: today(),
    comment: '',
    visibility: 'private',
  });
  const [errors, setErrors] = useState<Errors>({});
  const save = useMutation({
    mutationFn: () =>
      api.observations.create({
        repId: draft.repId,
        behaviourId: draft.behaviourId ?? '',
        observedOn: draft.observedOn,
        level: draft.rating.level,
        verdict: draft.rating.verdict,
        comment: draft.comment,
        sourceKind: 'ad-hoc',
        visibility: draft.visibility,
      }),
    // Every screen showing this rep's observations (lists, the prep brief, the behaviour's counts) hears
    // of it through `observations.changed`.
    onSuccess: (observation) => {
      onDone();
      // Saved from anywhere, seen nowhere: say so, with the way to it and the way back.
      toast({
        message: `Observation recorded: ${observation.behaviourName}.`,
        actions: [
          { label: 'View', run: () => navigate(`/team/${observation.repId}/observations`) },
          { label: 'Undo', run: () => api.observations.delete({ id: observation.id }) },
        ],
      });
    },
    onError: (error) =>
      setErrors(
        error instanceof ApiError ? errorsFrom(error.issues, error.message) : { form: String(error) },
      ),
  });

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key === 'rating' ? 'rating' : key]: undefined, form: undefined }));
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const problems: Errors = {
      ...(draft.repId ? {} : { repId: 'Choose who you observed' }),
      ...missingObservationFields(draft, 'Choose the behaviour you saw'),
    };
    setErrors(problems);
    if (Object.keys(problems).length === 0) save.mutate();
  }

  const reps = (people.data ?? []).filter((p) => p.kind === 'rep' || p.id === initialRepId);
  return (
    <form
      className="form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
      }}
      noValidate
    >
      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-row">
        <Field label="Rep" error={errors.repId}>
          {(props) => (
            <select
              {...props}
              value={draft.repId}
              onChange={(e) => set('repId', e.target.value)}
              autoFocus={!initialRepId}
            >
              <option value="">Choose a rep…</option>
              {reps.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date observed" error={errors.observedOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={draft.observedOn}
              max={today()}
              onChange={(e) => set('observedOn', e.target.value)}
            />
          )}
        </Field>
      </div>
      <BehaviourPicker
        value={draft.behaviourId}
        onChange={(id) => set('behaviourId', id)}
        autoFocus={Boolean(initialRepId)}
        error={errors.behaviourId}
      />
      <LevelPicker
        value={draft.rating}
        onChange={(rating) => set('rating', rating)}
        behaviourId={draft.behaviourId}
        error={errors.rating}
      />
      <Field label="Comment" error={errors.comment}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={draft.comment}
            onChange={(e) => set('comment', e.target.value)}
            placeholder="What did you see or hear?"
          />
        )}
      </Field>
      <VisibilityField value={draft.visibility} onChange={(visibility) => set('visibility', visibility)} />
      <div className="form-actions">
        <span className="muted shortcut-hint">{shortcutLabel('Mod+Enter')} to save</span>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save observation'}
        </button>
      </div>
    </form>
  );
}

export const QUICK_CAPTURE_SHORTCUT = SHORTCUTS.recordObservation;
