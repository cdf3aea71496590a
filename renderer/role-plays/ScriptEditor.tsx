import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { FieldIssue, RolePlayBeat, RolePlayScript } from '../../shared/contract';
import { freshBeatId } from '../../shared/domain/role-play';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { DIFFICULTY, docOfParagraphs } from './format';

interface Draft {
  title: string;
  situation: string;
  persona: {
    name: string;
    title: string;
    company: string;
    goals: string;
    concerns: string;
    personality: string;
  };
  objectives: string;
  difficulty: number;
  stageId: string;
  beats: RolePlayBeat[];
  rubric: { behaviourId: string; levels: [string, string, string, string] }[];
}

const emptyBeat = (id: string): RolePlayBeat => ({
  id,
  customerLine: '',
  direction: null,
  modelAnswer: '',
  behaviourIds: [],
  branches: [],
  next: null,
});

function draftOf(script: RolePlayScript | undefined): Draft {
  if (!script)
    return {
      title: '',
      situation: '',
      persona: { name: '', title: '', company: '', goals: '', concerns: '', personality: '' },
      objectives: '',
      difficulty: 2,
      stageId: '',
      beats: [emptyBeat('beat-1')],
      rubric: [{ behaviourId: '', levels: ['', '', '', ''] }],
    };
  return {
    title: script.title,
    situation: script.situationText,
    persona: { ...script.persona },
    objectives: script.objectives.join('\n'),
    difficulty: script.difficulty,
    stageId: script.stageId ?? '',
    beats: script.beats.map((b) => ({ ...b, branches: [...b.branches], behaviourIds: [...b.behaviourIds] })),
    rubric: script.rubric.map((l) => ({ behaviourId: l.behaviourId, levels: [...l.levels] })),
  };
}

const PERSONA_FIELDS = [
  ['name', 'Customer’s name'],
  ['title', 'Job title'],
  ['company', 'Company'],
  ['goals', 'Goals'],
  ['concerns', 'Concerns'],
  ['personality', 'How they behave'],
] as const;

const LEVEL_NAMES = ['1 · Not yet', '2 · Developing', '3 · Consistent', '4 · Role model'];

/** /role-plays/new and /role-plays/:id/edit — a script's situation, customer, beats with branches, and rubric. */
export function ScriptEditor({ id }: { id?: string }) {
  const existing = useApiQuery('rolePlays.get', { id: id ?? '' }, { enabled: id !== undefined });
  if (id !== undefined && existing.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading the script…
      </p>
    );
  if (id !== undefined && existing.isError)
    return <p role="alert">Could not load the script: {errorMessage(existing.error)}</p>;
  return <EditorForm script={id !== undefined ? existing.data : undefined} />;
}

