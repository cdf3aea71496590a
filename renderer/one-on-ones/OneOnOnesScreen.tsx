import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { RepCadence } from '../../shared/contract';
import { errorMessage, formatDate } from '../ui/format';
import { CadenceCell } from './CadenceSelect';
import { plural, relativeDay, STATE_ORDER, suggestedDate } from './format';
import { PlanDialog } from './PlanDialog';
import { StateBadge } from './StateBadge';
import { useOverview } from './use-one-on-ones';

function byUrgency(a: RepCadence, b: RepCadence): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
    b.overdueCommitments - a.overdueCommitments ||
    a.repName.localeCompare(b.repName)
  );
}

/** Every active rep: how often you meet, when you last did, what is planned and what is overdue. */
export function OneOnOnesScreen() {
  const overview = useOverview();
  const [, navigate] = useLocation();
  const [planning, setPlanning] = useState<RepCadence | null>(null);
  const reps = overview.data ? [...overview.data].sort(byUrgency) : [];
  const overdue = reps.filter((r) => r.state === 'overdue').length;
  const dueSoon = reps.filter((r) => r.state === 'due-soon').length;
  const overdueCommitments = reps.reduce((n, r) => n + r.overdueCommitments, 0);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">One-to-ones</h1>
          {reps.length > 0 ? (
            <p className="screen-summary">
              <span className={overdue > 0 ? 'summary-alert' : undefined}>{overdue} overdue</span>
              <span aria-hidden="true"> · </span>
              <span>{dueSoon} due soon</span>
              <span aria-hidden="true"> · </span>
              <span className={overdueCommitments > 0 ? 'summary-alert' : undefined}>
                {plural(overdueCommitments, 'overdue commitment')}
              </span>
            </p>
          ) : null}
        </div>
      </header>

      {overview.isPending ? (
        <p className="muted" aria-busy="true">
          Loading one-to-ones…
        </p>
      ) : overview.isError ? (
        <p className="form-error" role="alert">
          Could not load one-to-ones: {errorMessage(overview.error)}
        </p>
      ) : reps.length === 0 ? (
        <div className="empty-state">
          <h2>No reps to meet yet</h2>
          <p>
            One-to-ones are planned with the reps on your team. Add your reps first, then set how often you
            want to meet each of them.
          </p>
          <Link href="/team" className="button button-primary">
            Go to Team
          </Link>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="table cadence-table" aria-label="Reps and their one-to-ones">
            <thead>
              <tr>
                <th scope="col">Rep</th>
                <th scope="col">Cadence</th>
                <th scope="col">Last met</th>
                <th scope="col">Next planned</th>
                <th scope="col">Due</th>
                <th scope="col">State</th>
                <th scope="col">Commitments</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reps.map((rep) => (
                <tr key={rep.repId} className={rep.state === 'overdue' ? 'row-overdue' : undefined}>
                  <th scope="row">
                    <Link href={`/team/${rep.repId}/one-to-ones`} className="row-link">
                      {rep.repName}
                    </Link>
                    {rep.managerName ? <span className="row-sub">{rep.managerName}’s team</span> : null}
                  </th>
                  <td>
                    <CadenceCell rep={rep} />
                  </td>
                  <td className="nowrap">
                    {rep.lastMetOn ? (
                      <time dateTime={rep.lastMetOn} title={relativeDay(rep.lastMetOn)}>
                        {formatDate(rep.lastMetOn)}
                      </time>
                    ) : (
                      <span className="muted">Never</span>
                    )}
                  </td>
                  <td className="nowrap">
                    {rep.next ? (
                      <Link href={`/one-to-ones/${rep.next.id}`}>{formatDate(rep.next.date)}</Link>
                    ) : (
                      <span className="muted">Not planned</span>
                    )}
                  </td>
                  <td className="nowrap">
                    {rep.dueOn ? (
                      <>
                        <time dateTime={rep.dueOn}>{formatDate(rep.dueOn)}</time>
                        <span className={rep.state === 'overdue' ? 'row-sub text-danger' : 'row-sub'}>
                          {relativeDay(rep.dueOn)}
                        </span>
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>
                    <StateBadge state={rep.state} />
                    {rep.state === 'planned' && rep.next ? (
                      <span className="row-sub">planned for {formatDate(rep.next.date)}</span>
                    ) : null}
                  </td>
                  <td className="nowrap">
                    {rep.openCommitments === 0 ? (
                      <span className="muted">None open</span>
                    ) : (
                      <>
                        {rep.openCommitments} open
                        {rep.overdueCommitments > 0 ? (
                          <span className="row-sub text-danger">{rep.overdueCommitments} overdue</span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button button-small" onClick={() => setPlanning(rep)}>
                        Plan one-to-one
                      </button>
                      <Link href={`/one-to-ones/prep/${rep.repId}`} className="button button-small">
                        Prep brief
                      </Link>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {planning ? (
        <PlanDialog
          open
          repId={planning.repId}
          repName={planning.repName}
          date={suggestedDate(planning.dueOn)}
          dueOn={planning.dueOn}
          onClose={() => setPlanning(null)}
          onPlanned={(meeting) => {
            setPlanning(null);
            navigate(`/one-to-ones/${meeting.id}`);
          }}
        />
      ) : null}
    </section>
  );
}
