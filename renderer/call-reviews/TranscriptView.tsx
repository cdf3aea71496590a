import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  type MouseEvent,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { AnnotationType, CallReview, CallSide, Observation } from '../../shared/contract';
import { SHORTCUTS, shortcutLabel } from '../app/shortcuts';
import { annotationTypeLabel, formatClock } from './format';
import { type LineRanges, piecesOf, rangesByLine, type TextAnchor, transcriptAnchorOf } from './highlights';
import { anchorFromSelection, LINE_ATTRIBUTE, TEXT_ATTRIBUTE } from './selection';

/** A request to bring a line into view; `seq` makes asking for the same line twice scroll again. */
export interface ScrollRequest {
  segment: number;
  seq: number;
}

interface Speaker {
  name: string;
  side: CallSide | null;
}

interface Marker {
  id: string;
  type: AnnotationType | null;
  label: string;
}

const TYPE_LETTERS: Record<AnnotationType, string> = {
  strength: 'S',
  'missed-opportunity': 'M',
  'try-instead': 'T',
  question: '?',
};

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
  pinned.current = selection ? [selection.startSegment, selection.endSegment] : [];
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
  const inWindow = (index: number) => index >= rendered.current.first && index <= rendered.current.last;
  const flowing = items.filter((item) => inWindow(item.index));
  const padTop = flowing[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (flowing[flowing.length - 1]?.end ?? 0));
  const annotateLabel = `Annotate (${shortcutLabel(SHORTCUTS.tagBehaviour)})`;

  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so the keyboard can scroll it.
    <section ref={scrollRef} className="transcript-scroll" tabIndex={0} aria-labelledby={labelledBy}>
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

interface LineProps {
  measureRef(element: Element | null): void;
  index: number;
  setSize: number;
  /** Where a pinned line outside the rendered window sits; null for lines in the flow. */
  pinnedAt: number | null;
  startMs: number | null;
  text: string;
  speaker: Speaker;
  ranges: LineRanges | undefined;
  markers: Marker[] | undefined;
  current: boolean;
  activeAnnotationId: string | null;
  onLineClick(segment: number): void;
  onMarkerClick(annotationId: string): void;
}

/**
 * One line: time, speaker, words, and markers for the annotations that start here. The words are React
 * text children only (never HTML), cut into flat runs so highlights can overlap.
 */
const TranscriptLine = memo(function TranscriptLine({
  measureRef,
  index,
  setSize,
  pinnedAt,
  startMs,
  text,
  speaker,
  ranges,
  markers,
  current,
  activeAnnotationId,
  onLineClick,
  onMarkerClick,
}: LineProps) {
  const onClick = (event: MouseEvent) => {
    // A drag that selected words is not a click on the line.
    if (!document.getSelection()?.isCollapsed) return;
    const mark = (event.target as Element).closest?.('mark[data-annotations]');
    const first = mark?.getAttribute('data-annotations')?.split(' ')[0];
    if (first) onMarkerClick(first);
    onLineClick(index);
  };
  const side = speaker.side ?? 'none';
  const pieces = piecesOf(text.length, ranges);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking a line seeks the recording; the keyboard seeks from the annotations and moments lists.
    <li
      ref={measureRef}
      data-index={index}
      {...{ [LINE_ATTRIBUTE]: index }}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-current={current ? 'time' : undefined}
      className={`transcript-line side-${side}${current ? ' transcript-line-current' : ''}${pinnedAt === null ? '' : ' transcript-line-pinned'}`}
      style={pinnedAt === null ? undefined : { transform: `translateY(${pinnedAt}px)` }}
      onClick={onClick}
    >
      <span className="line-time">{startMs === null ? '' : formatClock(startMs)}</span>
      <div className="line-body">
        <span className="line-speaker">{speaker.name || 'No speaker'}</span>
        <p className="line-text" {...{ [TEXT_ATTRIBUTE]: '' }}>
          {pieces.map((piece) =>
            piece.ids.length === 0 ? (
              text.slice(piece.start, piece.end)
            ) : (
              <mark
                key={piece.start}
                data-annotations={piece.ids.join(' ')}
                className={`call-mark call-mark-${Math.min(piece.ids.length, 3)} call-mark-${piece.types[0] ?? 'none'}${activeAnnotationId && piece.ids.includes(activeAnnotationId) ? ' call-mark-active' : ''}`}
              >
                {text.slice(piece.start, piece.end)}
              </mark>
            ),
          )}
        </p>
      </div>
      <div className="line-margin">
        {markers?.map((m) => (
          <button
            key={m.id}
            type="button"
            className={`annotation-marker marker-${m.type ?? 'none'}${m.id === activeAnnotationId ? ' annotation-marker-active' : ''}`}
            aria-label={m.label}
            title={m.label}
            onClick={(e) => {
              e.stopPropagation();
              onMarkerClick(m.id);
            }}
          >
            {m.type ? TYPE_LETTERS[m.type] : '•'}
          </button>
        ))}
      </div>
    </li>
  );
});
