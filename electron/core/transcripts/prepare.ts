import type { ParsedInputOf } from '../../../shared/contract';
import type { PreparedResult, PreviewOf } from '../prepare/types';
import { durationOf, fillEndTimes, sourceOf } from '../services/transcript-import';
import { parseTranscript } from '.';
import type { TranscriptFormat, TranscriptSegment } from './types';

/**
 * A read transcript as it waits for its commit: columns rather than 100,000 small objects, so it crosses
 * from the worker without a copy (the typed arrays are transferred) and costs the core's heap about two
 * bytes a character plus 24 bytes a line.
 */
export interface PackedTranscript {
  format: TranscriptFormat;
  fileName: string | null;
  /** With end times filled in (fillEndTimes), as stored. */
  durationMs: number | null;
  speakers: string[];
  count: number;
  /** Every line's text, one after the other; line i is texts.slice(textEnds[i - 1] ?? 0, textEnds[i]). */
  texts: string;
  textEnds: Uint32Array;
  /** NaN for a line without a time. */
  startMs: Float64Array;
  endMs: Float64Array;
  /** Index into `speakers`, or -1 for a line without a speaker. */
  speakerOf: Int32Array;
}

type Input = ParsedInputOf<'transcripts.prepare'>;
type Preview = PreviewOf<'transcripts.prepare'>;

const PREVIEW_LINES = 6;

/** The prepare job of transcripts.prepare: runs in the import worker. */
export function prepareTranscript(input: Input): PreparedResult<Preview, PackedTranscript> {
  const parsed = parseTranscript(sourceOf(input));
  const timed = fillEndTimes(parsed.segments);
  const speakerIndex = new Map(parsed.speakers.map((label, i) => [label, i]));
  const counts = parsed.speakers.map(() => ({ segments: 0, words: 0 }));
  const n = timed.length;
  const textEnds = new Uint32Array(n);
  const startMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const speakerOf = new Int32Array(n);
  const texts: string[] = [];
  let offset = 0;
  timed.forEach((s, i) => {
    const speaker = s.speaker === null ? -1 : speakerIndex.get(s.speaker)!;
    if (speaker >= 0) {
      counts[speaker]!.segments += 1;
      counts[speaker]!.words += wordCount(s.text);
    }
    texts.push(s.text);
    offset += s.text.length;
    textEnds[i] = offset;
    startMs[i] = s.startMs ?? Number.NaN;
    endMs[i] = s.endMs ?? Number.NaN;
    speakerOf[i] = speaker;
  });
  const kept: PackedTranscript = {
    format: parsed.format,
    fileName: input.fileName ?? null,
    durationMs: durationOf(timed),
    speakers: parsed.speakers,
    count: n,
    texts: texts.join(''),
    textEnds,
    startMs,
    endMs,
    speakerOf,
  };
  return {
    preview: {
      format: parsed.format,
      encoding: parsed.encoding,
      segmentCount: n,
      durationMs: durationOf(parsed.segments),
      speakers: parsed.speakers.map((label, i) => ({ label, ...counts[i]! })),
      warnings: parsed.warnings,
      firstSegments: parsed.segments.slice(0, PREVIEW_LINES).map((s) => ({ ...s, participantId: null })),
    },
    kept,
    bytes: kept.texts.length * 2 + n * 24 + parsed.speakers.reduce((sum, label) => sum + label.length * 2, 0),
    transfer: [textEnds.buffer, startMs.buffer, endMs.buffer, speakerOf.buffer],
  };
}

/** Line `i` of a packed transcript, as the parser gave it. */
export function packedSegment(packed: PackedTranscript, i: number): TranscriptSegment {
  const start = packed.startMs[i]!;
  const end = packed.endMs[i]!;
  const speaker = packed.speakerOf[i]!;
  return {
    index: i,
    speaker: speaker < 0 ? null : packed.speakers[speaker]!,
    startMs: Number.isNaN(start) ? null : start,
    endMs: Number.isNaN(end) ? null : end,
    text: packed.texts.slice(i === 0 ? 0 : packed.textEnds[i - 1]!, packed.textEnds[i]!),
  };
}

/** Every line of a packed transcript, as stored: with the participant its speaker label maps to. */
export function* packedSegments(
  packed: PackedTranscript,
  participantOf: (speaker: string | null) => string | null,
): Generator<TranscriptSegment & { participantId: string | null }> {
  for (let i = 0; i < packed.count; i++) {
    const segment = packedSegment(packed, i);
    yield { ...segment, participantId: participantOf(segment.speaker) };
  }
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
