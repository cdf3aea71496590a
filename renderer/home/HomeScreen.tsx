import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { HomeWeek } from '../../shared/contract';
import { UNOBSERVED_AFTER_DAYS } from '../../shared/contract/home';
import { useApiQuery } from '../api/queries';
import { useQuickCapture } from '../observations/QuickCapture';
import { longDate, plural, relativeDay } from '../one-on-ones/format';
import { StateBadge } from '../one-on-ones/StateBadge';
import { errorMessage, formatDate } from '../ui/format';

/** The first screen: who and what needs the manager this week, each item one step from its place. */
export function HomeScreen() {
  const week = useApiQuery('home.week', {});
  const team = useApiQuery('people.list', {});
  const noReps = team.data !== undefined && !team.data.some((p) => p.kind === 'rep');

  return (
    <section className="screen home" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">This week</h1>
          {week.data ? (
            <p className="screen-summary">
              {longDate(week.data.asOf)} to {longDate(week.data.until)}
            </p>
          ) : null}
        </div>
      </header>
      {week.isPending ? (
        <p className="muted" aria-busy="true">
          Gathering your week…
        </p>
      ) : week.isError ? (
        <p className="form-error" role="alert">
          Could not gather this week: {errorMessage(week.error)}
        </p>
      ) : noReps ? (
        <div className="empty-state">
          <h2>Nothing to plan yet</h2>
          <p>
            This screen fills with one-to-ones due, commitments, calls to review and reps to watch once your
            reps are in Coachbench.
          </p>
          <Link href="/team" className="button button-primary">
            Add your reps
          </Link>
        </div>
      ) : (
        <Week week={week.data} />
      )}
    </section>
  );
}

