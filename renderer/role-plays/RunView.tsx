import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { RolePlayScript } from '../../shared/contract';
import { nextBeatId } from '../../shared/domain/role-play';
import { today } from '../../shared/dates';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import { formatDuration, MARK_LABELS } from './format';

type Mark = keyof typeof MARK_LABELS;
type Mode = 'manager-run' | 'self-practice';
interface Step {
  beatId: string;
  branch: number | null;
}

const LEVELS = [1, 2, 3, 4] as const;

/** Keys only count when the manager is not typing a note. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function useTimer() {
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(true);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return { seconds, running, toggle: () => setRunning((r) => !r), stop: () => setRunning(false) };
}

function Kbd({ children }: { children: string }) {
  return <kbd className="kbd">{children}</kbd>;
}

function Scoring({
  script,
  repId,
  mode,
  steps,
  marks,
  notes,
  seconds,
  onBack,
}: {
  script: RolePlayScript;
  repId: string;
  mode: Mode;
  steps: Step[];
  marks: Record<string, Mark>;
  notes: Record<string, string>;
  seconds: number;
  onBack(): void;
}) {
  const api = useApi();
  const [, navigate] = useLocation();
  const [levels, setLevels] = useState<Record<string, number>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [comment, setComment] = useState('');
  const [shared, setShared] = useState(true);
  const [missing, setMissing] = useState<string[]>([]);
  const first = useRef<HTMLHeadingElement>(null);
  useEffect(() => first.current?.focus(), []);
  const record = useMutation({
    mutationFn: () =>
      api.rolePlays.recordAttempt({
        scriptId: script.id,
        version: script.version,
        repId,
        mode,
        practisedOn: today(),
        durationSeconds: seconds,
        path: steps,
        marks: steps
          .filter((s) => marks[s.beatId])
          .map((s) => ({ beatId: s.beatId, mark: marks[s.beatId]!, note: notes[s.beatId] ?? null })),
        scores: script.rubric.map((l) => ({
          behaviourId: l.behaviourId,
          level: levels[l.behaviourId]!,
          comment: comments[l.behaviourId] ?? null,
        })),
        comment,
        visibility: shared ? 'shared' : 'private',
      }),
    onSuccess: () => navigate(`/role-plays/progress/${repId}`),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const unscored = script.rubric.filter((l) => !levels[l.behaviourId]).map((l) => l.behaviourName);
    setMissing(unscored);
    if (unscored.length === 0) record.mutate();
  }

  return (
    <form className="run-score" onSubmit={submit} noValidate aria-labelledby="score-heading">
      <h2 id="score-heading" tabIndex={-1} ref={first}>
        {mode === 'self-practice' ? 'Assess your practice' : 'Score the practice'}
      </h2>
      <p className="muted">
        {steps.length} beats in {formatDuration(seconds)}. Each score is recorded as a role-play observation.
      </p>
      {script.rubric.map((line) => (
        <fieldset key={line.behaviourId} className="rubric-score">
          <legend>{line.behaviourName}</legend>
          <div className="rubric-levels">
            {LEVELS.map((n) => (
              <label key={n} className="rubric-level">
                <input
                  type="radio"
                  name={`level-${line.behaviourId}`}
                  value={n}
                  checked={levels[line.behaviourId] === n}
                  onChange={() => setLevels((l) => ({ ...l, [line.behaviourId]: n }))}
                />
                <span className="rubric-level-number">{n}</span> {line.levels[n - 1]}
              </label>
            ))}
          </div>
          <label className="field">
            Comment on {line.behaviourName}
            <textarea
              rows={2}
              value={comments[line.behaviourId] ?? ''}
              onChange={(e) => setComments((c) => ({ ...c, [line.behaviourId]: e.target.value }))}
            />
          </label>
        </fieldset>
      ))}
      <label className="field">
        Overall comment
        <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with{' '}
        {mode === 'self-practice' ? 'my managers' : 'the rep'}
      </label>
      {missing.length > 0 ? (
        <p className="form-error" role="alert">
          Score {missing.join(', ')} before finishing.
        </p>
      ) : null}
      {record.isError ? (
        <p className="form-error" role="alert">
          Could not record the practice: {errorMessage(record.error)}
          {record.error instanceof ApiError && record.error.issues.length > 1
            ? ` (${record.error.issues.length} problems)`
            : ''}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={onBack}>
          Back to the last beat
        </button>
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {record.isPending ? 'Recording…' : 'Finish and record'}
        </button>
      </div>
    </form>
  );
}

/**
 * /role-plays/:id/run/:repId/:mode — the practice itself. The manager reads the customer's line aloud,
 * keeps eye contact, and drives everything from the keyboard: reveal the model answer, take a branch or
 * go on as written, mark the beat, then score the rubric.
 */
