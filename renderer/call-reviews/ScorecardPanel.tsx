import { useId, useState } from 'react';
import { type CallReview, LEVEL_NAMES } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { BehaviourPicker, useLibrary } from '../behaviours/BehaviourPicker';
import { errorMessage, formatDate } from '../ui/format';
import { plural, scoreLine } from './format';
import { useStoreReview } from './use-call-reviews';

interface LineDraft {
  behaviourId: string;
  behaviourName: string;
  weight: number;
  critical: boolean;
  level: number | null;
  comment: string;
}

interface Draft {
  lines: LineDraft[];
  /** The review's revision and scorecard the draft started from: saving over someone else's change is a conflict. */
  baseRevision: number;
  baseCard: string;
}

const cardOf = (review: CallReview) => JSON.stringify([linesOf(review), review.scorecard.submittedAt]);

function linesOf(review: CallReview): LineDraft[] {
  return review.scorecard.lines.map((l) => ({
    behaviourId: l.behaviourId,
    behaviourName: l.behaviourName,
    weight: l.weight,
    critical: l.critical,
    level: l.level,
    comment: l.comment ?? '',
  }));
}

/** The same weighted mean the core computes, so the score moves as lines are rated. */
export function weightedScore(lines: { weight: number; critical: boolean; level: number | null }[]) {
  const rated = lines.filter((l) => l.level !== null);
  const weight = rated.reduce((sum, l) => sum + l.weight, 0);
  return {
    score: weight === 0 ? null : rated.reduce((sum, l) => sum + l.weight * l.level!, 0) / weight,
    ratedCount: rated.length,
    criticalGap: lines.some((l) => l.critical && l.level !== null && l.level <= 2),
  };
}

const isLow = (level: number | null) => level !== null && level <= 2;

/**
 * The scorecard: behaviours with weights and critical flags, each rated 1–4 or N/A with a comment (a
 * reason, required, when the level is 1 or 2). Submitting records one observation per rated line.
 */
