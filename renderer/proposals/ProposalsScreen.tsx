import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useApiQuery } from '../api/queries';
import { useReps } from '../call-reviews/use-call-reviews';
import { errorMessage, formatDate } from '../ui/format';
import { formatValue } from './format';

/** /proposals: proposal reviews the viewer may see, newest first, filtered by rep. */
export function ProposalsScreen() {
  const [, navigate] = useLocation();
  const [repId, setRepId] = useState<string | null>(null);
  const reps = useReps();
  const reviews = useApiQuery('proposals.list', repId ? { repId } : {});
  const importHref = repId ? `/proposals/new?rep=${encodeURIComponent(repId)}` : '/proposals/new';

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Proposal reviews</h1>
          <p className="screen-summary">
            A proposal is a decision document: annotate it, score what it answers, and compare versions.
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => navigate(importHref)}>
            Import a proposal
          </button>
        </div>
      </header>
      <search className="toolbar" aria-label="Filter proposal reviews">
        <select aria-label="Rep" value={repId ?? ''} onChange={(e) => setRepId(e.target.value || null)}>
          <option value="">All reps</option>
          {reps.data?.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </search>
      {reviews.isPending ? (
        <p className="muted" aria-busy="true">
          Loading proposal reviews…
        </p>
      ) : reviews.isError ? (
        <p className="form-error" role="alert">
          Could not load proposal reviews: {errorMessage(reviews.error)}
        </p>
      ) : reviews.data.length === 0 ? (
        <div className="empty-state">
          <p>
            No proposals reviewed yet. Import a proposal (.docx, .pdf, .md, .txt or .html, or paste it) to
            annotate it and score it as a decision document.
          </p>
          <button type="button" className="button button-primary" onClick={() => navigate(importHref)}>
            Import a proposal
          </button>
        </div>
      ) : (
        <div className="table-scroll">
          <table className="table" aria-label="Proposal reviews">
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Rep</th>
                <th scope="col">Account</th>
                <th scope="col">Value</th>
                <th scope="col">Date</th>
                <th scope="col">Versions</th>
              </tr>
            </thead>
            <tbody>
              {reviews.data.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/proposals/${r.id}`}>{r.title}</Link>
                    {r.visibility === 'private' ? <span className="muted"> · private</span> : null}
                  </td>
                  <td>{r.repName}</td>
                  <td>
                    {r.account}
                    {r.deal ? <span className="muted"> · {r.deal}</span> : null}
                  </td>
                  <td>{formatValue(r.value, r.currency)}</td>
                  <td>{formatDate(r.date)}</td>
                  <td>
                    {r.versionCount} · latest {r.latestVersionLabel}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
