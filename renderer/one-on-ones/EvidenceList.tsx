import { useState } from 'react';
import { Link } from 'wouter';
import type { Observation } from '../../shared/contract';
import { ratingLabel, ratingTone, SOURCE_LABELS } from '../observations/format';
import { formatDate } from '../ui/format';

function sourceLink(o: Observation): string | null {
  if (o.sourceKind === 'note' && o.sourceId) return `/team/${o.repId}/notes/${o.sourceId}`;
  if (o.sourceKind === 'one-on-one' && o.sourceId) return `/one-to-ones/${o.sourceId}`;
  if (o.sourceKind === 'call-review' && o.sourceId) return `/calls/${o.sourceId}`;
  if (o.sourceKind === 'role-play' && o.sourceId) return `/role-plays/progress/${o.repId}`;
  if (o.sourceKind === 'proposal' && o.sourceId) return `/proposals/${o.sourceId}`;
  return null;
}

/** Observations as evidence: when, how it was rated, the words quoted, and where it came from. */
export function EvidenceList({
  observations,
  label,
  limit = 4,
  interactive = true,
}: {
  observations: Observation[];
  label: string;
  /** Shown before "Show n more"; the rest stay one click away. */
  limit?: number;
  /** False in print views: everything shown, no buttons. */
  interactive?: boolean;
}) {
  const [all, setAll] = useState(false);
  const shown = all || !interactive ? observations : observations.slice(0, limit);
  const hidden = observations.length - shown.length;
  return (
    <>
      <ol className="evidence-list" aria-label={label}>
        {shown.map((o) => {
          const link = sourceLink(o);
          const source = o.sourceTitle ?? SOURCE_LABELS[o.sourceKind];
          return (
            <li key={o.id} className="evidence-item">
              <div className="evidence-meta">
                <time dateTime={o.observedOn}>{formatDate(o.observedOn)}</time>
                <span className={`rating rating-${ratingTone(o)}`}>{ratingLabel(o)}</span>
                <span className="evidence-source">
                  {link && interactive ? <Link href={link}>{source}</Link> : source}
                </span>
                {o.visibility === 'private' ? <span className="badge badge-muted">Private</span> : null}
              </div>
              {o.evidence ? <blockquote className="evidence-quote">{o.evidence}</blockquote> : null}
              {o.comment ? <p className="evidence-comment">{o.comment}</p> : null}
            </li>
          );
        })}
      </ol>
      {hidden > 0 ? (
        <button type="button" className="button button-quiet button-small" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      ) : null}
    </>
  );
}
