import { useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { BehaviourProgress, ProgressPoint } from '../../shared/contract';
import { ratingLabel, SOURCE_LABELS } from '../observations/format';
import { errorMessage, formatDate } from '../ui/format';
import { BehaviourChart } from './BehaviourChart';
import {
  downloadFile,
  GOAL_STATE_LABELS,
  levelLabel,
  RULES_PATH,
  slug,
  svgToPng,
  TREND_LABELS,
} from './format';

/** Where an observation came from, as a link a manager can follow. */
export function sourceLink(
  repId: string,
  p: Pick<ProgressPoint, 'sourceKind' | 'sourceId' | 'anchor' | 'observationId'>,
): string | null {
  if (p.sourceKind === 'note' && p.sourceId) return `/team/${repId}/notes/${p.sourceId}`;
  if (p.sourceKind === 'one-on-one' && p.sourceId) return `/one-to-ones/${p.sourceId}`;
  if (p.sourceKind === 'role-play' && p.sourceId) return `/role-plays/progress/${repId}`;
  if (p.sourceKind === 'call-review' && p.sourceId)
    return p.anchor?.kind === 'transcript'
      ? `/calls/${p.sourceId}?annotation=${encodeURIComponent(p.observationId)}`
      : `/calls/${p.sourceId}`;
  if (p.sourceKind === 'proposal' && p.sourceId) return `/proposals/${p.sourceId}`;
  return null;
}

function callMoment(p: ProgressPoint): string | null {
  if (p.anchor?.kind !== 'transcript' || p.anchor.startMs === null) return null;
  const seconds = Math.floor(p.anchor.startMs / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The current estimate with the evidence behind it; never a level alone. */
export function EstimateLine({ behaviour }: { behaviour: BehaviourProgress }) {
  const e = behaviour.estimate;
  if (!e) return <p className="muted">No level yet: nothing observed.</p>;
  return (
    <p className="progress-estimate">
      <span className="progress-level">{levelLabel(e.level)}</span>
      <span className="muted">
        from {e.observationCount} observation{e.observationCount === 1 ? '' : 's'}, the last on{' '}
        {formatDate(e.lastObservedOn)}
      </span>
    </p>
  );
}

export function VerdictBadge({ kind }: { kind: BehaviourProgress['verdict']['kind'] }) {
  return <span className={`verdict verdict-${kind}`}>{TREND_LABELS[kind]}</span>;
}

/**
 * The chart's points from the keyboard, oldest to newest: each step opens the observation, as a click
 * on its point does (the chart itself only moves its tooltip with the arrow keys).
 */
function PointStepper({
  points,
  selected,
  onSelect,
}: {
  points: ProgressPoint[];
  selected: ProgressPoint | null;
  onSelect(point: ProgressPoint): void;
}) {
  const at = selected ? points.findIndex((p) => p.observationId === selected.observationId) : -1;
  const go = (index: number) => {
    const point = points[Math.max(0, Math.min(points.length - 1, index))];
    if (point) onSelect(point);
  };
  return (
    <fieldset className="point-stepper">
      <legend className="visually-hidden">Points on the chart</legend>
      <button
        type="button"
        className="button button-small"
        disabled={at === 0}
        onClick={() => go(at < 0 ? points.length - 1 : at - 1)}
      >
        ← Earlier point
      </button>
      <span className="muted" aria-live="polite">
        {at < 0 ? `${points.length} points` : `Point ${at + 1} of ${points.length}`}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={at === points.length - 1}
        onClick={() => go(at < 0 ? points.length - 1 : at + 1)}
      >
        Later point →
      </button>
    </fieldset>
  );
}

function PointDetails({ repId, point, onClose }: { repId: string; point: ProgressPoint; onClose(): void }) {
  const link = sourceLink(repId, point);
  const moment = callMoment(point);
  return (
    <section className="point-details" aria-label="Selected observation">
      <header>
        <strong>{ratingLabel(point)}</strong>
        <span className="muted"> · {formatDate(point.observedOn)}</span>
        <button type="button" className="button button-small" onClick={onClose}>
          Close
        </button>
      </header>
      <p>
        {SOURCE_LABELS[point.sourceKind]}
        {link ? (
          <>
            {': '}
            <Link href={link}>{point.sourceTitle ?? 'open the source'}</Link>
          </>
        ) : null}
        {moment ? <span className="muted"> · at {moment} in the call</span> : null}
        {point.authorName ? <span className="muted"> · recorded by {point.authorName}</span> : null}
      </p>
      {point.evidence ? <blockquote>“{point.evidence}”</blockquote> : null}
      {point.comment ? <p>{point.comment}</p> : null}
      {!point.evidence && !point.comment ? <p className="muted">No quote or comment was recorded.</p> : null}
    </section>
  );
}

/** Every point as a table row: the chart's text alternative, and its keyboard route to each observation. */
function PointsTable({
  behaviour,
  onSelect,
}: {
  behaviour: BehaviourProgress;
  onSelect?: (p: ProgressPoint) => void;
}) {
  return (
    <table className="table progress-points">
      <caption className="visually-hidden">Observations of {behaviour.name}, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Rating</th>
          <th scope="col">Source</th>
          <th scope="col">Counts today</th>
          <th scope="col">Estimate then</th>
          {onSelect ? (
            <th scope="col">
              <span className="visually-hidden">Open</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {behaviour.points.map((p) => (
          <tr key={p.observationId}>
            <td>{formatDate(p.observedOn)}</td>
            <td>{ratingLabel(p)}</td>
            <td>{p.sourceTitle ?? SOURCE_LABELS[p.sourceKind]}</td>
            <td>{Math.round(p.weight * 100)}%</td>
            <td>{behaviour.trend.find((t) => t.date === p.observedOn)?.level.toFixed(1)}</td>
            {onSelect ? (
              <td>
                <button type="button" className="button button-small" onClick={() => onSelect(p)}>
                  Open
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A sentence a screen reader reads for the chart. */
function chartDescription(b: BehaviourProgress): string {
  if (b.points.length === 0) return `No observations of ${b.name} yet.`;
  const first = b.trend[0]!;
  const last = b.trend.at(-1)!;
  return `${b.points.length} observations from ${formatDate(first.date)} to ${formatDate(last.date)}. The smoothed level went from ${first.level.toFixed(1)} to ${last.level.toFixed(1)}. Verdict: ${TREND_LABELS[b.verdict.kind]}. The table of observations lists every point.`;
}

/**
 * One behaviour's progress: estimate with its evidence, verdict with its reason, the chart, the points as a
 * table, and the observation behind any point. `interactive` off gives the read-only, printable version.
 */
export function BehaviourCard({
  repId,
  repName,
  behaviour,
  asOf,
  interactive = true,
}: {
  repId: string;
  repName: string;
  behaviour: BehaviourProgress;
  asOf: string;
  interactive?: boolean;
}) {
  const [selected, setSelected] = useState<ProgressPoint | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const chartRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const goal = behaviour.goal;

  const savePng = async () => {
    const svg = chartRef.current?.querySelector('svg.recharts-surface') as SVGSVGElement | null;
    if (!svg) return;
    try {
      setExportError(null);
      downloadFile(`${slug(repName)}-${slug(behaviour.name)}.png`, await svgToPng(svg));
    } catch (error) {
      setExportError(errorMessage(error));
    }
  };

  return (
    <article className="progress-card" aria-labelledby={titleId}>
      <header className="progress-card-header">
        <div>
          <h3 id={titleId}>
            {interactive ? (
              <Link href={`/behaviours/${behaviour.behaviourId}`}>{behaviour.name}</Link>
            ) : (
              behaviour.name
            )}
          </h3>
          <p className="muted">
            {behaviour.competencyName}
            {behaviour.archived ? <span className="badge badge-muted">Archived</span> : null}
          </p>
        </div>
        <div className="progress-card-verdict">
          <VerdictBadge kind={behaviour.verdict.kind} />
          <p className="muted progress-reason">{behaviour.verdict.reason}</p>
          {interactive ? (
            <Link href={RULES_PATH} className="progress-rules-link">
              How is this decided?
            </Link>
          ) : null}
        </div>
      </header>
      <EstimateLine behaviour={behaviour} />
      {goal ? (
        <p className="progress-goal-line">
          Goal: level {goal.targetLevel} by {formatDate(goal.dueOn)} ·{' '}
          <span className={`goal-state goal-${goal.progress.state}`}>
            {GOAL_STATE_LABELS[goal.progress.state]}
          </span>
        </p>
      ) : null}
      {behaviour.points.length > 0 ? (
        <figure className="progress-figure">
          <div ref={chartRef} aria-describedby={descriptionId}>
            <BehaviourChart
              behaviour={behaviour}
              asOf={asOf}
              {...(interactive ? { onSelect: setSelected } : {})}
            />
          </div>
          <figcaption id={descriptionId} className="visually-hidden">
            {chartDescription(behaviour)}
          </figcaption>
          {interactive ? (
            <PointStepper points={behaviour.points} selected={selected} onSelect={setSelected} />
          ) : null}
        </figure>
      ) : (
        <p className="empty-inline">
          No observations of this behaviour yet. Record one from a call review, a note or “Record
          observation”, and the chart starts.
        </p>
      )}
      {selected ? <PointDetails repId={repId} point={selected} onClose={() => setSelected(null)} /> : null}
      {behaviour.points.length > 0 ? (
        interactive ? (
          <div className="progress-card-tools">
            <details>
              <summary>Observations as a table ({behaviour.points.length})</summary>
              <PointsTable behaviour={behaviour} onSelect={setSelected} />
            </details>
            <button type="button" className="button button-small" onClick={savePng}>
              Save chart as PNG
            </button>
            {exportError ? (
              <p role="alert" className="form-error">
                {exportError}
              </p>
            ) : null}
          </div>
        ) : (
          <PointsTable behaviour={behaviour} />
        )
      ) : null}
    </article>
  );
}