function EditorForm({ script }: { script: RolePlayScript | undefined }) {
  const api = useApi();
  const [, navigate] = useLocation();
  const library = useApiQuery('library.get', {});
  const [draft, setDraft] = useState<Draft>(() => draftOf(script));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const behaviours = (library.data?.behaviours ?? []).filter((b) => b.archivedAt === null);
  const nameOf = new Map((library.data?.behaviours ?? []).map((b) => [b.id, b.name]));

  const save = useMutation({
    mutationFn: () =>
      api.rolePlays.save({
        id: script?.id ?? null,
        revision: script?.revision ?? null,
        script: {
          title: draft.title,
          // The stored document, formatting and all, unless the text was changed here (a plain text box).
          situation:
            script && draft.situation === script.situationText
              ? script.situation
              : docOfParagraphs(draft.situation),
          persona: draft.persona,
          objectives: draft.objectives
            .split('\n')
            .map((o) => o.trim())
            .filter((o) => o !== ''),
          difficulty: draft.difficulty,
          stageId: draft.stageId || null,
          beats: draft.beats,
          rubric: draft.rubric,
        },
      }),
    onSuccess: (saved) => navigate(`/role-plays/${saved.id}`),
    onError: (error) => {
      setIssues(error instanceof ApiError ? error.issues : []);
      setFormError(errorMessage(error));
    },
  });

  const errorAt = (...path: (string | number)[]) => {
    const key = ['script', ...path].join('.');
    return issues.find((i) => i.path.join('.') === key)?.message;
  };
  const update = (change: (d: Draft) => Draft) => setDraft((d) => change(structuredClone(d)));
  const setBeat = (i: number, change: (b: RolePlayBeat) => void) =>
    update((d) => {
      change(d.beats[i]!);
      return d;
    });

  function submit(event: FormEvent) {
    event.preventDefault();
    setIssues([]);
    setFormError(null);
    save.mutate();
  }

  const text = (
    label: string,
    value: string,
    onChange: (v: string) => void,
    error?: string,
    multiline = false,
  ) => (
    <Field label={label} error={error}>
      {(props) =>
        multiline ? (
          <textarea {...props} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...props} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );

  return (
    <section className="screen script-editor" aria-labelledby="screen-title">
      <p className="breadcrumb">
        <Link href={script ? `/role-plays/${script.id}` : '/role-plays'}>
          {script ? script.title : 'Role-plays'}
        </Link>
      </p>
      <h1 id="screen-title">{script ? `Edit “${script.title}”` : 'New role-play script'}</h1>
      {script && script.versions.at(-1)!.attemptCount > 0 ? (
        <p className="muted">
          Version {script.version} has been practised: saving makes version {script.latestVersion + 1}, and
          past practice keeps version {script.version}.
        </p>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        {formError ? (
          <div className="form-error" role="alert">
            <p>{formError}</p>
            {issues.length > 1 ? (
              <ul>
                {issues.map((i, n) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two problems may read alike; their place is their identity.
                  <li key={`${n}-${i.message}`}>{i.message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {text('Title', draft.title, (v) => update((d) => ({ ...d, title: v })), errorAt('title'))}
        {text(
          'Situation (a blank line between paragraphs)',
          draft.situation,
          (v) => update((d) => ({ ...d, situation: v })),
          errorAt('situation'),
          true,
        )}
        <div className="form-row">
          <label className="field">
            Difficulty
            <select
              value={draft.difficulty}
              onChange={(e) => update((d) => ({ ...d, difficulty: Number(e.target.value) }))}
            >
              {[1, 2, 3].map((n) => (
                <option key={n} value={n}>
                  {DIFFICULTY[n]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Sales stage
            <select
              value={draft.stageId}
              onChange={(e) => update((d) => ({ ...d, stageId: e.target.value }))}
            >
              <option value="">No stage</option>
              {(library.data?.stages ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="field-group">
          <legend>The customer</legend>
          {PERSONA_FIELDS.map(([key, label]) =>
            text(
              label,
              draft.persona[key],
              (v) =>
                update((d) => {
                  d.persona[key] = v;
                  return d;
                }),
              errorAt('persona', key),
              key === 'goals' || key === 'concerns' || key === 'personality',
            ),
          )}
        </fieldset>
        {text(
          'The rep’s objectives (one a line)',
          draft.objectives,
          (v) => update((d) => ({ ...d, objectives: v })),
          errorAt('objectives'),
          true,
        )}

        <fieldset className="field-group">
          <legend>Beats</legend>
          {errorAt('beats') ? <p className="field-error">{errorAt('beats')}</p> : null}
          <ol className="beat-editor-list">
            {draft.beats.map((beat, i) => {
              const later = draft.beats.slice(i + 1);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: beat ids may repeat while being edited.
                <li key={`${i}-${beat.id}`} className="beat-editor">
                  <fieldset>
                    <legend>
                      Beat {i + 1} <code>{beat.id}</code>
                    </legend>
                    {text(
                      'Customer says',
                      beat.customerLine,
                      (v) =>
                        setBeat(i, (b) => {
                          b.customerLine = v;
                        }),
                      errorAt('beats', i, 'customerLine'),
                      true,
                    )}
                    {text(
                      'Stage direction (optional)',
                      beat.direction ?? '',
                      (v) =>
                        setBeat(i, (b) => {
                          b.direction = v || null;
                        }),
                      errorAt('beats', i, 'direction'),
                    )}
                    {text(
                      'A strong response',
                      beat.modelAnswer,
                      (v) =>
                        setBeat(i, (b) => {
                          b.modelAnswer = v;
                        }),
                      errorAt('beats', i, 'modelAnswer'),
                      true,
                    )}
                    <fieldset className="chips">
                      <legend className="visually-hidden">Behaviours shown in beat {i + 1}</legend>
                      {beat.behaviourIds.map((bid, n) => (
                        <span key={bid} className="chip">
                          {nameOf.get(bid) ?? bid}
                          <button
                            type="button"
                            className="chip-remove"
                            aria-label={`Remove ${nameOf.get(bid) ?? bid} from beat ${i + 1}`}
                            onClick={() => setBeat(i, (b) => void b.behaviourIds.splice(n, 1))}
                          >
                            ×
                          </button>
                        </span>
                      ))}
                      <label className="inline-field">
                        Add a behaviour{' '}
                        <select
                          value=""
                          onChange={(e) => {
                            const value = e.target.value;
                            if (value) setBeat(i, (b) => void b.behaviourIds.push(value));
                          }}
                        >
                          <option value="">Choose…</option>
                          {behaviours
                            .filter((b) => !beat.behaviourIds.includes(b.id))
                            .map((b) => (
                              <option key={b.id} value={b.id}>
                                {b.name}
                              </option>
                            ))}
                        </select>
                      </label>
                    </fieldset>
                    {beat.branches.map((branch, n) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a branch has no identity but its place.
                      <div key={`${n}-${branch.next}`} className="branch-editor">
                        {text(
                          `Branch ${n + 1}: if the rep…`,
                          branch.condition,
                          (v) =>
                            setBeat(i, (b) => {
                              b.branches[n]!.condition = v;
                            }),
                          errorAt('beats', i, 'branches', n, 'condition'),
                        )}
                        <label className="field">
                          Branch {n + 1} goes to
                          <select
                            value={branch.next}
                            aria-invalid={Boolean(errorAt('beats', i, 'branches', n, 'next'))}
                            onChange={(e) =>
                              setBeat(i, (b) => {
                                b.branches[n]!.next = e.target.value;
                              })
                            }
                          >
                            {later.map((b) => (
                              <option key={b.id} value={b.id}>
                                Beat {draft.beats.indexOf(b) + 1}: {b.customerLine.slice(0, 50) || b.id}
                              </option>
                            ))}
                          </select>
                          {errorAt('beats', i, 'branches', n, 'next') ? (
                            <span className="field-error">{errorAt('beats', i, 'branches', n, 'next')}</span>
                          ) : null}
                        </label>
                        <button
                          type="button"
                          className="button"
                          onClick={() => setBeat(i, (b) => void b.branches.splice(n, 1))}
                        >
                          Remove branch {n + 1}
                        </button>
                      </div>
                    ))}
                    <label className="field">
                      Then, as written
                      <select
                        value={beat.next ?? ''}
                        onChange={(e) =>
                          setBeat(i, (b) => {
                            b.next = e.target.value || null;
                          })
                        }
                      >
                        <option value="">The next beat (or the end)</option>
                        <option value="end">End the conversation</option>
                        {later.slice(1).map((b) => (
                          <option key={b.id} value={b.id}>
                            Beat {draft.beats.indexOf(b) + 1}
                          </option>
                        ))}
                      </select>
                    </label>
                    <div className="actions">
                      <button
                        type="button"
                        className="button"
                        disabled={later.length === 0 || beat.branches.length >= 4}
                        title={
                          later.length === 0 ? 'A branch leads to a later beat: add one first' : undefined
                        }
                        onClick={() =>
                          setBeat(i, (b) => void b.branches.push({ condition: '', next: later[0]!.id }))
                        }
                      >
                        Add a branch to beat {i + 1}
                      </button>
                      <button
                        type="button"
                        className="button"
                        disabled={draft.beats.length === 1}
                        onClick={() =>
                          update((d) => {
                            d.beats.splice(i, 1);
                            return d;
                          })
                        }
                      >
                        Remove beat {i + 1}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button"
            onClick={() =>
              update((d) => {
                d.beats.push(emptyBeat(freshBeatId(d.beats)));
                return d;
              })
            }
          >
            Add a beat
          </button>
        </fieldset>

        <fieldset className="field-group">
          <legend>Rubric</legend>
          {errorAt('rubric') ? <p className="field-error">{errorAt('rubric')}</p> : null}
          {draft.rubric.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a rubric line has no identity but its place until saved.
            <fieldset key={`${i}-${line.behaviourId}`} className="rubric-editor">
              <legend>Rubric line {i + 1}</legend>
              <label className={errorAt('rubric', i, 'behaviourId') ? 'field field-invalid' : 'field'}>
                Behaviour
                <select
                  value={line.behaviourId}
                  aria-invalid={Boolean(errorAt('rubric', i, 'behaviourId'))}
                  onChange={(e) =>
                    update((d) => {
                      d.rubric[i]!.behaviourId = e.target.value;
                      return d;
                    })
                  }
                >
                  <option value="">Choose a behaviour…</option>
                  {behaviours.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
                </select>
                {errorAt('rubric', i, 'behaviourId') ? (
                  <span className="field-error">{errorAt('rubric', i, 'behaviourId')}</span>
                ) : null}
              </label>
              {LEVEL_NAMES.map((name, n) =>
                text(
                  `${name} in this scene`,
                  line.levels[n]!,
                  (v) =>
                    update((d) => {
                      d.rubric[i]!.levels[n] = v;
                      return d;
                    }),
                  errorAt('rubric', i, 'levels', n),
                ),
              )}
              <button
                type="button"
                className="button"
                disabled={draft.rubric.length === 1}
                onClick={() =>
                  update((d) => {
                    d.rubric.splice(i, 1);
                    return d;
                  })
                }
              >
                Remove rubric line {i + 1}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button"
            disabled={draft.rubric.length >= 6}
            onClick={() =>
              update((d) => {
                d.rubric.push({ behaviourId: '', levels: ['', '', '', ''] });
                return d;
              })
            }
          >
            Add a rubric line
          </button>
        </fieldset>
        <div className="actions">
          <Link href={script ? `/role-plays/${script.id}` : '/role-plays'} className="button">
            Cancel
          </Link>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save script'}
          </button>
        </div>
      </form>
    </section>
  );
}
