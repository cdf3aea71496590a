import type { KeywordLists, Participant } from '../../../shared/contract';
import { type EncodedChunk, encodeChunks } from '../../../shared/domain/transcript-chunks';
import { analyseTranscript, type TranscriptAnalysis } from './analysis';
import { type PackedTranscript, packedSegments } from './prepare';

/** What committing an imported transcript writes: its rows of lines, and its analysis. */
export interface TranscriptRows {
  chunks: EncodedChunk[];
  analysis: TranscriptAnalysis;
}

/**
 * A prepared transcript's rows for its call: each line spoken by the participant its speaker label maps
 * to (`participantOf`), or by nobody. Pure: callReviews.create works this out in the import worker before
 * its transaction (electron/core/prepare/before-commit.ts), or in place when that could not be done.
 */
export function transcriptRows(
  packed: PackedTranscript,
  participants: readonly Pick<Participant, 'id' | 'side'>[],
  participantOf: (speaker: string | null) => string | null,
  keywords: KeywordLists,
): TranscriptRows {
  const lines = [...packedSegments(packed, participantOf)];
  const spoken = lines.map((l) => ({
    index: l.index,
    speaker: l.participantId,
    startMs: l.startMs,
    endMs: l.endMs,
    text: l.text,
  }));
  return { chunks: encodeChunks(lines), analysis: analyseTranscript(spoken, participants, keywords) };
}

/** The import worker's job for callReviews.create: the input it is sent. */
export interface TranscriptRowsRequest {
  packed: PackedTranscript;
  participants: Pick<Participant, 'id' | 'side'>[];
  /** The speaker map as pairs: a speaker label and the participant id it maps to (or null). */
  mapping: [string, string | null][];
  keywords: KeywordLists;
}

export function transcriptRowsJob(request: TranscriptRowsRequest): TranscriptRows {
  const mapping = new Map(request.mapping);
  return transcriptRows(
    request.packed,
    request.participants,
    (speaker) => (speaker === null ? null : (mapping.get(speaker) ?? null)),
    request.keywords,
  );
}
