import { useLocation } from 'wouter';
import { errorMessage } from '../ui/format';
import { CallReviewTable } from './CallReviewTable';
import { importCallHref, useCallReviews } from './use-call-reviews';

/** The "Calls" tab of a rep's page: their call reviews, and importing another. */
export function RepCallReviews({
  repId,
  repName,
  archived,
}: {
  repId: string;
  repName: string;
  archived: boolean;
}) {
  const [, navigate] = useLocation();
  const reviews = useCallReviews(repId);
  const importButton = archived ? null : (
    <button type="button" className="button button-primary" onClick={() => navigate(importCallHref(repId))}>
      Import a call
    </button>
  );
  return (
    <section aria-labelledby="rep-calls-title">
      <div className="section-header">
        <h2 id="rep-calls-title">Call reviews</h2>
        {importButton}
      </div>
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
            No calls reviewed for {repName} yet.
            {archived ? '' : ' Import a transcript to annotate the call and score it.'}
          </p>
          {importButton}
        </div>
      ) : (
        <CallReviewTable reviews={reviews.data} showRep={false} label={`Call reviews for ${repName}`} />
      )}
    </section>
  );
}
