import { Link } from 'wouter';
import type { CallReview } from '../../shared/contract';
import { formatDate } from '../ui/format';
import { formatDuration, plural, SIDE_LABELS } from './format';
import { LinkRecordingButton } from './MediaBar';

/** The call's facts and participants, with linking the recording and editing the details. */
export function CallHeader({
  review,
  mediaLinked,
  onLinkMedia,
  onEditDetails,
}: {
  review: CallReview;
  mediaLinked: boolean;
  onLinkMedia(file: File): void;
  onEditDetails(): void;
}) {
  return (
    <header className="screen-header call-header">
      <div>
        <h1 id="screen-title">
          {review.account}
          {review.deal ? <span className="call-deal"> · {review.deal}</span> : null}
        </h1>
        <p className="call-facts">
          <Link href={`/team/${review.repId}/calls`}>{review.repName}</Link>
          <span>{formatDate(review.date)}</span>
          <span className="badge">{review.callTypeName}</span>
          <span>{review.durationMs === null ? 'No time stamps' : formatDuration(review.durationMs)}</span>
          <span className="muted">{plural(review.segments.length, 'line')}</span>
        </p>
        <ul className="participant-legend" aria-label="Participants">
          {review.participants.map((p) => (
            <li key={p.id} className={`participant-chip side-${p.side}`}>
              {p.name}
              <span className="muted">{` · ${SIDE_LABELS[p.side]}${p.title ? `, ${p.title}` : ''}`}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="actions call-actions">
        {review.mediaFileName ? (
          <LinkRecordingButton
            expectedName={review.mediaFileName}
            linked={mediaLinked}
            onFile={onLinkMedia}
          />
        ) : null}
        <button type="button" className="button" onClick={onEditDetails}>
          Edit details
        </button>
      </div>
    </header>
  );
}
