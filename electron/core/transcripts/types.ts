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
}

/** What the import dialog hands over: a file (name and bytes) or pasted text. */
export interface TranscriptSource {
  fileName?: string;
  bytes?: Buffer;
  text?: string;
}

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
    where: { line?: number; cue?: number } = {},
    code: 'INVALID_INPUT' | 'TOO_LARGE' = 'INVALID_INPUT',
  ) {
    const details: Record<string, number> = {};
    if (where.line !== undefined) details.line = where.line;
    if (where.cue !== undefined) details.cue = where.cue;
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
