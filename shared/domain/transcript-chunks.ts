// How a transcript's lines are stored: TRANSCRIPT_CHUNK_LINES to a row of transcript_chunks, each row a
// JSON array of lines. Pure, so the import worker can write the rows' text off the core's thread and the
// repository can read them back (db/repositories/call-reviews.ts).

/** How many lines one `transcript_chunks` row holds (the last row of a call may hold fewer). */
export const TRANSCRIPT_CHUNK_LINES = 1000;

/** A stored line: `[speaker, participantId, startMs, endMs, text]`. */
export type StoredLine = [string | null, string | null, number | null, number | null, string];

/** A line as written: its place in the transcript, its label, who spoke it, its times and its words. */
export interface LineToStore {
  index: number;
  speaker: string | null;
  participantId: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
}

export interface EncodedChunk {
  firstIdx: number;
  lineCount: number;
  lines: string;
}

/**
 * A transcript's rows: chunk k holds lines k·N … k·N + N − 1. Lines are numbered by their place (line i
 * must have index i), which is what anchors and pages count by; anything else is a bug, and throws.
 */
export function encodeChunks(lines: Iterable<LineToStore>): EncodedChunk[] {
  const out: EncodedChunk[] = [];
  let chunk: StoredLine[] = [];
  let count = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    out.push({ firstIdx: count - chunk.length, lineCount: chunk.length, lines: JSON.stringify(chunk) });
    chunk = [];
  };
  for (const s of lines) {
    if (s.index !== count)
      throw new Error(
        `Transcript lines must be numbered in order from 0: line ${count} has index ${s.index}.`,
      );
    chunk.push([s.speaker, s.participantId, s.startMs, s.endMs, s.text]);
    count += 1;
    if (chunk.length === TRANSCRIPT_CHUNK_LINES) flush();
  }
  flush();
  return out;
}
