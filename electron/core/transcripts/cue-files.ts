import { readVoice, toPlainText } from './markup';
import { bareName, SpeakerVotes, splitLabel } from './speakers';
import { formatTime, requireTime } from './times';
import { type DraftSegment, TranscriptError, type WarningLog } from './types';

/**
 * WebVTT and SubRip share one reader: both are blocks separated by blank lines, each an optional id line,
 * a time line "start --> end" and text lines. What we accept beyond the specs, because real exports do it:
 * - Zoom: numbered cues, "Name: text" in the cue text.
 * - Teams: cue ids like "3ff5ba4d-…/14-0", "<v Name>text</v>" voice tags, NOTE blocks, small overlaps.
 * - Google Meet caption exports: the speaker's name alone on the first line of the cue, or "(Name)".
 * - '.' or ',' before the milliseconds in either format; cue settings after the end time are ignored.
 * - A missing blank line between two cues (the next time line starts a new cue).
 * - Text after a blank line inside a cue (a hand-edited file) joins the cue before it, with a warning.
 */

interface Cue {
  number: number;
  line: number;
  startMs: number;
  endMs: number;
  text: string[];
}

interface Line {
  text: string;
  number: number;
}

// A line that is two times and something between them other than '-->': a time line typed wrong.
// Speech that mentions two times ("10:30 or 11:00") has words between them and does not match.
// Each time is bounded (at most 3 digits between separators, 2 or 3 parts) and the spaces between them
// are one run, so a line splits into two times in only a handful of ways. The old unbounded
// "[\d:.,]*\d:\d[\d:.,]*" could split "1:11:11:1…" anywhere: 10 s on 600 characters, 26 s on 1,200.
const TIME_ISH = '-?\\d{1,3}(?::\\d{1,3}){1,2}(?:[.,]\\d{1,4})?';
const TIMING_LIKE = new RegExp(`^\\s*${TIME_ISH}\\s*(?:(?:-+>?|[–—]>?|=>)\\s*)?${TIME_ISH}(?:\\s.*)?$`, 's');
// A time line, even typed wrong and followed by cue settings, is short; longer lines are speech.
const MAX_TIMING_CHARS = 200;

/** Lines of a .vtt or .srt file, as split (and length-checked) by the caller. */
export function readCueFile(lines: string[], format: 'vtt' | 'srt', warnings: WarningLog): DraftSegment[] {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i += 1;
  if (format === 'vtt') {
    if (/^WEBVTT(?:[ \t]|$)/.test(lines[i] ?? '')) {
      // The header block (WEBVTT and any "Kind:"/"Language:" lines) runs to the first blank line.
      while (i < lines.length && lines[i]!.trim() !== '') i += 1;
    } else {
      warnings.add('header', 'The file has no WEBVTT header line; it was read as WebVTT anyway.');
    }
  }
  const cues: Cue[] = [];
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i += 1;
    const block: Line[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') {
      block.push({ text: lines[i]!, number: i + 1 });
      i += 1;
    }
    if (block.length > 0) readBlock(block, format, cues, warnings);
  }
  return cuesToSegments(cues, warnings);
}

function readBlock(block: Line[], format: 'vtt' | 'srt', cues: Cue[], warnings: WarningLog): void {
  const first = block[0]!;
  if (format === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first.text)) return;
  const arrows = block.flatMap((line, index) => (line.text.includes('-->') ? [index] : []));
  if (arrows.length === 0) {
    const timingLike = block
      .slice(0, 2)
      .find((line) => line.text.length <= MAX_TIMING_CHARS && TIMING_LIKE.test(line.text));
    if (timingLike) {
      throw new TranscriptError(
        `line ${timingLike.number}: expected a time line like '00:00:01.000 --> 00:00:04.000', found '${timingLike.text.trim()}'.`,
        { line: timingLike.number, cue: cues.length + 1 },
      );
    }
    const previous = cues.at(-1);
    if (previous) {
      // A loop, not push(...lines): spreading a block of 150,000 lines overflows the call stack.
      for (const line of block) previous.text.push(line.text);
      warnings.add(
        'orphan',
        `line ${first.number}: text without a time line was added to the cue before it (cue ${previous.number}).`,
      );
    } else {
      warnings.add('orphan', `line ${first.number}: text before the first cue was skipped.`);
    }
    return;
  }
  if (arrows[0]! > 1) {
    warnings.add('orphan', `line ${first.number}: ${arrows[0]! - 1} line(s) before a cue id were skipped.`);
  }
  arrows.forEach((arrowIndex, k) => {
    const next = arrows[k + 1] ?? block.length;
    // A cue run into the next without a blank line: the next cue's SRT number is not this cue's text.
    const nextHasId =
      k + 1 < arrows.length && next - 1 > arrowIndex && /^\d+$/.test(block[next - 1]!.text.trim());
    const end = nextHasId ? next - 1 : next;
    const timing = block[arrowIndex]!;
    const number = cues.length + 1;
    const { startMs, endMs } = readTiming(timing, number, format);
    cues.push({
      number,
      line: timing.number,
      startMs,
      endMs,
      text: block.slice(arrowIndex + 1, end).map((line) => line.text),
    });
  });
}

