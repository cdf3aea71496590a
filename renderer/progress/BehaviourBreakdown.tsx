import { Link } from 'wouter';
import { errorMessage, formatDate } from '../ui/format';
import { VerdictBadge } from './BehaviourCard';
import { levelLabel } from './format';
import { useBehaviourBreakdown } from './use-progress';

/** One behaviour across the team: each rep's level now, trend and evidence count, linked to their progress. */
export function BehaviourBreakdown({ behaviourId }: { behaviourId: string }) {
  const breakdown = useBehaviourBreakdown(behaviourId);
  return (
    <section className="panel" aria-labelledby="breakdown-title">
      <h2 id="breakdown-title">By rep</h2>
      {breakdown.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : breakdown.isError ? (
        <p role="alert">{errorMessage(breakdown.error)}</p>
      ) : breakdown.data.reps.length === 0 ? (
        <p className="muted">
          Never observed. Tag it in a note, a one-to-one or a call review to start its record.
        </p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Level now per rep</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Level now</th>
              <th scope="col">Trend</th>
              <th scope="col">Observations</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {breakdown.data.reps.map((r) => (
              <tr key={r.repId}>
                <th scope="row">
                  <Link href={`/team/${r.repId}/progress`}>{r.repName}</Link>
                </th>
                <td>{levelLabel(r.estimate.level)}</td>
                <td>
                  <VerdictBadge kind={r.verdict.kind} />
                </td>
                <td>{r.estimate.observationCount}</td>
                <td>{formatDate(r.estimate.lastObservedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