export function ScorecardPanel({
  review,
  evidenceCount,
  onJumpToAnnotation,
}: {
  review: CallReview;
  evidenceCount(behaviourId: string): number;
  /** Shows an annotation's passage in the transcript. */
  onJumpToAnnotation?(annotationId: string): void;
}) {
  const api = useApi();
  const id = useId();
  const store = useStoreReview();
  const library = useLibrary();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [errors, setErrors] = useState<{ lines: Record<number, string>; form?: string }>({ lines: {} });
  const [pending, setPending] = useState<'draft' | 'submit' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const lines = draft?.lines ?? linesOf(review);
  const live = weightedScore(lines);
  const card = review.scorecard;

  function edit(change: (lines: LineDraft[]) => LineDraft[]) {
    setDraft((d) => ({
      lines: change(d?.lines ?? linesOf(review)),
      baseRevision: d?.baseRevision ?? review.revision,
      baseCard: d?.baseCard ?? cardOf(review),
    }));
    setSaved(null);
  }
  function setLine(index: number, patch: Partial<LineDraft>) {
    edit((ls) => ls.map((l, i) => (i === index ? { ...l, ...patch } : l)));
    setErrors((e) => ({ ...e, lines: { ...e.lines, [index]: '' }, form: undefined }));
  }

  async function save(submit: boolean) {
    if (pending) return;
    if (submit) {
      const missing: Record<number, string> = {};
      lines.forEach((l, i) => {
        if (isLow(l.level) && !l.comment.trim())
          missing[i] = 'Say why this is low: what happened, or what was missing?';
      });
      if (Object.keys(missing).length > 0) {
        setErrors({ lines: missing, form: 'Give a reason for every line rated 1 or 2, then submit.' });
        // To the first "Why?": its scroll margin keeps it clear of the sticky score above.
        const first = Math.min(...Object.keys(missing).map(Number));
        requestAnimationFrame(() => document.getElementById(`${id}-${first}-comment`)?.focus());
        return;
      }
    }
    setPending(submit ? 'submit' : 'draft');
    setErrors({ lines: {} });
    try {
      const result = await api.callReviews.saveScorecard({
        id: review.id,
        // The review's revision also moves when its details are edited. If the scorecard itself is as it was
        // when this draft began, save over the current revision; if it changed elsewhere, let the core refuse.
        revision: !draft || draft.baseCard === cardOf(review) ? review.revision : draft.baseRevision,
        templateId: card.templateId,
        lines: lines.map((l) => ({
          behaviourId: l.behaviourId,
          weight: l.weight,
          critical: l.critical,
          level: l.level,
          comment: l.comment,
        })),
        submit,
      });
      store(result);
      setDraft(null);
      setSaved(submit ? 'Scorecard submitted: each rated line is now an observation.' : 'Draft saved.');
    } catch (error) {
      const lineErrors: Record<number, string> = {};
      let form: string | undefined;
      if (error instanceof ApiError) {
        for (const issue of error.issues) {
          if (issue.path[0] === 'lines' && typeof issue.path[1] === 'number')
            lineErrors[issue.path[1]] ??= issue.message;
          else form ??= issue.message;
        }
        if (error.issues.length === 0) form = error.message;
      } else form = errorMessage(error);
      setErrors({ lines: lineErrors, ...(form ? { form } : {}) });
    } finally {
      setPending(null);
    }
  }

  function addLine() {
    if (!adding || lines.some((l) => l.behaviourId === adding)) return;
    const behaviourId = adding;
    const behaviourName = library.data?.behaviours.find((b) => b.id === behaviourId)?.name ?? 'Behaviour';
    edit((ls) => [
      ...ls,
      { behaviourId, behaviourName, weight: 1, critical: false, level: null, comment: '' },
    ]);
    setAdding(null);
  }

  return (
    <div className="scorecard-panel">
      <div className={live.criticalGap ? 'score-summary score-summary-gap' : 'score-summary'}>
        <p className="score-value" aria-live="polite">
          <span className="score-label">Score</span> {scoreLine(live.score, live.ratedCount)}
          {draft ? <span className="muted"> (not saved)</span> : null}
        </p>
        <p className="muted score-state">
          {card.submittedAt
            ? `Submitted ${formatDate(card.submittedAt.slice(0, 10))}${draft ? '; changes since are a draft until you submit again' : ''}.`
            : 'Not submitted: submitting records one observation per rated line.'}
        </p>
        {live.criticalGap ? (
          <p className="critical-warning" role="status">
            Critical gap: a critical behaviour is rated 1 or 2, whatever the average says.
          </p>
        ) : null}
      </div>

      {lines.length === 0 ? (
        <p className="muted">No behaviours on this scorecard yet: add the ones this call should show.</p>
      ) : (
        <ol className="scorecard-lines" aria-label="Scorecard lines">
          {lines.map((line, index) => (
            <ScorecardLine
              key={line.behaviourId}
              id={`${id}-${index}`}
              line={line}
              evidence={evidenceCount(line.behaviourId)}
              fromAnnotations={card.lines.find((l) => l.behaviourId === line.behaviourId)}
              onJumpToAnnotation={onJumpToAnnotation}
              error={errors.lines[index]}
              onChange={(patch) => setLine(index, patch)}
              onRemove={() => {
                edit((ls) => ls.filter((_, i) => i !== index));
                setErrors({ lines: {} });
              }}
            />
          ))}
        </ol>
      )}

      <div className="scorecard-add">
        <BehaviourPicker value={adding} onChange={setAdding} label="Add a behaviour to the scorecard" />
        <button
          type="button"
          className="button button-small"
          onClick={addLine}
          disabled={!adding || lines.some((l) => l.behaviourId === adding)}
        >
          Add line
        </button>
      </div>

      {errors.form ? (
        <p className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}
      {saved ? (
        <p className="save-state" role="status">
          {saved}
        </p>
      ) : null}
      <div className="form-actions">
        {draft ? (
          <button type="button" className="button button-quiet" onClick={() => setDraft(null)}>
            Discard changes
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void save(false)} disabled={pending !== null}>
          {pending === 'draft' ? 'Saving…' : 'Save draft'}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save(true)}
          disabled={pending !== null || lines.length === 0}
        >
          {pending === 'submit' ? 'Submitting…' : card.submittedAt ? 'Submit again' : 'Submit scorecard'}
        </button>
      </div>
    </div>
  );
}

function ScorecardLine({
  id,
  line,
  evidence,
  fromAnnotations,
  onJumpToAnnotation,
  error,
  onChange,
  onRemove,
}: {
  id: string;
  line: LineDraft;
  evidence: number;
  /** The saved line: the annotations on its behaviour in this call, and the level they suggest. */
  fromAnnotations: CallReview['scorecard']['lines'][number] | undefined;
  onJumpToAnnotation: ((annotationId: string) => void) | undefined;
  error: string | undefined;
  onChange(patch: Partial<LineDraft>): void;
  onRemove(): void;
}) {
  const low = isLow(line.level);
  const name = line.behaviourName || 'New line';
  return (
    <li className={line.critical ? 'scorecard-line scorecard-line-critical' : 'scorecard-line'}>
      <div className="scorecard-line-head">
        <span className="scorecard-behaviour" id={`${id}-name`}>
          {name}
          {line.critical ? <span className="badge badge-danger">Critical</span> : null}
        </span>
        <span className="muted scorecard-evidence">{plural(evidence, 'annotation')}</span>
      </div>
      {fromAnnotations && fromAnnotations.annotations.length > 0 ? (
        <div className="scorecard-from-annotations">
          <ul className="scorecard-annotations" aria-label={`Annotations on ${name}`}>
            {fromAnnotations.annotations.map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  className="link-button"
                  disabled={!onJumpToAnnotation}
                  onClick={() => onJumpToAnnotation?.(a.id)}
                >
                  “{a.quote ?? 'passage'}”
                </button>{' '}
                <span className="muted">
                  {a.level !== null ? `level ${a.level}` : a.verdict === 'strength' ? 'strength' : 'gap'}
                </span>
              </li>
            ))}
          </ul>
          {fromAnnotations.suggestedLevel !== null && line.level !== fromAnnotations.suggestedLevel ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => onChange({ level: fromAnnotations.suggestedLevel })}
            >
              Use {fromAnnotations.suggestedLevel} · {LEVEL_NAMES[fromAnnotations.suggestedLevel - 1]}
              <span className="visually-hidden"> for {name}, as the annotations suggest</span>
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="scorecard-line-controls">
        <fieldset className="scorecard-levels">
          <legend className="visually-hidden">Level for {name}</legend>
          {[1, 2, 3, 4].map((level) => (
            <label key={level} className="level-chip" title={LEVEL_NAMES[level - 1]}>
              <input
                type="radio"
                name={`${id}-level`}
                checked={line.level === level}
                onChange={() => onChange({ level })}
                aria-label={`${level} · ${LEVEL_NAMES[level - 1]}`}
              />
              {level}
            </label>
          ))}
          <label className="level-chip" title="Not applicable, or not rated">
            <input
              type="radio"
              name={`${id}-level`}
              checked={line.level === null}
              onChange={() => onChange({ level: null })}
              aria-label="Not applicable"
            />
            N/A
          </label>
        </fieldset>
        <label className="scorecard-weight">
          Weight
          <input
            type="number"
            min={0.5}
            max={10}
            step={0.5}
            value={line.weight}
            aria-label={`Weight of ${name}`}
            onChange={(e) => {
              const weight = Number(e.target.value);
              if (weight > 0) onChange({ weight });
            }}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={line.critical}
            onChange={(e) => onChange({ critical: e.target.checked })}
            aria-label={`${name} is critical`}
          />
          Critical
        </label>
        <button
          type="button"
          className="button button-quiet button-small button-danger-quiet"
          onClick={onRemove}
          aria-label={`Remove ${name} from the scorecard`}
        >
          Remove
        </button>
      </div>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-comment`} className={low ? 'why-label' : 'visually-hidden'}>
          {low ? (
            <>
              Why?
              <span className="visually-hidden">
                {' '}
                {name} is rated {line.level}
              </span>
              <span aria-hidden="true"> *</span>
            </>
          ) : (
            `Comment on ${name}`
          )}
        </label>
        <textarea
          id={`${id}-comment`}
          rows={low ? 2 : 1}
          required={low}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          placeholder={low ? 'What happened, or what was missing?' : 'Comment (optional)'}
          value={line.comment}
          onChange={(e) => onChange({ comment: e.target.value })}
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    </li>
  );
}
