import type { TextAnchor } from './highlights';

/** Data attributes the transcript puts on its lines, read back when mapping a DOM selection. */
export const LINE_ATTRIBUTE = 'data-segment';
export const TEXT_ATTRIBUTE = 'data-line-text';

interface Point {
  segment: number;
  offset: number;
}

function lineOf(node: Node): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest<HTMLElement>(`[${LINE_ATTRIBUTE}]`) ?? null;
}

/** Where a DOM point falls in a line's words: before them is 0, after them is the line's length. */
function offsetInLine(text: Element, node: Node, offset: number): number {
  const words = document.createRange();
  words.selectNodeContents(text);
  const where = words.comparePoint(node, offset);
  if (where < 0) return 0;
  if (where > 0) return text.textContent?.length ?? 0;
  // The words are text nodes, some wrapped in <mark> for highlights: count the characters of every text
  // node before the point, never the offset inside whichever node the browser reported.
  // Range.toString() concatenates exactly the text nodes inside the range: that walk, done for us.
  words.setEnd(node, offset);
  return words.toString().length;
}

/** Where a DOM point falls in the transcript; points on a line's time stamp or name snap to its words. */
function pointOf(node: Node, offset: number, edge: 'start' | 'end', root: Element): Point | null {
  let line = lineOf(node);
  if (!line && node instanceof Element && root.contains(node)) {
    // A point between lines (on the list itself): the line after it for a start, before it for an end.
    const after = node.childNodes[offset];
    const before = node.childNodes[offset - 1];
    const next = after ? lineOf(after) : null;
    const previous = before ? lineOf(before) : null;
    if (edge === 'start' && next) return { segment: segmentOf(next), offset: 0 };
    if (edge === 'end' && previous) return { segment: segmentOf(previous), offset: lengthOf(previous) };
    line = next ?? previous;
  }
  if (!line && !root.contains(node)) {
    // Dragged past the list (onto the space under the last line, or out of the pane): the selection
    // visibly stops at the first or last line there is.
    const list = document.createRange();
    list.selectNodeContents(root);
    const lines = root.querySelectorAll(`[${LINE_ATTRIBUTE}]`);
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (!first || !last) return null;
    return list.comparePoint(node, offset) < 0
      ? { segment: segmentOf(first), offset: 0 }
      : { segment: segmentOf(last), offset: lengthOf(last) };
  }
  if (!line || !root.contains(line)) return null;
  const text = line.querySelector(`[${TEXT_ATTRIBUTE}]`);
  if (!text) return null;
  return { segment: segmentOf(line), offset: offsetInLine(text, node, offset) };
}

function segmentOf(line: Element): number {
  return Number(line.getAttribute(LINE_ATTRIBUTE));
}

function lengthOf(line: Element): number {
  return line.querySelector(`[${TEXT_ATTRIBUTE}]`)?.textContent?.length ?? 0;
}

/**
 * The transcript passage a DOM selection covers, or null when it covers no words of the transcript.
 * Ends that fall on the very edge of a line are pulled in, so selecting a whole line by dragging to the
 * start of the next one anchors to that one line, not to an empty start of the next.
 */
export function anchorFromSelection(
  selection: Selection | null,
  root: Element,
  lineLength: (segment: number) => number,
): TextAnchor | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  // One end must be in the transcript: a selection of the whole page (Ctrl+A) is not a passage.
  if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  const start = pointOf(range.startContainer, range.startOffset, 'start', root);
  const end = pointOf(range.endContainer, range.endOffset, 'end', root);
  if (!start || !end) return null;
  return normaliseAnchor(
    {
      startSegment: start.segment,
      startOffset: start.offset,
      endSegment: end.segment,
      endOffset: end.offset,
    },
    lineLength,
  );
}

/** Pulls a passage's ends off empty line edges and drops passages with no characters. */
export function normaliseAnchor(a: TextAnchor, lineLength: (segment: number) => number): TextAnchor | null {
  let { startSegment, startOffset, endSegment, endOffset } = a;
  while (startSegment < endSegment && startOffset >= lineLength(startSegment)) {
    startSegment += 1;
    startOffset = 0;
  }
  while (endSegment > startSegment && endOffset === 0) {
    endSegment -= 1;
    endOffset = lineLength(endSegment);
  }
  if (endSegment < startSegment || (endSegment === startSegment && endOffset <= startOffset)) return null;
  return { startSegment, startOffset, endSegment, endOffset };
}

/** The words of a passage as the core quotes them: lines joined by a space. */
export function quoteOf(texts: (index: number) => string, a: TextAnchor): string {
  const parts: string[] = [];
  for (let i = a.startSegment; i <= a.endSegment; i++) {
    const text = texts(i);
    parts.push(
      text.slice(i === a.startSegment ? a.startOffset : 0, i === a.endSegment ? a.endOffset : text.length),
    );
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
