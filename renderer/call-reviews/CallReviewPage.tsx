import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { CallReview, Moment, Observation } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { LEVEL_NAMES } from '../../shared/contract';
import { useIsRep } from '../workspace/use-workspace';
import { SHORTCUTS, shortcutLabel, useShortcut } from '../app/shortcuts';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDate } from '../ui/format';
import { AnnotationForm, type AnnotationDraft, EMPTY_ANNOTATION } from './AnnotationForm';
import { AnnotationsPanel } from './AnnotationsPanel';
import { EditDetailsForm } from './EditDetailsForm';
import { formatDuration, plural, SIDE_LABELS } from './format';
import { type TextAnchor, transcriptAnchorOf } from './highlights';
import { LinkRecordingButton, MediaBar, useLinkedMedia } from './MediaBar';
import { MetricsPanel } from './MetricsPanel';
import { anchorOfMoment, MomentsPanel } from './MomentsPanel';
import { ScorecardPanel } from './ScorecardPanel';
import { quoteOf } from './selection';
import { type ScrollRequest, TranscriptView } from './TranscriptView';
import { callReviewKey, useCallReview, useRefetchOnObservations } from './use-call-reviews';

/** /calls/:id */
export function CallReviewPage({ id }: { id: string }) {
  const review = useCallReview(id);
  useRefetchOnObservations(review.data);
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

type Tab = 'annotations' | 'moments' | 'scorecard' | 'metrics';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'annotations', label: 'Annotations' },
  { tab: 'moments', label: 'Moments' },
  { tab: 'scorecard', label: 'Scorecard' },
  { tab: 'metrics', label: 'Metrics' },
];

