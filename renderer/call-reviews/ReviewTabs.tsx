import { type KeyboardEvent, useId } from 'react';
import { type CallReview, LEVEL_NAMES, type Moment, type Observation } from '../../shared/contract';
import { AnnotationsPanel } from './AnnotationsPanel';
import { MetricsPanel } from './MetricsPanel';
import { MomentsPanel } from './MomentsPanel';
import { ScorecardPanel } from './ScorecardPanel';

export type Tab = 'annotations' | 'moments' | 'scorecard' | 'metrics';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'annotations', label: 'Annotations' },
  { tab: 'moments', label: 'Moments' },
  { tab: 'scorecard', label: 'Scorecard' },
  { tab: 'metrics', label: 'Metrics' },
];

/** The review tools beside the transcript, as tabs (arrow keys move between them). */
export function ReviewTabs({
  review,
  readOnly,
  tab,
  onTab,
  activeAnnotationId,
  onJump,
  onJumpToAnnotation,
  onEditAnnotation,
  onDeleteAnnotation,
  onAnnotateMoment,
}: {
  review: CallReview;
  /** The rep reading their own review: what was shared with them, without the reviewer's tools. */
  readOnly: boolean;
  tab: Tab;
  onTab(tab: Tab): void;
  activeAnnotationId: string | null;
  /** Brings a transcript line into view (and plays from it). */
  onJump(segment: number): void;
  onJumpToAnnotation(annotation: Observation): void;
  onEditAnnotation(annotation: Observation): void;
  onDeleteAnnotation(annotation: Observation): void;
  onAnnotateMoment(moment: Moment): void;
}) {
  const tabsId = useId();
  const evidenceCount = (behaviourId: string) =>
    review.annotations.filter((a) => a.behaviourId === behaviourId).length;

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.tab === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    onTab(next.tab);
    document.getElementById(`${tabsId}-${next.tab}`)?.focus();
  }

  return (
    <aside className="review-side" aria-label="Review tools">
      <div className="side-tabs" role="tablist" aria-label="Review tools" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t.tab}
            id={`${tabsId}-${t.tab}`}
            type="button"
            role="tab"
            className="side-tab"
            aria-selected={tab === t.tab}
            aria-controls={`${tabsId}-panel-${t.tab}`}
            tabIndex={tab === t.tab ? 0 : -1}
            onClick={() => onTab(t.tab)}
          >
            {t.label}
            {t.tab === 'annotations' ? <span className="tab-count">{review.annotations.length}</span> : null}
            {t.tab === 'moments' ? (
              <span className="tab-count">{review.moments.filter((m) => !m.dismissed).length}</span>
            ) : null}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.tab}
          id={`${tabsId}-panel-${t.tab}`}
          role="tabpanel"
          className="side-panel"
          aria-labelledby={`${tabsId}-${t.tab}`}
          hidden={tab !== t.tab}
        >
          {t.tab === 'annotations' && tab === 'annotations' ? (
            <AnnotationsPanel
              annotations={review.annotations}
              activeId={activeAnnotationId}
              onJump={onJumpToAnnotation}
              {...(readOnly ? {} : { onEdit: onEditAnnotation, onDelete: onDeleteAnnotation })}
            />
          ) : null}
          {t.tab === 'moments' && tab === 'moments' ? (
            <MomentsPanel
              callReviewId={review.id}
              moments={review.moments}
              onJump={(m) => onJump(m.segmentIndex)}
              onAnnotate={onAnnotateMoment}
              readOnly={readOnly}
            />
          ) : null}
          {/* Always mounted: an unsaved scorecard survives a look at the other tabs. */}
          {t.tab === 'scorecard' && readOnly ? <SharedScorecard review={review} /> : null}
          {t.tab === 'scorecard' && !readOnly ? (
            <ScorecardPanel
              review={review}
              evidenceCount={evidenceCount}
              onJumpToAnnotation={(annotationId) => {
                const annotation = review.annotations.find((a) => a.id === annotationId);
                if (annotation) onJumpToAnnotation(annotation);
              }}
            />
          ) : null}
          {t.tab === 'metrics' && tab === 'metrics' ? (
            <MetricsPanel metrics={review.metrics} onJump={onJump} />
          ) : null}
        </div>
      ))}
    </aside>
  );
}

/** The scorecard as the rep sees it: the submitted lines shared with them, read-only. */
function SharedScorecard({ review }: { review: CallReview }) {
  const lines = review.scorecard.submittedAt ? review.scorecard.lines.filter((l) => l.level !== null) : [];
  if (lines.length === 0)
    return <p className="muted">No scorecard lines have been shared with you for this call.</p>;
  return (
    <ul className="shared-scorecard" aria-label="Scorecard shared with you">
      {lines.map((l) => (
        <li key={l.behaviourId}>
          <strong>{l.behaviourName}</strong>{' '}
          <span className="muted">
            {l.level} · {LEVEL_NAMES[l.level! - 1]}
          </span>
          {l.comment ? <p>{l.comment}</p> : null}
        </li>
      ))}
    </ul>
  );
}
