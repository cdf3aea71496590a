import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import type { DealReview, OneOnOne } from '../../shared/contract';
import { closeDateMovesLabel } from '../../shared/domain/deal-flags';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import { dealHref, FLAG_LABELS, FORECAST_LABELS, formatMoney } from './format';

/**
 * Deal review inside a one-to-one: pick the rep's deals (flagged ones first, with their reasons), and
 * for each record the agreed next step (it becomes the deal's) and commitments (they come back in the
 * next prep brief). The deal page holds the card; behaviour findings are recorded from the review's API.
 */
export function DealReviewSection({ meeting }: { meeting: OneOnOne }) {
  const api = useApi();
  const reviews = useApiQuery('dealReviews.list', { oneOnOneId: meeting.id });
  const deals = useApiQuery('deals.list', { repId: meeting.repId });
  const [picked, setPicked] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => api.dealReviews.add({ oneOnOneId: meeting.id, dealId: picked }),
    onSuccess: () => {
      setPicked('');
      setError(null);
    },
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  const reviewed = new Set(reviews.data?.map((r) => r.deal.id));
  const candidates = (deals.data ?? [])
    .filter((d) => !reviewed.has(d.id))
    .sort((a, b) => b.flags.length - a.flags.length);
  return (
    <section className="meeting-section" aria-labelledby="deal-review-title">
      <header className="meeting-section-header">
        <h2 id="deal-review-title">Deal review</h2>
      </header>
      {reviews.isPending ? (
        <p className="muted" aria-busy="true">
          Loading deal reviews…
        </p>
      ) : reviews.isError ? (
        <p className="form-error" role="alert">
          Could not load deal reviews: {errorMessage(reviews.error)}
        </p>
      ) : (
        <>
          {reviews.data.length === 0 ? (
            <p className="muted">No deal reviewed in this one-to-one yet.</p>
          ) : null}
          <ul className="deal-review-list">
            {reviews.data.map((r) => (
              <ReviewedDeal key={r.id} review={r} />
            ))}
          </ul>
          {candidates.length > 0 ? (
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (picked) add.mutate();
              }}
            >
              <label htmlFor="deal-review-pick">Review a deal</label>
              <select id="deal-review-pick" value={picked} onChange={(e) => setPicked(e.target.value)}>
                <option value="">Choose a deal…</option>
                {candidates.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.account} — {d.name}
                    {d.flags.length > 0 ? ` (${d.flags.map((f) => FLAG_LABELS[f.kind]).join(', ')})` : ''}
                  </option>
                ))}
              </select>
              <button type="submit" className="button" disabled={!picked || add.isPending}>
                Add to the review
              </button>
            </form>
          ) : null}
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function ReviewedDeal({ review }: { review: DealReview }) {
  const api = useApi();
  const { deal } = review;
  const [nextStep, setNextStep] = useState(review.agreedNextStep ?? '');
  const [nextStepOn, setNextStepOn] = useState('');
  const [commitment, setCommitment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));
  const save = useMutation({
    mutationFn: () =>
      api.dealReviews.save({
        id: review.id,
        revision: review.revision,
        agreedNextStep: nextStep,
        nextStepOn: nextStepOn || null,
        summary: review.summary,
      }),
    onSuccess: () => setError(null),
    onError,
  });
  const commit = useMutation({
    mutationFn: () => api.dealReviews.commit({ id: review.id, text: commitment }),
    onSuccess: () => {
      setCommitment('');
      setError(null);
    },
    onError,
  });
  const label = `${deal.account} — ${deal.name}`;
  return (
    <li className="deal-card" aria-label={label}>
      <Link href={dealHref(deal.id)} className="row-link">
        {label}
      </Link>
      <p className="muted">
        {formatMoney(deal.valueMinor, deal.currency)} · {deal.stageName} ·{' '}
        {FORECAST_LABELS[deal.forecastCategory]}
        {deal.closeDateMoves > 0 ? ` · ${closeDateMovesLabel(deal.closeDateMoves)}` : ''}
      </p>
      {deal.flags.length > 0 ? (
        <ul className="deal-flag-list">
          {deal.flags.map((f) => (
            <li key={f.kind}>
              <strong>{FLAG_LABELS[f.kind]}.</strong> {f.reason}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <label htmlFor={`${review.id}-next`}>Agreed next step</label>
        <input id={`${review.id}-next`} value={nextStep} onChange={(e) => setNextStep(e.target.value)} />
        <label htmlFor={`${review.id}-next-on`}>by</label>
        <input
          id={`${review.id}-next-on`}
          type="date"
          value={nextStepOn}
          onChange={(e) => setNextStepOn(e.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          Record
        </button>
      </form>
      {review.commitments.length > 0 ? (
        <ul aria-label={`Commitments on ${label}`}>
          {review.commitments.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ul>
      ) : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (commitment.trim()) commit.mutate();
        }}
      >
        <label htmlFor={`${review.id}-commit`}>Commitment</label>
        <input
          id={`${review.id}-commit`}
          value={commitment}
          onChange={(e) => setCommitment(e.target.value)}
        />
        <button type="submit" className="button" disabled={commit.isPending || !commitment.trim()}>
          Add commitment
        </button>
      </form>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