/** The last line starting at or before `ms`: lines are in time order wherever they have times. */
function lineAt(starts: { index: number; ms: number }[], ms: number): number | null {
  let low = 0;
  let high = starts.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]!.ms <= ms) {
      found = starts[mid]!.index;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function CallReviewScreen({ review }: { review: CallReview }) {
  // The rep reads the review: what was shared with them, without the reviewer's tools.
  const isRep = useIsRep(review.repId);
  const api = useApi();
  const queryClient = useQueryClient();
  const tabsId = useId();
  const [tab, setTab] = useState<Tab>('annotations');
  const [selection, setSelection] = useState<TextAnchor | null>(null);
  const [annotating, setAnnotating] = useState<{ anchor: TextAnchor; quote: string } | null>(null);
  const [editing, setEditing] = useState<Observation | null>(null);
  const [deleting, setDeleting] = useState<Observation | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [editingDetails, setEditingDetails] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(null);
  const [currentSegment, setCurrentSegment] = useState<number | null>(null);
  const [follow, setFollow] = useState(true);
  const { media, link } = useLinkedMedia();
  const mediaRef = useRef<HTMLMediaElement | null>(null);
  const segments = review.segments;

  const starts = useMemo(
    () =>
      segments
        .filter((s) => s.startMs !== null)
        .map((s) => ({ index: s.index, ms: s.startMs! }))
        .sort((a, b) => a.ms - b.ms),
    [segments],
  );
  const patchReview = useCallback(
    (change: (r: CallReview) => CallReview) => {
      queryClient.setQueryData<CallReview>(callReviewKey(review.id), (r) => (r ? change(r) : r));
      void queryClient.invalidateQueries({ queryKey: ['callReviews', 'list'] });
    },
    [queryClient, review.id],
  );

  const seek = (ms: number | null) => {
    const element = mediaRef.current;
    if (element && ms !== null) element.currentTime = ms / 1000;
  };
  const jumpTo = (segment: number) => {
    setScrollRequest((r) => ({ segment, seq: (r?.seq ?? 0) + 1 }));
    seek(segments[segment]?.startMs ?? null);
  };
  const onSelection = useCallback(
    (anchor: TextAnchor | null) =>
      setSelection((current) =>
        current &&
        anchor &&
        current.startSegment === anchor.startSegment &&
        current.startOffset === anchor.startOffset &&
        current.endSegment === anchor.endSegment &&
        current.endOffset === anchor.endOffset
          ? current
          : anchor,
      ),
    [],
  );
  const openAnnotate = useCallback(
    (anchor: TextAnchor) => setAnnotating({ anchor, quote: quoteOf((i) => segments[i]?.text ?? '', anchor) }),
    [segments],
  );
  const onLineClick = useCallback(
    (segment: number) => {
      const ms = review.segments[segment]?.startMs ?? null;
      const element = mediaRef.current;
      if (element && ms !== null) element.currentTime = ms / 1000;
    },
    [review.segments],
  );
  const onMarkerClick = useCallback((annotationId: string) => {
    setActiveId(annotationId);
    setTab('annotations');
  }, []);
  const readSelection = useRef<(() => TextAnchor | null) | null>(null);
  useShortcut(SHORTCUTS.tagBehaviour, () => {
    const anchor = readSelection.current?.() ?? selection;
    if (anchor && !annotating) openAnnotate(anchor);
  });

  async function annotate(anchor: TextAnchor, draft: AnnotationDraft & { behaviourId: string }) {
    const observation = await api.callReviews.annotate({
      callReviewId: review.id,
      anchor,
      annotationType: draft.annotationType,
      behaviourId: draft.behaviourId,
      level: draft.rating.level,
      verdict: draft.rating.verdict,
      comment: draft.comment,
      visibility: draft.visibility,
    });
    patchReview((r) => ({
      ...r,
      annotationCount: r.annotationCount + 1,
      annotations: [...r.annotations, observation].sort(
        (a, b) => (transcriptAnchorOf(a)?.startSegment ?? 0) - (transcriptAnchorOf(b)?.startSegment ?? 0),
      ),
    }));
    document.getSelection()?.removeAllRanges();
    setAnnotating(null);
    setActiveId(observation.id);
    setTab('annotations');
  }

  async function saveEdit(annotation: Observation, draft: AnnotationDraft & { behaviourId: string }) {
    const updated = await api.observations.update({
      id: annotation.id,
      revision: annotation.revision,
      behaviourId: draft.behaviourId,
      observedOn: annotation.observedOn,
      level: draft.rating.level,
      verdict: draft.rating.verdict,
      comment: draft.comment,
      visibility: draft.visibility,
      annotationType: draft.annotationType,
    });
    patchReview((r) => ({
      ...r,
      annotations: r.annotations.map((a) => (a.id === updated.id ? updated : a)),
    }));
    setEditing(null);
  }

  async function confirmDelete(annotation: Observation) {
    try {
      await api.observations.delete({ id: annotation.id });
      patchReview((r) => ({
        ...r,
        annotationCount: Math.max(0, r.annotationCount - 1),
        annotations: r.annotations.filter((a) => a.id !== annotation.id),
      }));
      setDeleting(null);
      if (activeId === annotation.id) setActiveId(null);
    } catch (error) {
      setDeleteError(errorMessage(error));
    }
  }

  const jumpToAnnotation = (a: Observation) => {
    setActiveId(a.id);
    const anchor = transcriptAnchorOf(a);
    if (anchor) jumpTo(anchor.startSegment);
  };
  const annotateMoment = (m: Moment) => {
    const anchor = anchorOfMoment(m, segments);
    if (!anchor) return;
    jumpTo(m.segmentIndex);
    openAnnotate(anchor);
  };
  const evidenceCount = (behaviourId: string) =>
    review.annotations.filter((a) => a.behaviourId === behaviourId).length;

  function onTabKey(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.tab === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length]!;
    setTab(next.tab);
    document.getElementById(`${tabsId}-${next.tab}`)?.focus();
  }

  const annotateShortcut = shortcutLabel(SHORTCUTS.tagBehaviour);
  return (
    <section className="call-review" aria-labelledby="screen-title">
      <Link href="/calls" className="back-link">
        ← Call reviews
      </Link>
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
            <span className="muted">{plural(segments.length, 'line')}</span>
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
            <LinkRecordingButton expectedName={review.mediaFileName} linked={media !== null} onFile={link} />
          ) : null}
          <button type="button" className="button" onClick={() => setEditingDetails(true)}>
            Edit details
          </button>
        </div>
      </header>

      {media ? (
        <MediaBar
          media={media}
          expectedName={review.mediaFileName}
          mediaRef={mediaRef}
          follow={follow}
          onFollowChange={setFollow}
          onTime={(ms) => {
            const line = lineAt(starts, ms);
            setCurrentSegment((current) => (current === line ? current : line));
          }}
        />
      ) : null}

      <div className="call-review-body">
        <div className="transcript-pane">
          <div className="transcript-toolbar">
            <h2 id="transcript-title">Transcript</h2>
            <p className="muted transcript-hint">
              Select words, within a line or across lines, to annotate them
              {media ? '; click a line to play from there' : ''}.
            </p>
            <button
              type="button"
              className="button button-small"
              disabled={!selection}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => selection && openAnnotate(selection)}
              aria-keyshortcuts={SHORTCUTS.tagBehaviour.replace('Mod', 'Control')}
            >
              Annotate selection <kbd>{annotateShortcut}</kbd>
            </button>
          </div>
          <TranscriptView
            labelledBy="transcript-title"
            review={review}
            currentSegment={media ? currentSegment : null}
            follow={follow}
            activeAnnotationId={activeId}
            scrollRequest={scrollRequest}
            selection={selection}
            onSelection={onSelection}
            onAnnotate={openAnnotate}
            onLineClick={onLineClick}
            onMarkerClick={onMarkerClick}
            readSelection={readSelection}
          />
        </div>

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
                onClick={() => setTab(t.tab)}
              >
                {t.label}
                {t.tab === 'annotations' ? (
                  <span className="tab-count">{review.annotations.length}</span>
                ) : null}
                {t.tab === 'moments' ? <span className="tab-count">{review.moments.length}</span> : null}
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
                  activeId={activeId}
                  onJump={jumpToAnnotation}
                  {...(isRep
                    ? {}
                    : {
                        onEdit: setEditing,
                        onDelete: (a: Observation) => {
                          setDeleteError(null);
                          setDeleting(a);
                        },
                      })}
                />
              ) : null}
              {t.tab === 'moments' && tab === 'moments' ? (
                <MomentsPanel
                  moments={review.moments}
                  onJump={(m) => jumpTo(m.segmentIndex)}
                  onAnnotate={annotateMoment}
                />
              ) : null}
              {/* Always mounted: an unsaved scorecard survives a look at the other tabs. */}
              {t.tab === 'scorecard' ? (
                isRep ? (
                  <SharedScorecard review={review} />
                ) : (
                  <ScorecardPanel review={review} evidenceCount={evidenceCount} />
                )
              ) : null}
              {t.tab === 'metrics' && tab === 'metrics' ? (
                <MetricsPanel metrics={review.metrics} onJump={jumpTo} />
              ) : null}
            </div>
          ))}
        </aside>
      </div>

      <Dialog title="Annotate the passage" open={annotating !== null} onClose={() => setAnnotating(null)}>
        {annotating ? (
          <AnnotationForm
            initial={EMPTY_ANNOTATION}
            quote={annotating.quote}
            submitLabel="Save annotation"
            onSubmit={(draft) => annotate(annotating.anchor, draft)}
            onCancel={() => setAnnotating(null)}
          />
        ) : null}
      </Dialog>
      <Dialog title="Edit the annotation" open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <AnnotationForm
            initial={{
              annotationType: editing.annotationType ?? 'strength',
              behaviourId: editing.behaviourId,
              rating: { level: editing.level, verdict: editing.verdict },
              comment: editing.comment ?? '',
              visibility: editing.visibility,
            }}
            quote={editing.evidence ?? ''}
            submitLabel="Save changes"
            onSubmit={(draft) => saveEdit(editing, draft)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
      <Dialog title="Delete this annotation?" open={deleting !== null} onClose={() => setDeleting(null)}>
        {deleting ? (
          <>
            <p>
              The annotation on “{deleting.behaviourName}” goes, and with it the observation it recorded for{' '}
              {review.repName}. The transcript stays as it is.
            </p>
            {deleteError ? (
              <p className="form-error" role="alert">
                {deleteError}
              </p>
            ) : null}
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-danger"
                onClick={() => void confirmDelete(deleting)}
              >
                Delete annotation
              </button>
            </div>
          </>
        ) : null}
      </Dialog>
      <Dialog title="Edit call details" open={editingDetails} onClose={() => setEditingDetails(false)}>
        {editingDetails ? <EditDetailsForm review={review} onDone={() => setEditingDetails(false)} /> : null}
      </Dialog>
    </section>
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