function readTiming(timing: Line, cue: number, format: 'vtt' | 'srt'): { startMs: number; endMs: number } {
  const where = { line: timing.number, cue, expected: format === 'srt' ? 'hh:mm:ss,mmm' : 'hh:mm:ss.mmm' };
  const arrow = timing.text.indexOf('-->');
  const startToken = timing.text.slice(0, arrow).trim();
  const endToken =
    timing.text
      .slice(arrow + 3)
      .trim()
      .split(/\s+/)[0] ?? '';
  if (startToken === '')
    throw new TranscriptError(`line ${timing.number}: the time line has no start time.`, where);
  if (endToken === '')
    throw new TranscriptError(`line ${timing.number}: the time line has no end time.`, where);
  const startMs = requireTime(startToken, 'cue', where);
  const endMs = requireTime(endToken, 'cue', where);
  if (endMs < startMs) {
    throw new TranscriptError(
      `line ${timing.number}: cue ${cue} ends at ${formatTime(endMs)}, before it starts at ${formatTime(startMs)}.`,
      where,
    );
  }
  return { startMs, endMs };
}

interface CueLine {
  voice: string | null;
  text: string;
}

function cuesToSegments(cues: Cue[], warnings: WarningLog): DraftSegment[] {
  const votes = new SpeakerVotes();
  const cueLines = cues.map((cue) => {
    const lines: CueLine[] = [];
    for (const raw of cue.text) {
      const text = toPlainText(raw);
      // A lone dash separates two speakers' lines in subtitle dialogue; it is not speech.
      if (text === '' || /^[-–—]$/.test(text)) continue;
      lines.push({ voice: readVoice(raw), text });
    }
    lines.forEach((line, k) => {
      if (line.voice !== null) return;
      const labelled = splitLabel(line.text);
      if (labelled) votes.countLabel(labelled.label);
      const name = k < lines.length - 1 ? bareName(line.text) : null;
      if (name !== null) votes.countBareName(name);
    });
    return lines;
  });

  const segments: DraftSegment[] = [];
  let empty = 0;
  cues.forEach((cue, c) => {
    const before = segments.length;
    let current: DraftSegment | null = null;
    const start = (speaker: string | null, text: string) => {
      if (current && current.text !== '') segments.push(current);
      // Messages about a cue point at its time line, where its times are.
      current = { speaker, startMs: cue.startMs, endMs: cue.endMs, text, line: cue.line, cue: cue.number };
    };
    const lines = cueLines[c]!;
    lines.forEach((line, k) => {
      const speaker = current?.speaker ?? null;
      if (line.voice !== null) {
        if (current === null || line.voice !== speaker) start(line.voice, line.text);
        else append(current, line.text);
        return;
      }
      const labelled = splitLabel(line.text);
      if (labelled && votes.isSpeakerLabel(labelled.label)) {
        start(labelled.label, labelled.text);
        return;
      }
      const name = k < lines.length - 1 ? bareName(line.text) : null;
      if (name !== null && votes.isSpeakerLine(name)) {
        start(name, '');
        return;
      }
      if (current === null) start(null, line.text);
      else append(current, line.text);
    });
    const last = current as DraftSegment | null;
    if (last && last.text !== '') segments.push(last);
    if (segments.length === before) empty += 1;
  });
  if (empty > 0) {
    warnings.add(
      'empty',
      `${empty} cue${empty === 1 ? ' has' : 's have'} no text and ${empty === 1 ? 'was' : 'were'} skipped.`,
    );
  }
  return segments;
}

function append(segment: DraftSegment, text: string): void {
  segment.text = segment.text === '' ? text : `${segment.text} ${text}`;
}
