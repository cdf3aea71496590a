import { Link } from 'wouter';
import type { CallReviewSummary } from '../../shared/contract';
import { formatDate } from '../ui/format';
import { formatDuration } from './format';

/** Call reviews as a table: one row a call, newest first (the order the core gives). */
export function CallReviewTable({
  reviews,
  showRep = true,
  label,
}: {
  reviews: CallReviewSummary[];
  showRep?: boolean;
  label: string;
}) {
  return (
    <div className="table-scroll">
      <table className="table call-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Account</th>
            {showRep ? <th scope="col">Rep</th> : null}
            <th scope="col">Deal</th>
            <th scope="col">Call type</th>
            <th scope="col" className="numeric">
              Duration
            </th>
            <th scope="col" className="numeric">
              Annotations
            </th>
            <th scope="col" className="numeric">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">
                <time dateTime={r.date}>{formatDate(r.date)}</time>
              </td>
              <th scope="row">
                <Link href={`/calls/${r.id}`} className="row-link">
                  {r.account}
                </Link>
              </th>
              {showRep ? <td>{r.repName}</td> : null}
              <td>{r.deal ?? <span className="muted">–</span>}</td>
              <td>{r.callTypeName}</td>
              <td className="numeric nowrap">
                {r.durationMs === null ? (
                  <span className="muted">No times</span>
                ) : (
                  formatDuration(r.durationMs)
                )}
              </td>
              <td className="numeric">{r.annotationCount}</td>
              <td className="numeric nowrap">
                {r.score === null ? (
                  <span className="muted">Not scored</span>
                ) : (
                  <span title={`Weighted mean of ${r.ratedCount} rated lines`}>
                    {r.score.toFixed(1)} / 4 <span className="muted">({r.ratedCount} lines)</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
