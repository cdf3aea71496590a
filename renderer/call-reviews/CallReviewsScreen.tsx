import { useState } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../ui/format';
import { CallReviewTable } from './CallReviewTable';
import { plural } from './format';
import { importCallHref, useCallReviews, useReps } from './use-call-reviews';

/** /calls: every call review, newest first, filtered by rep. */
export function CallReviewsScreen() {
  const [, navigate] = useLocation();
  const [repId, setRepId] = useState<string | null>(null);
  const reps = useReps();
  const reviews = useCallReviews(repId);
  const repName = reps.data?.find((r) => r.id === repId)?.name;
  const importHref = importCallHref(repId);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Call reviews</h1>
          <p className="screen-summary">
            Annotate recorded calls against your behaviours, score them, and see how the talk went.
          </p>
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => navigate(importHref)}>
            Import a call
          </button>
        </div>
      </header>
      <search className="toolbar" aria-label="Filter call reviews">
        <select aria-label="Rep" value={repId ?? ''} onChange={(e) => setRepId(e.target.value || null)}>
          <option value="">All reps</option>
          {reps.data?.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {reviews.data && reviews.data.length > 0 ? (
          <span className="muted toolbar-summary">{plural(reviews.data.length, 'call')}</span>
        ) : null}
      </search>
      {reviews.isPending ? (
        <p className="muted" aria-busy="true">
          Loading call reviews…
        </p>
      ) : reviews.isError ? (
        <p className="form-error" role="alert">
          Could not load call reviews: {errorMessage(reviews.error)}
        </p>
      ) : reviews.data.length === 0 ? (
        <div className="empty-state">
          <p>
            {repId
              ? `No calls reviewed for ${repName ?? 'this rep'} yet.`
              : 'No calls reviewed yet. Import a transcript from Zoom, Teams or Meet (.vtt, .srt, .docx or text) to annotate it, score it and see the talk metrics.'}
          </p>
          <button type="button" className="button button-primary" onClick={() => navigate(importHref)}>
            Import a call
          </button>
        </div>
      ) : (
        <CallReviewTable reviews={reviews.data} label="Call reviews" />
      )}
    </section>
  );
}
