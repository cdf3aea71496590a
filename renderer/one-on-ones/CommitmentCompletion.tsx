import { useApiQuery } from '../api/queries';
import { Link } from 'wouter';
import { errorMessage, formatDate } from '../ui/format';
import { relativeDay } from './format';

/** A rep's open commitments, from every one-to-one, until they are done or dropped. */
export function OpenCommitments({ repId, repName }: { repId: string; repName: string }) {
  const open = useApiQuery('commitments.list', { repId, status: 'open' });
  return (
    <section className="panel completion-panel" aria-labelledby="open-commitments-title">
      <h2 id="open-commitments-title">Open commitments</h2>
      {open.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : open.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(open.error)}
        </p>
      ) : open.data.length === 0 ? (
        <p className="muted">Nothing open: every commitment {repName} made is done or dropped.</p>
      ) : (
        <ul className="plain-list" aria-label={`Open commitments of ${repName}`}>
          {open.data.map((c) => (
            <li key={c.id}>
              <strong>{c.text}</strong>{' '}
              <span className="muted">
                · {c.owner === 'rep' ? repName : 'Manager'} · agreed{' '}
                <Link href={`/one-to-ones/${c.oneOnOneId}`}>{formatDate(c.madeOn)}</Link>
                {c.dueOn ? ' · due ' : ''}
              </span>
              {c.dueOn ? (
                <span className={c.overdue ? 'text-danger' : 'muted'}>
                  {formatDate(c.dueOn)} ({relativeDay(c.dueOn)})
                </span>
              ) : null}
              {c.behaviourName ? <span className="muted"> · {c.behaviourName}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How many of a rep's commitments were kept, quarter by quarter over the last year. */
export function CommitmentCompletion({ repId, repName }: { repId: string; repName: string }) {
  const completion = useApiQuery('commitments.completion', { repId });
  return (
    <section className="panel completion-panel" aria-labelledby="completion-title">
      <h2 id="completion-title">Commitments kept</h2>
      {completion.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : completion.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(completion.error)}
        </p>
      ) : completion.data.every((q) => q.due === 0) ? (
        <p className="muted">No commitments of {repName}’s have fallen due in the last year.</p>
      ) : (
        <table className="table completion-table" aria-label={`Commitments kept by ${repName}, by quarter`}>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col">Due</th>
              <th scope="col">Done</th>
              <th scope="col">Dropped</th>
              <th scope="col">Kept</th>
            </tr>
          </thead>
          <tbody>
            {completion.data.map((q) => (
              <tr key={q.period}>
                <th scope="row">{q.period}</th>
                <td>{q.due}</td>
                <td>{q.done}</td>
                <td>{q.dropped}</td>
                <td>
                  {q.rate === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <span className="completion-rate">
                      <span className="completion-bar" aria-hidden="true">
                        <span className="completion-fill" style={{ width: `${Math.round(q.rate * 100)}%` }} />
                      </span>
                      {Math.round(q.rate * 100)} %
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="field-hint">
        Kept: done out of those due in the quarter, leaving out dropped ones (each was dropped with a reason).
      </p>
    </section>
  );
}
