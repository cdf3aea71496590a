import type { CallReview } from '../../shared/contract';
import { LEVEL_NAMES } from '../../shared/contract';
import { plural } from './format';
import { isLow, type LineDraft } from './scorecard-model';

/**
 * One behaviour on the scorecard: its level (1–4 or N/A), and a comment that is required when low; the
 * annotations already made on its behaviour in this call, each a link to its passage, and the level they
 * suggest (the manager confirms it).
 */
export function ScorecardLine({
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
