import { useApiQuery } from '../api/queries';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorMessage, formatDate } from '../ui/format';
import { CadenceForm } from './CadenceSelect';
import { CommitmentCompletion, OpenCommitments } from './CommitmentCompletion';
import { plural, relativeDay, suggestedDate } from './format';
import { PlanDialog } from './PlanDialog';
import { StateBadge, StatusBadge } from './StateBadge';
import { useOverview } from './use-one-on-ones';

/** The "One-to-ones" tab of a rep's page: cadence, what is due, and every one-to-one so far. */
export function RepOneToOnes({
  repId,
  repName,
  archived,
}: {
  repId: string;
  repName: string;
  archived: boolean;
}) {
  const [, navigate] = useLocation();
  const [planning, setPlanning] = useState(false);
  const overview = useOverview();
  const cadence = overview.data?.find((r) => r.repId === repId) ?? null;
  const meetings = useApiQuery('oneOnOnes.list', { repId });

  return (
    <div className="rep-one-to-ones">
      <section className="panel cadence-panel" aria-labelledby="cadence-title">
        <h2 id="cadence-title" className="visually-hidden">
          Cadence
        </h2>
        {archived ? (
          <p className="muted">{repName} is archived: no one-to-ones are due.</p>
        ) : overview.isPending ? (
          <p className="muted" aria-busy="true">
            Loading…
          </p>
        ) : overview.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(overview.error)}
          </p>
        ) : cadence ? (
          <div className="cadence-strip">
            <div className="cadence-fact">
              <span className="cadence-label">Cadence</span>
              <span className="cadence-value">
                <CadenceForm key={cadence.cadence ?? ''} rep={cadence} />
              </span>
            </div>
            <div className="cadence-fact">
              <span className="cadence-label">Last met</span>
              <span className="cadence-value">
                {cadence.lastMetOn ? formatDate(cadence.lastMetOn) : 'Never'}
              </span>
            </div>
            <div className="cadence-fact">
              <span className="cadence-label">Due</span>
              <span className="cadence-value">
                {cadence.dueOn ? (
                  <>
                    {formatDate(cadence.dueOn)}{' '}
                    <span className={cadence.state === 'overdue' ? 'text-danger' : 'muted'}>
                      ({relativeDay(cadence.dueOn)})
                    </span>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </span>
            </div>
            <div className="cadence-fact">
              <span className="cadence-label">State</span>
              <span className="cadence-value">
                <StateBadge state={cadence.state} />
                {cadence.state === 'planned' && cadence.next ? (
                  <span className="muted"> planned for {formatDate(cadence.next.date)}</span>
                ) : null}
              </span>
            </div>
            <div className="cadence-fact">
              <span className="cadence-label">Commitments</span>
              <span className="cadence-value">
                {cadence.openCommitments} open
                {cadence.overdueCommitments > 0 ? (
                  <span className="text-danger"> · {cadence.overdueCommitments} overdue</span>
                ) : null}
              </span>
            </div>
            <div className="cadence-actions">
              <Link href={`/one-to-ones/prep/${repId}`} className="button">
                Prep brief
              </Link>
              <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
                Plan one-to-one
              </button>
            </div>
          </div>
        ) : null}
      </section>

      <OpenCommitments repId={repId} repName={repName} />
      <CommitmentCompletion repId={repId} repName={repName} />

      <section aria-labelledby="rep-meetings-title">
        <div className="section-header">
          <h2 id="rep-meetings-title">One-to-ones</h2>
          {meetings.data && meetings.data.length > 0 ? (
            <span className="muted">{plural(meetings.data.length, 'one-to-one')}</span>
          ) : null}
        </div>
        {meetings.isPending ? (
          <p className="muted" aria-busy="true">
            Loading one-to-ones…
          </p>
        ) : meetings.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(meetings.error)}
          </p>
        ) : meetings.data.length === 0 ? (
          <p className="muted">
            No one-to-ones with {repName} yet.{' '}
            {archived ? null : 'Plan the first one: open talking points then carry from one to the next.'}
          </p>
        ) : (
          <table className="table" aria-label={`One-to-ones with ${repName}`}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Status</th>
                <th scope="col">Talking points</th>
                <th scope="col">Commitments</th>
              </tr>
            </thead>
            <tbody>
              {meetings.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link href={`/one-to-ones/${m.id}`} className="row-link">
                      {formatDate(m.date)}
                    </Link>
                    <span className="row-sub">{relativeDay(m.date)}</span>
                  </th>
                  <td>
                    <StatusBadge status={m.status} />
                  </td>
                  <td>{m.agendaCount}</td>
                  <td>{m.commitmentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {planning ? (
        <PlanDialog
          open
          repId={repId}
          repName={repName}
          date={suggestedDate(cadence?.dueOn)}
          dueOn={cadence?.dueOn ?? null}
          onClose={() => setPlanning(false)}
          onPlanned={(meeting) => {
            setPlanning(false);
            navigate(`/one-to-ones/${meeting.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
