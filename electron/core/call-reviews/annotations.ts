import { recordObservation } from '../services/observations';
import { type Segment, fieldError } from '../../../shared/contract';
import { requireCallReview } from './assemble';
import { countSegments, listSegments } from '../../../db/repositories/call-reviews';
import type { Handler } from '../registry';
/** The exact words between two points of an immutable transcript, segments joined by a space. */
export function quoteOf(
  segments: Segment[],
  a: { startSegment: number; startOffset: number; endSegment: number; endOffset: number },
): string {
  const parts: string[] = [];
  for (let i = a.startSegment; i <= a.endSegment; i++) {
    // `segments` are the anchored lines only, from startSegment on.
    const text = segments[i - a.startSegment]!.text;
    parts.push(
      text.slice(i === a.startSegment ? a.startOffset : 0, i === a.endSegment ? a.endOffset : text.length),
    );
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export const annotateCall: Handler<'callReviews.annotate'> = (input, ctx) => {
  const row = requireCallReview(ctx, input.callReviewId);
  const a = input.anchor;
  // Only the lines the selection spans: a long transcript is not read whole for one annotation.
  const segments = listSegments(ctx.db, row.id, a.startSegment, a.endSegment - a.startSegment + 1);
  const start = segments[0];
  const end = segments[a.endSegment - a.startSegment];
  if (start?.index !== a.startSegment || end?.index !== a.endSegment)
    throw fieldError(
      'INVALID_INPUT',
      ['anchor'],
      `The transcript has ${countSegments(ctx.db, row.id)} lines; the selection points past its end.`,
    );
  if (a.startOffset > start.text.length || a.endOffset > end.text.length) {
    throw fieldError(
      'INVALID_INPUT',
      ['anchor'],
      'The selection points past the end of a line of the transcript.',
    );
  }
  const quote = quoteOf(segments, a);
  if (quote === '')
    throw fieldError('INVALID_INPUT', ['anchor'], 'Select some words of the transcript to annotate.');
  return recordObservation(ctx, {
    repId: row.repId,
    behaviourId: input.behaviourId,
    observedOn: row.date,
    level: input.level,
    verdict: input.verdict,
    evidence: quote,
    anchor: {
      kind: 'transcript',
      documentId: row.id,
      ...a,
      startMs: start.startMs,
      endMs: end.endMs ?? end.startMs,
    },
    annotationType: input.annotationType,
    comment: input.comment,
    sourceKind: 'call-review',
    sourceId: row.id,
    visibility: input.visibility,
  });
};