function Week({ week }: { week: HomeWeek }) {
  const quickCapture = useQuickCapture();
  return (
    <div className="home-grid">
      <HomeSection
        id="home-one-to-ones"
        title="One-to-ones"
        count={week.oneOnOnes.length}
        empty={
          <>
            No one-to-one is overdue or due by {formatDate(week.until)}.{' '}
            <Link href="/one-to-ones">See every rep’s cadence</Link>.
          </>
        }
      >
        {week.oneOnOnes.map((rep) => (
          <li key={rep.repId} className="home-item">
            <div className="home-item-main">
              <Link href={`/team/${rep.repId}/one-to-ones`} className="home-item-title">
                {rep.repName}
              </Link>
              <span className="home-item-meta">
                <StateBadge state={rep.state} />
                {rep.next ? (
                  <span>
                    planned for{' '}
                    <Link href={`/one-to-ones/${rep.next.id}`}>
                      {formatDate(rep.next.date)} ({relativeDay(rep.next.date)})
                    </Link>
                  </span>
                ) : rep.dueOn ? (
                  <span className={rep.state === 'overdue' ? 'text-danger' : undefined}>
                    due {formatDate(rep.dueOn)} ({relativeDay(rep.dueOn)})
                  </span>
                ) : (
                  <span className="muted">never met</span>
                )}
              </span>
            </div>
            <Link
              href={`/one-to-ones/prep/${rep.repId}`}
              className="button button-small"
              aria-label={`Prep brief: ${rep.repName}`}
            >
              Prep brief
            </Link>
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="home-commitments"
        title="Commitments due"
        count={week.commitments.length}
        empty={<>No open commitment is overdue or due by {formatDate(week.until)}.</>}
      >
        {week.commitments.map((c) => (
          <li key={c.id} className="home-item">
            <div className="home-item-main">
              <Link href={`/one-to-ones/${c.oneOnOneId}`} className="home-item-title">
                {c.text}
              </Link>
              <span className="home-item-meta">
                <span className={c.owner === 'rep' ? 'badge badge-rep' : 'badge badge-quiet'}>
                  {c.owner === 'rep' ? c.repName : `You, for ${c.repName}`}
                </span>
                <span className={c.overdue ? 'text-danger' : undefined}>
                  {c.overdue ? 'overdue, ' : ''}due {formatDate(c.dueOn)} ({relativeDay(c.dueOn!)})
                </span>
              </span>
            </div>
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="home-calls"
        title="Calls to review"
        count={week.calls.length}
        empty={
          <>
            Every imported call is reviewed. <Link href="/calls/new">Import a call</Link> to review one.
          </>
        }
      >
        {week.calls.map((call) => (
          <li key={call.id} className="home-item">
            <div className="home-item-main">
              <Link href={`/calls/${call.id}`} className="home-item-title">
                {call.account}
              </Link>
              <span className="home-item-meta">
                <span className={call.state === 'scorecard-draft' ? 'badge badge-quiet' : 'badge badge-rep'}>
                  {call.state === 'scorecard-draft' ? 'Scorecard in draft' : 'Not reviewed'}
                </span>
                <span>
                  {call.repName} · {call.callTypeName} · {formatDate(call.date)}
                </span>
              </span>
            </div>
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="home-falling"
        title="Behaviours falling"
        count={week.falling.length}
        empty={<>No rep’s level is falling on any behaviour, by the evidence of the last six months.</>}
      >
        {week.falling.map((item) => (
          <li key={`${item.repId}-${item.behaviourId}`} className="home-item">
            <div className="home-item-main">
              <Link href={`/team/${item.repId}/progress`} className="home-item-title">
                {item.repName}: {item.behaviourName}
              </Link>
              <span className="home-item-meta muted">{item.reason}</span>
            </div>
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="home-unobserved"
        title="Not observed lately"
        count={week.unobserved.length}
        empty={<>Every rep was observed in the last {Math.round(UNOBSERVED_AFTER_DAYS / 7)} weeks.</>}
      >
        {week.unobserved.map((rep) => (
          <li key={rep.repId} className="home-item">
            <div className="home-item-main">
              <Link href={`/team/${rep.repId}/observations`} className="home-item-title">
                {rep.repName}
              </Link>
              <span className="home-item-meta muted">
                {rep.lastObservedOn
                  ? `last observed ${formatDate(rep.lastObservedOn)} (${relativeDay(rep.lastObservedOn)})`
                  : 'never observed'}
              </span>
            </div>
            <button
              type="button"
              className="button button-small"
              aria-label={`Record an observation: ${rep.repName}`}
              onClick={() => quickCapture.open(rep.repId)}
            >
              Record an observation
            </button>
          </li>
        ))}
      </HomeSection>

      <HomeSection
        id="home-stuck"
        title="Stuck talking points"
        count={week.stuckItems.length}
        empty={<>No talking point has been carried three times.</>}
      >
        {week.stuckItems.map((item) => (
          <li key={item.id} className="home-item">
            <div className="home-item-main">
              <Link href={`/one-to-ones/${item.oneOnOneId}`} className="home-item-title">
                {item.text}
              </Link>
              <span className="home-item-meta">
                <span className="badge badge-danger">Carried ×{item.carriedCount}</span>
                <span>
                  {item.repName} · {formatDate(item.oneOnOneDate)}
                </span>
              </span>
            </div>
          </li>
        ))}
      </HomeSection>
      {/* INTEGRATION POINT (progress): "Behaviours falling" goes here once home.week has it; see
          electron/core/home/handlers.ts. */}
    </div>
  );
}

function HomeSection({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="panel home-section" aria-labelledby={`${id}-title`}>
      <header className="meeting-section-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <span className={count > 0 ? 'count-badge' : 'count-badge count-badge-zero'}>
          <span className="visually-hidden">{plural(count, 'item')}</span>
          <span aria-hidden="true">{count}</span>
        </span>
      </header>
      {count === 0 ? (
        <p className="muted section-empty">{empty}</p>
      ) : (
        <ul className="home-list" aria-label={title}>
          {children}
        </ul>
      )}
    </section>
  );
}
