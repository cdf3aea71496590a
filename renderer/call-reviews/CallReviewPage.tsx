import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearch } from 'wouter';
import type { CallReview, Moment, Observation } from '../../shared/contract';
import { useIsRep } from '../workspace/use-workspace';
import { SHORTCUTS, shortcutLabel, useShortcut } from '../app/shortcuts';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { AnnotationDialogs } from './AnnotationDialogs';
import { CallHeader } from './CallHeader';
import { EditDetailsForm } from './EditDetailsForm';
import { type TextAnchor, transcriptAnchorOf } from './highlights';
import { LineSelectionBar } from './LineSelectionBar';
import { MediaBar } from './MediaBar';
import { anchorOfMoment } from './MomentsPanel';
import { ReviewTabs, type Tab } from './ReviewTabs';
import { LINE_SELECT_ATTRIBUTE } from './TranscriptLine';
import { type ScrollRequest, TranscriptView } from './TranscriptView';
import { useAnnotationActions } from './use-annotation-actions';
import { useCallReview } from './use-call-reviews';
import { useLineSelection } from './use-line-selection';
import { useMediaFollow } from './use-media-follow';

/** /calls/:id */
export function CallReviewPage({ id }: { id: string }) {
  const review = useCallReview(id);
  if (review.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Loading the call…
      </p>
    );
  }
  if (review.isError) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <Link href="/calls" className="back-link">
          ← Call reviews
        </Link>
        <h1 id="screen-title">Call review not found</h1>
        <p role="alert">{errorMessage(review.error)}</p>
      </section>
    );
  }
  return <CallReviewScreen review={review.data} />;
}

const sameAnchor = (a: TextAnchor, b: TextAnchor) =>
  a.startSegment === b.startSegment &&
  a.startOffset === b.startOffset &&
  a.endSegment === b.endSegment &&
  a.endOffset === b.endOffset;

