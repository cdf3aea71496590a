import { useCallback, useState } from 'react';
import type { CallReview, Observation } from '../../shared/contract';
import { useApiCache } from '../api/queries';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import type { AnnotationDraft } from './AnnotationForm';
import { type TextAnchor, transcriptAnchorOf } from './highlights';
import { quoteOf } from './selection';

type Draft = AnnotationDraft & { behaviourId: string };

const byPlace = (a: Observation, b: Observation) =>
  (transcriptAnchorOf(a)?.startSegment ?? 0) - (transcriptAnchorOf(b)?.startSegment ?? 0);

/**
 * Annotating a call: the passage being annotated, the annotation being edited or deleted, and the calls
 * that do it. Each answer goes straight into the cached review (`callReviews.changed` then refreshes
 * what depends on it: counts in the lists, the scorecard's evidence, the prep brief).
 */
export function useAnnotationActions(
  review: CallReview,
  on: { annotated(annotationId: string): void; deleted(annotationId: string): void },
) {
  const api = useApi();
  const cache = useApiCache();
  const [annotating, setAnnotating] = useState<{ anchor: TextAnchor; quote: string } | null>(null);
  const [editing, setEditing] = useState<Observation | null>(null);
  const [deleting, setDeleting] = useState<Observation | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const patch = useCallback(
    (change: (r: CallReview) => CallReview) =>
      cache.set('callReviews.get', { id: review.id }, (r) => (r ? change(r) : r)),
    [cache, review.id],
  );

  const segments = review.segments;
  const startAnnotating = useCallback(
    (anchor: TextAnchor) => setAnnotating({ anchor, quote: quoteOf((i) => segments[i]?.text ?? '', anchor) }),
    [segments],
  );

  async function annotate(anchor: TextAnchor, draft: Draft) {
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
    patch((r) => ({
      ...r,
      annotationCount: r.annotationCount + 1,
      annotations: [...r.annotations, observation].sort(byPlace),
    }));
    document.getSelection()?.removeAllRanges();
    setAnnotating(null);
    on.annotated(observation.id);
  }

  async function saveEdit(annotation: Observation, draft: Draft) {
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
    patch((r) => ({ ...r, annotations: r.annotations.map((a) => (a.id === updated.id ? updated : a)) }));
    setEditing(null);
  }

  async function confirmDelete(annotation: Observation) {
    try {
      await api.observations.delete({ id: annotation.id });
      patch((r) => ({
        ...r,
        annotationCount: Math.max(0, r.annotationCount - 1),
        annotations: r.annotations.filter((a) => a.id !== annotation.id),
      }));
      setDeleting(null);
      on.deleted(annotation.id);
    } catch (error) {
      setDeleteError(errorMessage(error));
    }
  }

  return {
    annotating,
    editing,
    deleting,
    deleteError,
    startAnnotating,
    stopAnnotating: () => setAnnotating(null),
    startEditing: setEditing,
    stopEditing: () => setEditing(null),
    startDeleting: (a: Observation) => {
      setDeleteError(null);
      setDeleting(a);
    },
    stopDeleting: () => setDeleting(null),
    annotate,
    saveEdit,
    confirmDelete,
  };
}

export type AnnotationActions = ReturnType<typeof useAnnotationActions>;
