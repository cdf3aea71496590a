import { formatSeconds, formatTime } from './times';
import {
  type DraftSegment,
  type ParsedTranscript,
  TranscriptError,
  type TranscriptFormat,
  type TranscriptSegment,
  type WarningLog,
} from './types';

/** Speakers talking over each other overlap by a moment (Teams often by up to a second); more is worth a look. */
export const OVERLAP_TOLERANCE_MS = 1000;

/**
 * Final checks and numbering, the same for every format:
 * - A transcript with no speech at all is an error.
 * - Order: when every segment has a start time, segments are sorted by it (stably, so lines that start
 *   together keep their order) and a warning names the first cue that was out of order; an annotation
 *   anchors to segment numbers, so the stored order must be time order. When only some segments have
 *   times (a Google Meet transcript with a time every few minutes), there is no order to sort by, and a
 *   time earlier than the one before it is an error.
 * - Overlap: a segment starting up to 1 s before an earlier one ends is normal; more is a warning, not an
 *   error, since real calls have people talking over each other.
 */
export function assemble(
  format: TranscriptFormat,
  drafts: DraftSegment[],
  warnings: WarningLog,
  encoding: string | null,
  unit = 'line',
): ParsedTranscript {
  const spoken = drafts.filter((segment) => segment.text.trim() !== '');
  if (spoken.length === 0) {
    throw new TranscriptError('There is no speech in this transcript: it has no lines of text to import.');
  }
  const ordered = order(spoken, warnings, unit);
  checkOverlaps(ordered, warnings, unit);
  // A Map keeps the order of first appearance.
  const lineCounts = new Map<string, number>();
  const segments: TranscriptSegment[] = ordered.map((draft, index) => {
    if (draft.speaker !== null) lineCounts.set(draft.speaker, (lineCounts.get(draft.speaker) ?? 0) + 1);
    return { index, speaker: draft.speaker, startMs: draft.startMs, endMs: draft.endMs, text: draft.text };
  });
  return {
    format,
    segments,
    speakers: [...lineCounts.keys()],
    speakerLines: [...lineCounts].map(([speaker, lines]) => ({ speaker, lines })),
    warnings: warnings.list(),
    encoding,
  };
}

function order(segments: DraftSegment[], warnings: WarningLog, unit: string): DraftSegment[] {
  const timed = segments.filter((segment) => segment.startMs !== null);
  if (timed.length === 0) return segments;
  let previous: DraftSegment | null = null;
  let firstBackwards: DraftSegment | null = null;
  for (const segment of timed) {
    if (previous && segment.startMs! < previous.startMs!) {
      firstBackwards = segment;
      break;
    }
    previous = segment;
  }
  if (firstBackwards === null || previous === null) return segments;
  const where = firstBackwards.cue === undefined ? '' : ` (cue ${firstBackwards.cue})`;
  if (timed.length < segments.length) {
    throw new TranscriptError(
      `${unit} ${firstBackwards.line}: the time ${formatTime(firstBackwards.startMs!)} is earlier than the time before it (${formatTime(previous.startMs!)}); times in a transcript must not go backwards.`,
      { line: firstBackwards.line, ...(firstBackwards.cue === undefined ? {} : { cue: firstBackwards.cue }) },
    );
  }
  warnings.add(
    'order',
    `${unit} ${firstBackwards.line}${where}: the cues were not in time order, so they were sorted by start time.`,
  );
  // Array.prototype.sort is stable, which keeps lines that start together in file order.
  return [...segments].sort((a, b) => a.startMs! - b.startMs!);
}

function checkOverlaps(segments: DraftSegment[], warnings: WarningLog, unit: string): void {
  let latestEnd: number | null = null;
  let latestCue: number | undefined;
  for (const segment of segments) {
    if (segment.startMs === null) continue;
    const overlap = latestEnd === null ? 0 : latestEnd - segment.startMs;
    const sameCue = segment.cue !== undefined && segment.cue === latestCue;
    if (overlap > OVERLAP_TOLERANCE_MS && !sameCue) {
      const cue = segment.cue === undefined ? '' : ` (cue ${segment.cue})`;
      warnings.add(
        'overlap',
        `${unit} ${segment.line}${cue} starts ${formatSeconds(overlap)} before the speech before it ends: people talking over each other, or a timing problem.`,
      );
    }
    const end = segment.endMs ?? segment.startMs;
    if (latestEnd === null || end > latestEnd) {
      latestEnd = end;
      latestCue = segment.cue;
    }
  }
}
