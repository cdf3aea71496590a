import type { AnnotationType, Observation } from '../../shared/contract';

/** A transcript anchor as the review page uses it: segments and character offsets. */
export interface TextAnchor {
  startSegment: number;
  startOffset: number;
  endSegment: number;
  endOffset: number;
}

export function transcriptAnchorOf(o: Observation): (TextAnchor & { startMs: number | null }) | null {
  return o.anchor?.kind === 'transcript' ? o.anchor : null;
}

/** One annotation's share of one line: characters [start, end) of that line's text. */
export interface LineRange {
  start: number;
  end: number;
  id: string;
  type: AnnotationType | null;
}

export type LineRanges = LineRange[];

/** A run of a line's text with the annotations covering it (none: plain text). */
export interface TextPiece {
  start: number;
  end: number;
  ids: string[];
  types: (AnnotationType | null)[];
}

/**
 * Each annotation's character ranges, by line. An annotation may span lines: the first line is covered
 * from its start offset, the middle lines whole, the last up to its end offset.
 */
export function rangesByLine(annotations: Observation[], lineLength: (index: number) => number) {
  const byLine = new Map<number, LineRange[]>();
  for (const o of annotations) {
    const a = transcriptAnchorOf(o);
    if (!a) continue;
    for (let line = a.startSegment; line <= a.endSegment; line++) {
      const length = lineLength(line);
      if (length < 0) break;
      const start = line === a.startSegment ? Math.min(a.startOffset, length) : 0;
      const end = line === a.endSegment ? Math.min(a.endOffset, length) : length;
      if (end <= start) continue;
      const list = byLine.get(line) ?? [];
      list.push({ start, end, id: o.id, type: o.annotationType });
      byLine.set(line, list);
    }
  }
  return byLine;
}

/**
 * Cuts a line's text at every range boundary, so overlapping annotations become flat runs, each knowing
 * how many annotations cover it (drawn darker the more there are). Flat, never nested: the selection
 * code walks the text nodes of a line in order and must not meet the same characters twice.
 */
export function piecesOf(length: number, ranges: LineRange[] | undefined): TextPiece[] {
  if (!ranges || ranges.length === 0) return [{ start: 0, end: length, ids: [], types: [] }];
  const cuts = new Set<number>([0, length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const covering = ranges.filter((r) => r.start <= start && r.end >= end);
    pieces.push({ start, end, ids: covering.map((r) => r.id), types: covering.map((r) => r.type) });
  }
  return pieces;
}
