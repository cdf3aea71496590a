import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { RepProgress as RepProgressData } from '../../shared/contract';
import { useQuickCapture } from '../observations/QuickCapture';
import { SOURCE_LABELS } from '../observations/format';
import { errorMessage } from '../ui/format';
import { BehaviourCard } from './BehaviourCard';
import { CoachingEffect } from './CoachingEffect';
import { downloadFile, RULES_PATH, slug, TREND_LABELS, toCsv } from './format';
import { GoalsSection } from './GoalsSection';
import { useRepProgress } from './use-progress';

/** The numbers behind every chart of a rep: one row per observation, with the estimate and verdict of its behaviour. */
export function repProgressCsv(progress: RepProgressData): string {
  const rows = progress.behaviours.flatMap((b) =>
    b.points.map((p) => [
      b.name,
      b.competencyName,
      p.observedOn,
      p.level,
      p.verdict,
      p.value,
      p.weight,
      b.trend.find((t) => t.date === p.observedOn)?.level ?? null,
      SOURCE_LABELS[p.sourceKind],
      p.sourceTitle,
      p.evidence,
      b.estimate?.level ?? null,
      TREND_LABELS[b.verdict.kind],
      b.verdict.changePerQuarter,
    ]),
  );
  return toCsv(
    [
      'Behaviour',
      'Competency',
      'Observed on',
      'Level',
      'Verdict',
      'Value on 1-4 scale',
      'Weight today',
      'Estimate that day',
      'Source',
      'Source title',
      'Evidence',
      'Current estimate',
      'Trend',
      'Change per quarter',
    ],
    rows,
  );
}

type Show = 'all' | 'goals' | 'trend';

/** The counts at the top: how many behaviours improve, hold or decline, and how many cannot tell yet. */
function Summary({ progress }: { progress: RepProgressData }) {
  const count = (kind: string) => progress.behaviours.filter((b) => b.verdict.kind === kind).length;
  return (
    <p className="progress-summary">
      {progress.behaviours.length} behaviour{progress.behaviours.length === 1 ? '' : 's'} observed or with a
      goal: <strong>{count('improving')}</strong> improving, <strong>{count('steady')}</strong> steady,{' '}
      <strong>{count('declining')}</strong> declining, <strong>{count('not-enough-evidence')}</strong> with
      not enough evidence yet. <Link href={RULES_PATH}>How levels and verdicts are worked out</Link>
    </p>
  );
}

/**
 * The rep page's Progress tab. `readOnly` drops everything that changes data (goals, recording), so the
 * rep's own view can show the same charts.
 */
export function RepProgress({
  repId,
  repName,
  readOnly = false,
  archived = false,
}: {
  repId: string;
  repName: string;
  readOnly?: boolean;
  archived?: boolean;
}) {
  const progress = useRepProgress(repId);
  const quickCapture = useQuickCapture();
  const [show, setShow] = useState<Show>('all');
  const shown = useMemo(() => {
    const all = progress.data?.behaviours ?? [];
    if (show === 'goals') return all.filter((b) => b.goal !== null);
    if (show === 'trend') return all.filter((b) => b.verdict.kind !== 'not-enough-evidence');
    return all;
  }, [progress.data, show]);

  if (progress.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading progress…
      </p>
    );
  if (progress.isError)
    return <p role="alert">Progress could not be loaded: {errorMessage(progress.error)}</p>;
  const data = progress.data;
  const interactive = !readOnly;

  return (
    <div className="progress-tab">
      <div className="progress-toolbar">
        <Summary progress={data} />
        {data.behaviours.length > 0 ? (
          <div className="actions">
            <label className="inline-field">
              Show{' '}
              <select value={show} onChange={(e) => setShow(e.target.value as Show)}>
                <option value="all">All behaviours</option>
                <option value="goals">Behaviours with a goal</option>
                <option value="trend">Behaviours with a trend</option>
              </select>
            </label>
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(`${slug(repName)}-progress.csv`, repProgressCsv(data))}
            >
              Download CSV
            </button>
            <Link href={`/team/${repId}/progress/print`} className="button">
              Progress report
            </Link>
          </div>
        ) : null}
      </div>
      {interactive && !archived ? <GoalsSection repId={repId} goals={data.goals} /> : null}
      {interactive ? <CoachingEffect repId={repId} /> : null}
      {data.behaviours.length === 0 ? (
        <div className="empty-state">
          <p>
            <strong>No observations of {repName} yet.</strong>
          </p>
          <p>
            Progress is worked out from observations: annotate a call review, tag a note or a one-to-one, or
            record one directly. Each behaviour gets its chart from the first observation; a trend needs at
            least four over a month or more.
          </p>
          {interactive && !archived ? (
            <button type="button" className="button button-primary" onClick={() => quickCapture.open(repId)}>
              Record observation
            </button>
          ) : null}
        </div>
      ) : shown.length === 0 ? (
        <p className="muted">No behaviour matches. Choose “All behaviours” to see every chart.</p>
      ) : (
        <div className="progress-cards">
          {shown.map((b) => (
            <BehaviourCard
              key={b.behaviourId}
              repId={repId}
              repName={repName}
              behaviour={b}
              asOf={data.asOf}
              interactive={interactive}
            />
          ))}
        </div>
      )}
    </div>
  );
}
