import { useId, useState } from 'react';
import type { CallReview } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useApi } from '../app/client-context';
import { BehaviourPicker, useLibrary } from '../behaviours/BehaviourPicker';
import { errorMessage, formatDate } from '../ui/format';
import { scoreLine } from './format';
import { ScorecardLine } from './ScorecardLine';
import { cardOf, type Draft, isLow, type LineDraft, linesOf, weightedScore } from './scorecard-model';
import { useStoreReview } from './use-call-reviews';

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
