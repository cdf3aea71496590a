import type { TranscriptSource } from '../transcripts/types';
export function sourceOf(input: {
  fileName?: string | null;
  contentBase64?: string | null;
  text?: string | null;
  notSpeakers?: string[] | undefined;
  asPlainText?: boolean | undefined;
}): TranscriptSource {
  const source: TranscriptSource = {};
  if (input.fileName) source.fileName = input.fileName;
  if (input.contentBase64 != null) source.bytes = Buffer.from(input.contentBase64, 'base64');
  if (input.text != null) source.text = input.text;
  Object.assign(source, { notSpeakers: input.notSpeakers, asPlainText: input.asPlainText });
  return source;
}

export function durationOf(segments: { startMs: number | null; endMs: number | null }[]): number | null {
  // Loops, not Math.max(...): a long transcript would overflow the call stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of segments) {
    if (s.startMs !== null) first = Math.min(first, s.startMs);
    const end = s.endMs ?? s.startMs;
    if (end !== null) last = Math.max(last, end);
  }
  return first === Number.POSITIVE_INFINITY ? null : last - first;
}

/**
 * Teams .docx and stamped text give start times only. Each line then lasts until the next one starts
 * (the last: about 150 words a minute, at least a second), so talk time and pace can be measured rather
 * than shown as unavailable. Files with no times at all stay without times.
 */
export function fillEndTimes<T extends { startMs: number | null; endMs: number | null; text: string }>(
  segments: T[],
): T[] {
  if (
    segments.length === 0 ||
    segments.some((s) => s.startMs === null) ||
    segments.some((s) => s.endMs !== null)
  )
    return segments;
  return segments.map((s, i) => {
    const next = segments[i + 1];
    const words = s.text.split(/\s+/).filter(Boolean).length;
    const end = next ? Math.max(s.startMs!, next.startMs!) : s.startMs! + Math.max(1000, words * 400);
    return { ...s, endMs: end };
  });
}
