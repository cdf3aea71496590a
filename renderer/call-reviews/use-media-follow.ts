import { useCallback, useMemo, useRef, useState } from 'react';
import type { Segment } from '../../shared/contract';
import { useLinkedMedia } from './MediaBar';

/** The last line starting at or before `ms`: lines are in time order wherever they have times. */
export function lineAt(starts: { index: number; ms: number }[], ms: number): number | null {
  let low = 0;
  let high = starts.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid]!.ms <= ms) {
      found = starts[mid]!.index;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

/**
 * The recording linked for this session and the transcript line it is at: a click on a line plays from
 * there, and while it plays the transcript can follow it.
 */
export function useMediaFollow(segments: Segment[]) {
  const { media, link } = useLinkedMedia();
  const mediaRef = useRef<HTMLMediaElement | null>(null);
  const [currentSegment, setCurrentSegment] = useState<number | null>(null);
  const [follow, setFollow] = useState(true);

  const starts = useMemo(
    () =>
      segments
        .filter((s) => s.startMs !== null)
        .map((s) => ({ index: s.index, ms: s.startMs! }))
        .sort((a, b) => a.ms - b.ms),
    [segments],
  );

  /** Plays from the start of line `segment`, when it has a time and a recording is linked. */
  const seekToLine = useCallback(
    (segment: number) => {
      const ms = segments[segment]?.startMs ?? null;
      const element = mediaRef.current;
      if (element && ms !== null) element.currentTime = ms / 1000;
    },
    [segments],
  );

  const onTime = useCallback(
    (ms: number) => {
      const line = lineAt(starts, ms);
      setCurrentSegment((current) => (current === line ? current : line));
    },
    [starts],
  );

  return {
    media,
    link,
    mediaRef,
    follow,
    setFollow,
    /** The line the recording is at; null without a recording. */
    currentSegment: media ? currentSegment : null,
    onTime,
    seekToLine,
  };
}
