import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CallReview, Observation } from '../../shared/contract';
import { SHORTCUTS, shortcutLabel } from '../app/shortcuts';
import { annotationTypeLabel } from './format';
import { rangesByLine, type TextAnchor, transcriptAnchorOf } from './highlights';
import { anchorFromSelection } from './selection';
import { LINE_SELECT_ATTRIBUTE, type Marker, type Speaker, TranscriptLine } from './TranscriptLine';
import type { LineRange } from './use-line-selection';

/** A request to bring a line into view; `seq` makes asking for the same line twice scroll again. */
export interface ScrollRequest {
  segment: number;
  seq: number;
}

// Following the recording scrolls at most this often, so a fast run of short lines does not jitter.
const FOLLOW_EVERY_MS = 800;

export function TranscriptView({
  labelledBy,
  review,
  currentSegment,
  follow,
  activeAnnotationId,
  scrollRequest,
  selection,
  onSelection,
  onAnnotate,
  onLineClick,
  onMarkerClick,
  readSelection,
  lineSelection,
  onSelectLine,
  onClearLines,
}: {
  /** The id of the heading that names the transcript. */
  labelledBy: string;
  review: CallReview;
  /** The line the recording is at, or null. */
  currentSegment: number | null;
  follow: boolean;
  activeAnnotationId: string | null;
  scrollRequest: ScrollRequest | null;
  /** The passage selected in the transcript, if any. */
  selection: TextAnchor | null;
  onSelection(anchor: TextAnchor | null): void;
  onAnnotate(anchor: TextAnchor): void;
  onLineClick(segment: number): void;
  onMarkerClick(annotationId: string): void;
  /** Filled with a function that reads the selection now, for a shortcut pressed before the next frame. */
  readSelection: RefObject<(() => TextAnchor | null) | null>;
  /** The run of whole lines chosen to say who spoke them. */
  lineSelection: LineRange | null;
  onSelectLine(segment: number, extend: boolean): void;
  onClearLines(): void;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const segments = review.segments;
  const timed = useMemo(() => segments.some((s) => s.startMs !== null), [segments]);
  const lineLength = useCallback((i: number) => segments[i]?.text.length ?? -1, [segments]);

  const speakers = useMemo(() => {
    const byId = new Map(review.participants.map((p) => [p.id, p]));
    return segments.map<Speaker>((s) => {
      const p = s.participantId ? byId.get(s.participantId) : undefined;
      return p ? { name: p.name, side: p.side } : { name: s.speaker ?? '', side: null };
    });
  }, [segments, review.participants]);

  const ranges = useMemo(
    () => rangesByLine(review.annotations, lineLength),
    [review.annotations, lineLength],
  );
  const markers = useMemo(() => {
    const byLine = new Map<number, Marker[]>();
    for (const o of review.annotations) {
      const a = transcriptAnchorOf(o);
      if (!a) continue;
      const list = byLine.get(a.startSegment) ?? [];
      list.push({ id: o.id, type: o.annotationType, label: markerLabel(o) });
      byLine.set(a.startSegment, list);
    }
    return byLine;
  }, [review.annotations]);

  // The ends of a selection stay rendered while it exists: if either line left the DOM on scrolling, the
  // browser would drop the selection with it.
  const pinned = useRef<number[]>([]);
  // So is the line whose selector has keyboard focus: focus would be lost with its element.
  const [focusLine, setFocusLine] = useState(0);
  const [gutterFocused, setGutterFocused] = useState(false);
  pinned.current = [
    ...(selection ? [selection.startSegment, selection.endSegment] : []),
    ...(gutterFocused && focusLine < segments.length ? [focusLine] : []),
  ];
  // The lines around the view, as the virtualiser would pick them; pinned lines outside them are extra.
  const rendered = useRef({ first: 0, last: -1 });
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    rendered.current = { first: indexes[0] ?? 0, last: indexes[indexes.length - 1] ?? -1 };
    const extra = pinned.current.filter((i) => !indexes.includes(i));
    return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
  }, []);

  const virtualizer = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 8,
    rangeExtractor,
  });

  // Jumps asked for by the side panel (annotations, moments, metrics).
  useEffect(() => {
    if (scrollRequest) virtualizer.scrollToIndex(scrollRequest.segment, { align: 'center' });
  }, [scrollRequest, virtualizer]);

  // While the recording plays, keep its line in view: only when it has left the view, and not too often.
  const lastFollow = useRef(0);
  useEffect(() => {
    if (!follow || currentSegment === null || selection) return;
    const { startIndex, endIndex } = virtualizer.range ?? { startIndex: 0, endIndex: -1 };
    if (currentSegment >= startIndex && currentSegment <= endIndex) return;
    const now = performance.now();
    if (now - lastFollow.current < FOLLOW_EVERY_MS) return;
    lastFollow.current = now;
    virtualizer.scrollToIndex(currentSegment, { align: 'start' });
  }, [currentSegment, follow, selection, virtualizer]);

  readSelection.current = () =>
    listRef.current ? anchorFromSelection(document.getSelection(), listRef.current, lineLength) : null;

  // The selection, read on every change (once a frame at most) and mapped to lines and offsets.
  const [buttonAt, setButtonAt] = useState<{ top: number; left: number } | null>(null);
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const list = listRef.current;
      const scroller = scrollRef.current;
      if (!list || !scroller) return;
      const domSelection = document.getSelection();
      const anchor = anchorFromSelection(domSelection, list, lineLength);
      onSelection(anchor);
      if (!anchor || !domSelection) {
        setButtonAt(null);
        return;
      }
      const rects = domSelection.getRangeAt(0).getClientRects();
      const last = rects[rects.length - 1];
      if (!last) return;
      // In the scrolling content's coordinates, so the button scrolls with the words it annotates.
      const box = scroller.getBoundingClientRect();
      setButtonAt({
        top: last.bottom - box.top + scroller.scrollTop + 6,
        left: Math.max(0, last.right - box.left - 40),
      });
    };
    const onChange = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [lineLength, onSelection]);

  // The lines around the view sit in normal flow between two paddings that stand for the lines not
  // rendered. Not one absolutely positioned box a line: with those, a drag that ends in the empty space
  // under a short transcript lands the selection somewhere arbitrary, because the browser has no flow to
  // place it in. Pinned selection ends outside the window are the only absolutely positioned lines.
  const items = virtualizer.getVirtualItems();
  const tabStop = items.some((item) => item.index === focusLine) ? focusLine : (items[0]?.index ?? 0);
  const inWindow = (index: number) => index >= rendered.current.first && index <= rendered.current.last;
  const flowing = items.filter((item) => inWindow(item.index));
  const padTop = flowing[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (flowing[flowing.length - 1]?.end ?? 0));
  // Keyboard on a line's selector: arrows move between lines (Shift stretches the run), Escape lets go.
  const pendingFocus = useRef<number | null>(null);
  const onLineFocus = useCallback((line: number) => {
    setFocusLine(line);
    setGutterFocused(true);
  }, []);
  const onLineKey = useCallback(
    (line: number, event: KeyboardEvent<HTMLButtonElement>) => {
      const last = segments.length - 1;
      const target =
        event.key === 'ArrowDown'
          ? Math.min(last, line + 1)
          : event.key === 'ArrowUp'
            ? Math.max(0, line - 1)
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? last
                : null;
      if (event.key === 'Escape') {
        onClearLines();
        return;
      }
      if (target === null) return;
      event.preventDefault();
      if (event.shiftKey) {
        // Shift+arrow with nothing chosen yet starts the run at the line the focus leaves.
        if (!lineSelection) onSelectLine(line, false);
        onSelectLine(target, true);
      }
      setFocusLine(target);
      pendingFocus.current = target;
      virtualizer.scrollToIndex(target, { align: 'auto' });
    },
    [segments.length, lineSelection, onSelectLine, onClearLines, virtualizer],
  );
  // Moves focus once the line asked for is rendered (it may have been outside the virtualised window).
  useEffect(() => {
    const line = pendingFocus.current;
    if (line === null) return;
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[${LINE_SELECT_ATTRIBUTE}="${line}"]`);
    if (!button) return;
    pendingFocus.current = null;
    button.focus();
  });

  const annotateLabel = `Annotate (${shortcutLabel(SHORTCUTS.tagBehaviour)})`;

  return (
    <section
      ref={scrollRef}
      className="transcript-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it.
      tabIndex={0}
      aria-labelledby={labelledBy}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setGutterFocused(false);
      }}
    >
      <ol
        ref={listRef}
        className={timed ? 'transcript-list' : 'transcript-list transcript-list-untimed'}
        aria-label={`Transcript, ${segments.length} lines`}
        style={{ paddingTop: `${padTop}px`, paddingBottom: `${padBottom}px` }}
      >
        {items.map((item) => {
          const segment = segments[item.index]!;
          const lineRanges = ranges.get(item.index);
          const active =
            activeAnnotationId !== null && lineRanges?.some((r) => r.id === activeAnnotationId)
              ? activeAnnotationId
              : null;
          return (
            <TranscriptLine
              key={item.key}
              measureRef={virtualizer.measureElement}
              index={item.index}
              setSize={segments.length}
              pinnedAt={inWindow(item.index) ? null : item.start}
              startMs={segment.startMs}
              text={segment.text}
              speaker={speakers[item.index]!}
              ranges={lineRanges}
              markers={markers.get(item.index)}
              current={item.index === currentSegment}
              activeAnnotationId={active}
              onLineClick={onLineClick}
              onMarkerClick={onMarkerClick}
              lineSelected={
                lineSelection !== null && item.index >= lineSelection.from && item.index <= lineSelection.to
              }
              tabStop={item.index === tabStop}
              onSelectLine={onSelectLine}
              onLineKey={onLineKey}
              onLineFocus={onLineFocus}
            />
          );
        })}
      </ol>
      {selection && buttonAt ? (
        <button
          type="button"
          className="button button-primary annotate-float"
          style={{ transform: `translate(${buttonAt.left}px, ${buttonAt.top}px)` }}
          // Keep the selection: a mouse-down on the button would otherwise clear it before the click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onAnnotate(selection)}
          aria-keyshortcuts={SHORTCUTS.tagBehaviour.replace('Mod', 'Control')}
          title={annotateLabel}
        >
          Annotate
        </button>
      ) : null}
    </section>
  );
}

function markerLabel(o: Observation): string {
  return `${annotationTypeLabel(o.annotationType)}: ${o.behaviourName}`;
}