export function RunView({ id, repId, mode }: { id: string; repId: string; mode: Mode }) {
  const script = useApiQuery('rolePlays.get', { id });
  const rep = useApiQuery('people.get', { id: repId });
  const timer = useTimer();
  const [steps, setSteps] = useState<Step[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [scoring, setScoring] = useState(false);
  const s = script.data;
  const beatId = current ?? s?.beats[0]?.id ?? null;
  const index = s && beatId ? s.beats.findIndex((b) => b.id === beatId) : -1;
  const beat = s && index >= 0 ? s.beats[index]! : null;

  const go = (branch: number | null) => {
    if (!s || !beat) return;
    if (branch !== null && branch >= beat.branches.length) return;
    const next = nextBeatId(s.beats, index, branch);
    setSteps((all) => [...all, { beatId: beat.id, branch }]);
    setRevealed(false);
    if (next === null) {
      timer.stop();
      setScoring(true);
    } else setCurrent(next);
  };
  const back = () => {
    const last = steps.at(-1);
    if (!last) return;
    setSteps((all) => all.slice(0, -1));
    setCurrent(last.beatId);
    setScoring(false);
  };
  const mark = (m: Mark) => {
    if (beat) setMarks((all) => ({ ...all, [beat.id]: m }));
  };

  const keys = useRef({
    go,
    back,
    mark,
    reveal: () => setRevealed((r) => !r),
    toggle: timer.toggle,
    scoring,
  });
  keys.current = { go, back, mark, reveal: () => setRevealed((r) => !r), toggle: timer.toggle, scoring };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || typing(event.target)) return;
      const k = keys.current;
      if (k.scoring) return;
      const key = event.key.toLowerCase();
      if (key === 'r') k.reveal();
      else if (key === 'n') k.go(null);
      else if (key >= '1' && key <= '4') k.go(Number(key) - 1);
      else if (key === 'h') k.mark('hit');
      else if (key === 'p') k.mark('partial');
      else if (key === 'm') k.mark('miss');
      else if (key === 'b') k.back();
      else if (key === 't') k.toggle();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (script.isPending || rep.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading the practice…
      </p>
    );
  if (script.isError || rep.isError || !s || !beat)
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Practice not available</h1>
        <p role="alert">{errorMessage(script.error ?? rep.error ?? 'This script has no beats.')}</p>
        <Link href="/role-plays">Back to role-plays</Link>
      </section>
    );

  return (
    <section className="screen run-view" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">
          {s.title} <span className="muted">with {rep.data.name}</span>
        </h1>
        <div className="run-timer" role="timer" aria-live="off" aria-label="Time practised">
          {formatDuration(timer.seconds)} {timer.running ? '' : '(paused)'}
          <button type="button" className="button" onClick={timer.toggle}>
            {timer.running ? 'Pause' : 'Resume'} <Kbd>T</Kbd>
          </button>
        </div>
      </header>
      {scoring ? (
        <Scoring
          script={s}
          repId={repId}
          mode={mode}
          steps={steps}
          marks={marks}
          notes={notes}
          seconds={timer.seconds}
          onBack={back}
        />
      ) : (
        <div className="run-beat">
          <p className="muted">
            Beat {steps.length + 1} · {s.persona.name}, {s.persona.title}
          </p>
          <p className="customer-line" aria-live="polite">
            “{beat.customerLine}”
          </p>
          {beat.direction ? <p className="beat-direction">{beat.direction}</p> : null}
          <div className="model-answer">
            <button
              type="button"
              className="button"
              aria-expanded={revealed}
              aria-controls="model-answer"
              onClick={() => setRevealed((r) => !r)}
            >
              {revealed ? 'Hide the model answer' : 'Reveal the model answer'} <Kbd>R</Kbd>
            </button>
            {revealed ? (
              <p id="model-answer" className="model-answer-text">
                {beat.modelAnswer}
              </p>
            ) : null}
          </div>
          <fieldset className="beat-marks">
            <legend>How did this beat go?</legend>
            {(Object.keys(MARK_LABELS) as Mark[]).map((m) => (
              <button
                key={m}
                type="button"
                className={`button mark-${m}`}
                aria-pressed={marks[beat.id] === m}
                onClick={() => mark(m)}
              >
                {MARK_LABELS[m]} <Kbd>{m[0]!.toUpperCase()}</Kbd>
              </button>
            ))}
            <label className="field">
              Note on this beat
              <input
                type="text"
                value={notes[beat.id] ?? ''}
                onChange={(e) => setNotes((n) => ({ ...n, [beat.id]: e.target.value }))}
              />
            </label>
          </fieldset>
          <fieldset className="run-next">
            <legend className="visually-hidden">What the rep did</legend>
            {beat.branches.map((branch, b) => (
              <button key={branch.condition} type="button" className="button" onClick={() => go(b)}>
                {branch.condition} <Kbd>{String(b + 1)}</Kbd>
              </button>
            ))}
            <button type="button" className="button button-primary" onClick={() => go(null)}>
              {nextBeatId(s.beats, index, null) === null ? 'End and score' : 'Continue as written'}{' '}
              <Kbd>N</Kbd>
            </button>
            <button type="button" className="button" onClick={back} disabled={steps.length === 0}>
              Back <Kbd>B</Kbd>
            </button>
          </fieldset>
        </div>
      )}
    </section>
  );
}
