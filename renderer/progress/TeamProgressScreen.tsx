import { Link } from 'wouter';
import { errorMessage, formatDate } from '../ui/format';
import { CoachingEffect } from './CoachingEffect';
import { CommitmentsKept, Coverage } from './Coverage';
import { RULES_PATH } from './format';
import { HeatMap } from './HeatMap';
import { useTeamProgress } from './use-progress';

/** The team at a glance: levels, coverage, commitments kept and whether coaching worked. */
export function TeamProgressScreen() {
  const team = useTeamProgress();
  return (
    <section className="screen progress-screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Progress</h1>
          <p className="subtitle">
            {team.data ? `As of ${formatDate(team.data.asOf)} · ` : ''}
            Levels come from observations and always show how many they rest on.{' '}
            <Link href={RULES_PATH}>How progress is measured</Link>
          </p>
        </div>
      </header>
      {team.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : team.isError ? (
        <p role="alert">The team’s progress could not be loaded: {errorMessage(team.error)}</p>
      ) : (
        <>
          <HeatMap team={team.data} />
          <CoachingEffect />
          <Coverage team={team.data} />
          <CommitmentsKept team={team.data} />
        </>
      )}
    </section>
  );
}
