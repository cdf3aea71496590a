import { AppError } from '../../../shared/contract/errors';
import type { TranscriptSegment } from '../../../shared/domain/conversation-metrics';

export type { TranscriptSegment };

export type TranscriptFormat = 'vtt' | 'srt' | 'docx' | 'text';

export interface ParsedTranscript {
  format: TranscriptFormat;
  /** In time order where times exist; `index` is the position in this list, from 0. */
  segments: TranscriptSegment[];
  /** Distinct speaker names in order of first appearance. */
  speakers: string[];
  /** Things the manager should know that did not stop the import (overlaps, skipped lines…). */
  warnings: string[];
  /** The text encoding the file was read in ("UTF-8", "Windows-1252 (Western European)"…); null for pasted text. */
  encoding: string | null;
  /** Every speaker with the number of segments (lines) they say, in order of first appearance. */
  speakerLines: { speaker: string; lines: number }[];
}

/** What the import dialog hands over: a file (name and bytes) or pasted text. */
export interface TranscriptSource {
  fileName?: string;
  bytes?: Buffer;
  text?: string;
  /**
   * Labels the manager said are not speakers ("Digo" in `Digo: "Le doy un abrazo"`): lines that start
   * with one keep their text whole, label included, and have no speaker.
   */
  notSpeakers?: readonly string[];
  /** Import a Word document that does not look like a transcript as plain text anyway. */
  asPlainText?: boolean;
}

/** How the manager asked a transcript to be read, handed to every reader. */
export interface ReadOptions {
  notSpeakers: ReadonlySet<string>;
}

/**
 * Refusals the import page answers with an offer rather than only a message: a Word document that is
 * not a transcript can be imported as plain text anyway (TranscriptSource.asPlainText).
 */
export type TranscriptRefusal = 'not-a-transcript';

/**
 * A transcript that cannot be imported, with a message the manager can act on. `line` is the line of the
 * file (for a .docx, the paragraph) and `cue` the cue's position in the file, counted from 1.
 * It is an AppError so that a handler can let it through the dispatcher unchanged.
 */
export class TranscriptError extends AppError {
  readonly line?: number;
  readonly cue?: number;

  constructor(
    message: string,
    where: { line?: number; cue?: number; reason?: TranscriptRefusal } = {},
    code: 'INVALID_INPUT' | 'TOO_LARGE' = 'INVALID_INPUT',
  ) {
    const details: Record<string, number | string> = {};
    if (where.line !== undefined) details.line = where.line;
    if (where.cue !== undefined) details.cue = where.cue;
    if (where.reason !== undefined) details.reason = where.reason;
    super(code, message, Object.keys(details).length > 0 ? details : undefined);
    this.name = 'TranscriptError';
    if (where.line !== undefined) this.line = where.line;
    if (where.cue !== undefined) this.cue = where.cue;
  }
}

/** A segment before ordering and numbering, remembering where it came from for messages. */
export interface DraftSegment {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
  line: number;
  /** Segments split from one cue share its times, so they are not reported as overlapping. */
  cue?: number;
}

const SHOWN_PER_KIND = 5;

/**
 * Collects warnings, keeping the first few of each kind: a 2-hour Teams call can overlap hundreds of
 * times, and a list that long hides the one warning that matters.
 */
export class WarningLog {
  private readonly kinds = new Map<string, { shown: string[]; more: number }>();

  add(kind: string, message: string): void {
    const entry = this.kinds.get(kind) ?? { shown: [], more: 0 };
    if (entry.shown.length < SHOWN_PER_KIND) entry.shown.push(message);
    else entry.more += 1;
    this.kinds.set(kind, entry);
  }

  list(): string[] {
    const out: string[] = [];
    for (const { shown, more } of this.kinds.values()) {
      out.push(...shown);
      if (more > 0) out.push(`…and ${more} more like this.`);
    }
    return out;
  }
}
