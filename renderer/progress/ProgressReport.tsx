import { Link } from 'wouter';
import { errorMessage, formatDate } from '../ui/format';
import { BehaviourCard } from './BehaviourCard';
import { GoalsSection } from './GoalsSection';
import { useRepProgress } from './use-progress';

/** A rep's progress report for a review meeting: every chart and its numbers, laid out to print or save as PDF. */
export function ProgressReport({ repId }: { repId: string }) {
  const progress = useRepProgress(repId);
  if (progress.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading progress…
      </p>
    );
  if (progress.isError) return <p role="alert">{errorMessage(progress.error)}</p>;
  const data = progress.data;
  return (
    <section className="screen print-view progress-report" aria-labelledby="screen-title">
      <div className="print-toolbar">
        <Link href={`/team/${repId}/progress`} className="back-link">
          ← Back to {data.repName}
        </Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Progress report: {data.repName}</h1>
          <p className="subtitle">
            As of {formatDate(data.asOf)} · levels run 1 (not yet) to 4 (role model); each estimate says how
            many observations it rests on. For development, not for employment decisions.
          </p>
        </div>
      </header>
      <GoalsSection repId={repId} goals={data.goals} interactive={false} />
      {data.behaviours.length === 0 ? <p className="muted">No observations yet.</p> : null}
      {data.behaviours.map((b) => (
        <BehaviourCard
          key={b.behaviourId}
          repId={repId}
          repName={data.repName}
          behaviour={b}
          asOf={data.asOf}
          interactive={false}
        />
      ))}
    </section>
  );
}