/** The review: header, recording, transcript, and the tools beside it. Each part's logic is its own module. */
function CallReviewScreen({ review }: { review: CallReview }) {
  // The rep reads the review: what was shared with them, without the reviewer's tools.
  const isRep = useIsRep(review.repId);
  const [tab, setTab] = useState<Tab>('annotations');
  const [selection, setSelection] = useState<TextAnchor | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const segments = review.segments;
  const media = useMediaFollow(segments);
  const lines = useLineSelection(segments.length);
  const actions = useAnnotationActions(review, {
    annotated: (annotationId) => {
      setActiveId(annotationId);
      setTab('annotations');
    },
    deleted: (annotationId) => setActiveId((current) => (current === annotationId ? null : current)),
  });

  const jumpTo = (segment: number) => {
    setScrollRequest((r) => ({ segment, seq: (r?.seq ?? 0) + 1 }));
    media.seekToLine(segment);
  };
  // `?annotation=<id>` (from a progress chart's point): open on that moment, with its annotation active.
  const linkParams = new URLSearchParams(useSearch());
  const linkedAnnotation = linkParams.get('annotation');
  // `?line=<index>` (from a search result): open on that transcript line, the recording seeked to it.
  const linkedLine = linkParams.get('line');
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the link changes, not on every edit.
  useEffect(() => {
    const line = linkedLine === null ? Number.NaN : Number(linkedLine);
    if (Number.isInteger(line) && line >= 0 && line < segments.length) jumpTo(line);
  }, [linkedLine]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the link changes, not on every edit.
  useEffect(() => {
    const annotation = review.annotations.find((a) => a.id === linkedAnnotation);
    const anchor = annotation ? transcriptAnchorOf(annotation) : null;
    if (!annotation || !anchor) return;
    setActiveId(annotation.id);
    setTab('annotations');
    setScrollRequest((r) => ({ segment: anchor.startSegment, seq: (r?.seq ?? 0) + 1 }));
  }, [linkedAnnotation]);
  const onSelection = useCallback(
    (anchor: TextAnchor | null) =>
      setSelection((current) => (current && anchor && sameAnchor(current, anchor) ? current : anchor)),
    [],
  );
  const onMarkerClick = useCallback((annotationId: string) => {
    setActiveId(annotationId);
    setTab('annotations');
  }, []);
  const readSelection = useRef<(() => TextAnchor | null) | null>(null);
  useShortcut(SHORTCUTS.tagBehaviour, () => {
    const anchor = readSelection.current?.() ?? selection;
    if (anchor && !actions.annotating) actions.startAnnotating(anchor);
  });

  const jumpToAnnotation = (a: Observation) => {
    setActiveId(a.id);
    const anchor = transcriptAnchorOf(a);
    if (anchor) jumpTo(anchor.startSegment);
  };
  const annotateMoment = (m: Moment) => {
    const anchor = anchorOfMoment(m, segments);
    if (!anchor) return;
    jumpTo(m.segmentIndex);
    actions.startAnnotating(anchor);
  };

  return (
    <section className="call-review" aria-labelledby="screen-title">
      <Link href="/calls" className="back-link">
        ← Call reviews
      </Link>
      <CallHeader
        review={review}
        mediaLinked={media.media !== null}
        onLinkMedia={media.link}
        onEditDetails={() => setEditingDetails(true)}
      />

      {media.media ? (
        <MediaBar
          media={media.media}
          expectedName={review.mediaFileName}
          mediaRef={media.mediaRef}
          follow={media.follow}
          onFollowChange={media.setFollow}
          onTime={media.onTime}
        />
      ) : null}

      <div className="call-review-body">
        <div className="transcript-pane">
          <div className="transcript-toolbar">
            <h2 id="transcript-title">Transcript</h2>
            <p className="muted transcript-hint">
              Select words, within a line or across lines, to annotate them
              {media.media ? '; click a line to play from there' : ''}.
            </p>
            <button
              type="button"
              className="button button-small"
              disabled={!selection}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => selection && actions.startAnnotating(selection)}
              aria-keyshortcuts={SHORTCUTS.tagBehaviour.replace('Mod', 'Control')}
            >
              Annotate selection <kbd>{shortcutLabel(SHORTCUTS.tagBehaviour)}</kbd>
            </button>
          </div>
          <LineSelectionBar
            review={review}
            range={lines.range}
            onClear={lines.clear}
            onAssigned={(assigned) =>
              document.querySelector<HTMLElement>(`[${LINE_SELECT_ATTRIBUTE}="${assigned.from}"]`)?.focus()
            }
          />
          <TranscriptView
            labelledBy="transcript-title"
            review={review}
            currentSegment={media.currentSegment}
            follow={media.follow}
            activeAnnotationId={activeId}
            scrollRequest={scrollRequest}
            selection={selection}
            onSelection={onSelection}
            onAnnotate={actions.startAnnotating}
            onLineClick={media.seekToLine}
            onMarkerClick={onMarkerClick}
            readSelection={readSelection}
            lineSelection={lines.range}
            onSelectLine={lines.select}
            onClearLines={lines.clear}
          />
        </div>

        <ReviewTabs
          review={review}
          readOnly={isRep}
          tab={tab}
          onTab={setTab}
          activeAnnotationId={activeId}
          onJump={jumpTo}
          onJumpToAnnotation={jumpToAnnotation}
          onEditAnnotation={actions.startEditing}
          onDeleteAnnotation={actions.startDeleting}
          onAnnotateMoment={annotateMoment}
        />
      </div>

      <AnnotationDialogs actions={actions} repName={review.repName} />
      <Dialog title="Edit call details" open={editingDetails} onClose={() => setEditingDetails(false)}>
        {editingDetails ? <EditDetailsForm review={review} onDone={() => setEditingDetails(false)} /> : null}
      </Dialog>
    </section>
  );
}
