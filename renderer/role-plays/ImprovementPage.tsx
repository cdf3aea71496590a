import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link, useLocation } from 'wouter';
import type { RolePlayImprovement } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { errorMessage, formatDate } from '../ui/format';
import { useWorkspace } from '../workspace/use-workspace';

const COLOURS = ['#2f5d8a', '#9a3b52', '#2e6b3f', '#8a5a2f', '#6b4f8a', '#4a6670'];

type ScriptSeries = RolePlayImprovement['scripts'][number];

/** One script's attempts over time: the mean score and each rubric behaviour, as lines. */
function ScriptChart({ series, names }: { series: ScriptSeries; names: Map<string, string> }) {
  const behaviourIds = [...new Set(series.attempts.flatMap((a) => a.scores.map((s) => s.behaviourId)))];
  const rows = series.attempts.map((a, n) => ({
    label: `${formatDate(a.practisedOn)}${series.attempts.filter((b) => b.practisedOn === a.practisedOn).length > 1 ? ` #${n + 1}` : ''}`,
    average: a.average,
    ...Object.fromEntries(a.scores.map((s) => [s.behaviourId, s.level])),
  }));
  const headingId = `chart-${series.scriptId}`;
  return (
    <section className="improvement-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link href={`/role-plays/${series.scriptId}`}>{series.title}</Link>
      </h3>
      <p className="muted">
        {series.attempts.length} attempt{series.attempts.length === 1 ? '' : 's'}; mean score from{' '}
        {series.attempts[0]!.average} to {series.attempts.at(-1)!.average}.
      </p>
      <figure className="improvement-chart" aria-label={`Rubric scores over time for ${series.title}`}>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis domain={[1, 4]} ticks={[1, 2, 3, 4]} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line
              type="monotone"
              dataKey="average"
              name="Mean score"
              stroke="#222"
              strokeWidth={3}
              isAnimationActive={false}
            />
            {behaviourIds.map((id, i) => (
              <Line
                key={id}
                type="monotone"
                dataKey={id}
                name={names.get(id) ?? id}
                stroke={COLOURS[i % COLOURS.length]}
                strokeDasharray={i % 2 === 0 ? undefined : '5 3'}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <table className="data-table">
        <caption className="visually-hidden">Attempts of {series.title}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Who ran it</th>
            <th scope="col">Version</th>
            <th scope="col">Mean score</th>
          </tr>
        </thead>
        <tbody>
          {series.attempts.map((a) => (
            <tr key={a.id}>
              <td>{formatDate(a.practisedOn)}</td>
              <td>{a.mode === 'manager-run' ? 'Manager' : 'Self-practice'}</td>
              <td>{a.version}</td>
              <td>{a.average}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** /role-plays/progress/:repId — does practice improve, and does it show in real work? */
export function ImprovementPage({ repId }: { repId: string }) {
  const [, navigate] = useLocation();
  const owner = useWorkspace().data?.owner;
  const reps = useApiQuery('people.list', { status: 'active', kind: 'rep' });
  const rep = useApiQuery('people.get', { id: repId });
  const improvement = useApiQuery('rolePlays.improvement', { repId });
  const data = improvement.data;
  const names = new Map((data?.behaviours ?? []).map((b) => [b.behaviourId, b.name]));

  return (
    <section className="screen role-play-improvement" aria-labelledby="screen-title">
      <p className="breadcrumb">
        <Link href="/role-plays">Role-plays</Link>
      </p>
      <header className="screen-header">
        <h1 id="screen-title">Practice{rep.data ? `: ${rep.data.name}` : ''}</h1>
        {owner?.kind !== 'rep' ? (
          <label className="inline-field">
            Rep{' '}
            <select value={repId} onChange={(e) => navigate(`/role-plays/progress/${e.target.value}`)}>
              {(reps.data ?? []).map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </header>
      {improvement.isPending ? (
        <p className="muted" aria-busy="true">
          Loading practice…
        </p>
      ) : improvement.isError ? (
        <p className="form-error" role="alert">
          Could not load the practice: {errorMessage(improvement.error)}
        </p>
      ) : (
        <>
          {data!.suggestions.length > 0 ? (
            <section aria-labelledby="suggested-heading" className="suggestions">
              <h2 id="suggested-heading">Suggested practice</h2>
              <ul>
                {data!.suggestions.map((s) => (
                  <li key={`${s.behaviourId}-${s.scriptId}`}>
                    <Link href={`/role-plays/${s.scriptId}`}>{s.title}</Link>: {s.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="scripts-heading">
            <h2 id="scripts-heading">Scores over time</h2>
            {data!.scripts.length === 0 ? (
              <div className="empty-state">
                <p>No practice recorded yet. Choose a script and practise it to see scores over time here.</p>
                <Link href="/role-plays" className="button button-primary">
                  Choose a script
                </Link>
              </div>
            ) : (
              data!.scripts.map((series) => (
                <ScriptChart key={series.scriptId} series={series} names={names} />
              ))
            )}
          </section>
          {data!.behaviours.length > 0 ? (
            <section aria-labelledby="transfer-heading">
              <h2 id="transfer-heading">Practice and real work</h2>
              <p className="muted">
                The mean of the latest three levels from role-plays beside those from calls, notes and
                one-to-ones.
              </p>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Behaviour</th>
                    <th scope="col">Role-play level</th>
                    <th scope="col">Real-work level</th>
                  </tr>
                </thead>
                <tbody>
                  {data!.behaviours.map((b) => (
                    <tr key={b.behaviourId}>
                      <th scope="row">{b.name}</th>
                      <td>
                        {b.rolePlayLevel ?? '—'} <span className="muted">({b.rolePlayCount})</span>
                      </td>
                      <td>
                        {b.realLevel ?? 'not observed'} <span className="muted">({b.realCount})</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}

/** /role-plays/progress — the first rep, or the rep themselves. */
export function ImprovementIndex() {
  const owner = useWorkspace().data?.owner;
  const reps = useApiQuery('people.list', { status: 'active', kind: 'rep' });
  if (owner?.kind === 'rep') return <ImprovementPage repId={owner.id} />;
  if (reps.isPending) return <p aria-busy="true">Loading…</p>;
  const first = reps.data?.[0];
  return first ? (
    <ImprovementPage repId={first.id} />
  ) : (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">Practice</h1>
      <p>Add a rep to your team to record role-play practice.</p>
    </section>
  );
}
