import { type KeyboardEvent, memo, type MouseEvent } from 'react';
import type { AnnotationType, CallSide } from '../../shared/contract';
import { formatClock } from './format';
import { type LineRanges, piecesOf } from './highlights';
import { LINE_ATTRIBUTE, TEXT_ATTRIBUTE } from './selection';

export interface Speaker {
  name: string;
  side: CallSide | null;
}

export interface Marker {
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

/** The attribute that finds a line's selector button, to move keyboard focus between lines. */
export const LINE_SELECT_ATTRIBUTE = 'data-line-select';

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
  /** In the run of lines chosen for "Spoken by…". */
  lineSelected: boolean;
  /** The one line selector the Tab key reaches (a roving tab stop). */
  tabStop: boolean;
  onLineClick(segment: number): void;
  onMarkerClick(annotationId: string): void;
  onSelectLine(segment: number, extend: boolean): void;
  onLineKey(segment: number, event: KeyboardEvent<HTMLButtonElement>): void;
  onLineFocus(segment: number): void;
}

/**
 * One line: its selector (time, or number without times), speaker, words, and markers for the
 * annotations that start here. The words are React text children only (never HTML), cut into flat runs
 * so highlights can overlap.
 */
export const TranscriptLine = memo(function TranscriptLine({
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
  lineSelected,
  tabStop,
  onLineClick,
  onMarkerClick,
  onSelectLine,
  onLineKey,
  onLineFocus,
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
  const speakerName = speaker.name || 'No speaker';
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: clicking a line seeks the recording; the keyboard seeks from the annotations and moments lists.
    <li
      ref={measureRef}
      data-index={index}
      {...{ [LINE_ATTRIBUTE]: index }}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-current={current ? 'time' : undefined}
      className={`transcript-line side-${side}${current ? ' transcript-line-current' : ''}${lineSelected ? ' transcript-line-selected' : ''}${pinnedAt === null ? '' : ' transcript-line-pinned'}`}
      style={pinnedAt === null ? undefined : { transform: `translateY(${pinnedAt}px)` }}
      onClick={onClick}
    >
      <button
        type="button"
        className="line-select"
        {...{ [LINE_SELECT_ATTRIBUTE]: index }}
        tabIndex={tabStop ? 0 : -1}
        aria-pressed={lineSelected}
        aria-label={`Line ${index + 1}${startMs === null ? '' : ` at ${formatClock(startMs)}`}, ${speakerName}`}
        title="Select this line (Shift: select up to it), then choose who spoke it"
        // Shift+click would otherwise extend the page's text selection to here.
        onMouseDown={(event) => {
          if (event.shiftKey) event.preventDefault();
        }}
        onClick={(event) => {
          event.stopPropagation();
          event.currentTarget.focus();
          onSelectLine(index, event.shiftKey);
        }}
        onKeyDown={(event) => onLineKey(index, event)}
        onFocus={() => onLineFocus(index)}
      >
        {startMs === null ? index + 1 : formatClock(startMs)}
      </button>
      <div className="line-body">
        <span className="line-speaker">{speakerName}</span>
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
