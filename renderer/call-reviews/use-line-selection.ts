import { useCallback, useMemo, useState } from 'react';

/** A run of whole transcript lines, first to last (from 0). */
export interface LineRange {
  from: number;
  to: number;
}

/**
 * The run of lines chosen to say who spoke them: a click picks one line, Shift+click (or Shift+arrow)
 * stretches the run from the line picked first. Separate from the text selection, which annotates words.
 */
export function useLineSelection(lineCount: number) {
  const [ends, setEnds] = useState<{ anchor: number; focus: number } | null>(null);

  const select = useCallback(
    (line: number, extend: boolean) => {
      if (line < 0 || line >= lineCount) return;
      setEnds((current) =>
        extend && current ? { anchor: current.anchor, focus: line } : { anchor: line, focus: line },
      );
    },
    [lineCount],
  );
  const clear = useCallback(() => setEnds(null), []);

  const range = useMemo<LineRange | null>(
    () =>
      ends && ends.anchor < lineCount && ends.focus < lineCount
        ? { from: Math.min(ends.anchor, ends.focus), to: Math.max(ends.anchor, ends.focus) }
        : null,
    [ends, lineCount],
  );
  return { range, select, clear };
}

export function describeLines(range: LineRange): string {
  return range.from === range.to ? `Line ${range.from + 1}` : `Lines ${range.from + 1}–${range.to + 1}`;
}
