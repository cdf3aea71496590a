import { useState } from 'react';
import { useLocation } from 'wouter';
import { errorMessage } from '../ui/format';
import { CallReviewTable } from './CallReviewTable';
import { plural } from './format';
import { CALLS_PAGE, importCallHref, useCallReviewsPage, useReps } from './use-call-reviews';

/** /calls: call reviews, newest first, filtered by rep, a page at a time. */
export function CallReviewsScreen() {
  const [, navigate] = useLocation();
  const [repId, setRepId] = useState<string | null>(null);
  const [shown, setShown] = useState(CALLS_PAGE);
  const reps = useReps();
  const { query: reviews, reviews: page, hasMore } = useCallReviewsPage(repId, shown);
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
        <select
          aria-label="Rep"
          value={repId ?? ''}
          onChange={(e) => {
            setRepId(e.target.value || null);
            setShown(CALLS_PAGE);
          }}
        >
          <option value="">All reps</option>
          {reps.data?.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {page && page.length > 0 ? (
          <span className="muted toolbar-summary">
            {hasMore ? `Newest ${page.length} calls` : plural(page.length, 'call')}
          </span>
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
      ) : !page || page.length === 0 ? (
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
        <>
          <CallReviewTable reviews={page} label="Call reviews" />
          {hasMore ? (
            <p className="actions">
              <button
                type="button"
                className="button"
                disabled={reviews.isPlaceholderData}
                onClick={() => setShown((n) => n + CALLS_PAGE)}
              >
                {reviews.isPlaceholderData ? 'Loading more calls…' : 'Show more calls'}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
