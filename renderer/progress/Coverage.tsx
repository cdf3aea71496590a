import { Link } from 'wouter';
import { SOURCE_KINDS, type TeamProgress } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { SOURCE_LABELS } from '../observations/format';
import { formatDate } from '../ui/format';
import { downloadFile, toCsv } from './format';

/** A behaviour seen this many times or fewer across the team, ever, counts as rarely observed. */
const RARELY = 2;

/** Who and what gets coached: cadence misses, blind-spot behaviours, and how the evidence is spread. */
export function Coverage({ team }: { team: TeamProgress }) {
  const overview = useApiQuery('oneOnOnes.overview', {});
  const missed = (overview.data ?? []).filter((r) => r.state === 'overdue' || r.state === 'never-met');
  const never = team.behaviours.filter((b) => b.observationCount === 0);
  const rarely = team.behaviours.filter((b) => b.observationCount > 0 && b.observationCount <= RARELY);
  const total = team.attention.reduce((s, r) => s + r.total, 0);

  return (
    <section className="panel" aria-labelledby="coverage-title">
      <header className="panel-header">
        <h2 id="coverage-title">Coverage</h2>
      </header>
      <div className="coverage-grid">
        <div>
          <h3>One-to-ones behind their cadence</h3>
          {overview.isPending ? (
            <p className="muted">Loading…</p>
          ) : missed.length === 0 ? (
            <p className="muted">Every rep with a cadence has been met on time.</p>
          ) : (
            <ul className="plain-list">
              {missed.map((r) => (
                <li key={r.repId}>
                  <Link href={`/team/${r.repId}/one-to-ones`}>{r.repName}</Link>{' '}
                  <span className="muted">
                    {r.state === 'never-met'
                      ? '· never met one-to-one'
                      : `· was due ${formatDate(r.dueOn)}, last met ${formatDate(r.lastMetOn)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Behaviours never observed ({never.length})</h3>
          {never.length === 0 ? (
            <p className="muted">Every active behaviour has been observed at least once.</p>
          ) : (
            <details>
              <summary>Show them</summary>
              <ul className="plain-list">
                {never.map((b) => (
                  <li key={b.id}>
                    <Link href={`/behaviours/${b.id}`}>{b.name}</Link>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <h3>Rarely observed ({rarely.length})</h3>
          {rarely.length === 0 ? (
            <p className="muted">None observed only once or twice.</p>
          ) : (
            <ul className="plain-list">
              {rarely.map((b) => (
                <li key={b.id}>
                  <Link href={`/behaviours/${b.id}`}>{b.name}</Link>{' '}
                  <span className="muted">· {b.observationCount} across the team</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <h3>Where your observations went since {formatDate(team.coverageFrom)}</h3>
      {team.attentionWarnings.length > 0 ? (
        <ul className="warning-list" aria-label="Coverage warnings">
          {team.attentionWarnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : total > 0 ? (
        <p className="muted">Attention is spread across reps and kinds of evidence.</p>
      ) : null}
      {total === 0 ? (
        <p className="muted">No observations in the last 90 days. Review a call or write a note to start.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Observations per rep and source, last 90 days</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              {SOURCE_KINDS.map((k) => (
                <th key={k} scope="col">
                  {SOURCE_LABELS[k]}
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {team.attention.map((r) => (
              <tr key={r.repId}>
                <th scope="row">{r.repName}</th>
                {SOURCE_KINDS.map((k) => (
                  <td key={k}>{r.bySource[k] ?? 0}</td>
                ))}
                <td>{r.total}</td>
                <td>{Math.round((r.total / total) * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Commitments kept per rep, quarter by quarter: the same figures as each rep's one-to-ones tab. */
export function CommitmentsKept({ team }: { team: TeamProgress }) {
  const periods = team.commitments[0]?.quarters.map((q) => q.period) ?? [];
  const csv = () =>
    downloadFile(
      'commitments-kept.csv',
      toCsv(
        ['Rep', ...periods.flatMap((p) => [`${p} due`, `${p} done`, `${p} dropped`, `${p} rate`])],
        team.commitments.map((c) => [
          c.repName,
          ...c.quarters.flatMap((q) => [q.due, q.done, q.dropped, q.rate]),
        ]),
      ),
    );
  return (
    <section className="panel" aria-labelledby="kept-title">
      <header className="panel-header">
        <h2 id="kept-title">Commitments kept</h2>
        <button
          type="button"
          className="button button-small"
          onClick={csv}
          disabled={team.commitments.length === 0}
          aria-label="Download CSV of commitments kept"
        >
          Download CSV
        </button>
      </header>
      {team.commitments.length === 0 ? (
        <p className="muted">No active reps yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Share of commitments done per quarter</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              {periods.map((p) => (
                <th key={p} scope="col">
                  {p}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {team.commitments.map((c) => (
              <tr key={c.repId}>
                <th scope="row">
                  <Link href={`/team/${c.repId}/one-to-ones`}>{c.repName}</Link>
                </th>
                {c.quarters.map((q) => (
                  <td key={q.period}>
                    {q.rate === null ? (
                      <span className="muted">{q.due === 0 ? 'None due' : 'All dropped'}</span>
                    ) : (
                      <>
                        {Math.round(q.rate * 100)}%{' '}
                        <span className="muted">
                          ({q.done} of {q.due - q.dropped})
                        </span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
