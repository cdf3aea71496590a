import { readVoice, toPlainText } from './markup';
import { bareName, SpeakerVotes, splitLabel } from './speakers';
import { checkTime, formatTime } from './times';
import { type DraftSegment, type ReadOptions, TranscriptError, type WarningLog } from './types';

/**
 * WebVTT, SubRip and YouTube .sbv share one reader: blocks separated by blank lines, each an optional id
 * line, a time line "start --> end" (in .sbv "start,end") and text lines. What we accept beyond the
 * specs, because real exports do it:
 * - Zoom: numbered cues, "Name: text" in the cue text.
 * - Teams: cue ids like "3ff5ba4d-…/14-0", "<v Name>text</v>" voice tags, NOTE blocks, small overlaps;
 *   from the Graph API, times without leading zeros ("0:0:0.0 --> 0:0:5.320") and, in the
 *   metadataContent variant, a JSON payload {"speakerName", "spokenText"} in each cue.
 * - Google Meet caption exports: the speaker's name alone on the first line of the cue, or "(Name)".
 * - '.' or ',' before the milliseconds in either format; cue settings after the end time are ignored.
 * - A time without milliseconds ("00:00:01"): read as ".000", with a warning naming the line (issue 9
 *   #9: refusing a whole call for it helps nobody, and the reading is unambiguous).
 * - A missing blank line between two cues: the next time line starts a new cue, and the line just
 *   before it, when it is one word, is that cue's id rather than the previous cue's text (warned).
 * - Text after a blank line inside a cue (a hand-edited file) joins the cue before it, with a warning.
 * A cue whose time line is broken (no arrow, no start, bad or too-short times, ends before it starts) is
 * left out and named in a warning, as the WebVTT parsing algorithm drops it; only a file with no good
 * cue at all is refused, with the first cue's problem.
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

type CueFormat = 'vtt' | 'srt' | 'sbv';

// A line that is two times and something between them other than '-->': a time line typed wrong.
// Speech that mentions two times ("10:30 or 11:00") has words between them and does not match.
// Each time is bounded (at most 3 digits between separators, 2 or 3 parts) and the spaces between them
// are one run, so a line splits into two times in only a handful of ways. The old unbounded
// "[\d:.,]*\d:\d[\d:.,]*" could split "1:11:11:1…" anywhere: 10 s on 600 characters, 26 s on 1,200.
const TIME_ISH = '-?\\d{1,3}(?::\\d{1,3}){1,2}(?:[.,]\\d{1,4})?';
const TIMING_LIKE = new RegExp(`^\\s*${TIME_ISH}\\s*(?:(?:-+>?|[–—]>?|=>)\\s*)?${TIME_ISH}(?:\\s.*)?$`, 's');
// A time line, even typed wrong and followed by cue settings, is short; longer lines are speech.
const MAX_TIMING_CHARS = 200;
// YouTube .sbv: "0:00:00.378,0:00:11.378", read as "0:00:00.378 --> 0:00:11.378".
const SBV_TIMING = /^\s*(\d{1,3}:\d{1,2}:\d{1,2}(?:\.\d{1,3})?),(\d{1,3}:\d{1,2}:\d{1,2}(?:\.\d{1,3})?)\s*$/;

/** Why a cue was left out: its time line's number and a message naming it. */
interface Problem {
  message: string;
  line: number;
  cue: number;
}

/** What the reader keeps while it goes: cues so far, blocks seen, and the first cue it had to drop. */
interface Reading {
  format: CueFormat;
  cues: Cue[];
  /** Cue blocks seen, kept or dropped: a cue's number in messages is its place in the file. */
  seen: number;
  firstDropped: Problem | null;
  warnings: WarningLog;
}

/** Lines of a .vtt, .srt or .sbv file, as split (and length-checked) by the caller. */
export function readCueFile(
  lines: string[],
  format: CueFormat,
  warnings: WarningLog,
  options: ReadOptions,
): DraftSegment[] {
  if (format === 'sbv') lines = lines.map((line) => line.replace(SBV_TIMING, '$1 --> $2'));
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i += 1;
  if (format === 'vtt') {
    if (/^WEBVTT(?:[ \t]|$)/.test(lines[i] ?? '')) {
      // The header block (WEBVTT and any "Kind:"/"Language:" lines) runs to the first blank line, or to
      // a time line written straight after it.
      i += 1;
      while (i < lines.length && lines[i]!.trim() !== '' && !lines[i]!.includes('-->')) i += 1;
    } else {
      warnings.add('header', 'The file has no WEBVTT header line; it was read as WebVTT anyway.');
    }
  }
  const reading: Reading = { format, cues: [], seen: 0, firstDropped: null, warnings };
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i += 1;
    const block: Line[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') {
      block.push({ text: lines[i]!, number: i + 1 });
      i += 1;
    }
    if (block.length > 0) readBlock(block, reading);
  }
  const first = reading.firstDropped;
  if (reading.cues.length === 0 && first)
    throw new TranscriptError(first.message, { line: first.line, cue: first.cue });
  return cuesToSegments(reading.cues, warnings, options);
}

/** Leaves a cue out, saying why in a warning; the first one is kept as the error for a file with no good cue. */
function drop(reading: Reading, problem: Problem): void {
  reading.firstDropped ??= problem;
  reading.warnings.add('dropped', `${problem.message.replace(/\.$/, '')}; that cue was left out.`);
}

function readBlock(block: Line[], reading: Reading): void {
  const { format, cues, warnings } = reading;
  const first = block[0]!;
  if (format === 'vtt' && /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first.text)) return;
  const arrows = block.flatMap((line, index) => (line.text.includes('-->') ? [index] : []));
  if (arrows.length === 0) {
    const timingLike = block
      .slice(0, 2)
      .find((line) => line.text.length <= MAX_TIMING_CHARS && TIMING_LIKE.test(line.text));
    if (timingLike) {
      reading.seen += 1;
      drop(reading, {
        message: `line ${timingLike.number}: expected a time line like '00:00:01.000 --> 00:00:04.000', found '${timingLike.text.trim()}'.`,
        line: timingLike.number,
        cue: reading.seen,
      });
      return;
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
    // A cue run into the next without a blank line: a one-word line just before the next time line is
    // that cue's id ("2", "3ff5ba4d-…/14-0"), not this cue's text. Speech has spaces.
    const nextHasId =
      k + 1 < arrows.length && next - 1 > arrowIndex && !/\s/.test(block[next - 1]!.text.trim());
    const end = nextHasId ? next - 1 : next;
    if (k + 1 < arrows.length) {
      warnings.add(
        'glued',
        `line ${block[end]!.number}: no blank line before this cue; ${nextHasId ? `'${block[end]!.text.trim()}' was read as its id, and ` : ''}it was read as a cue of its own.`,
      );
    }
    const timing = block[arrowIndex]!;
    reading.seen += 1;
    const number = reading.seen;
    const times = readTiming(timing, number, format, warnings);
    if (typeof times === 'string') {
      drop(reading, { message: times, line: timing.number, cue: number });
      return;
    }
    cues.push({
      number,
      line: timing.number,
      ...times,
      text: block.slice(arrowIndex + 1, end).map((line) => line.text),
    });
  });
}

/** The cue's times, or the message saying why its time line is broken (the cue is then left out). */
function readTiming(
  timing: Line,
  cue: number,
  format: CueFormat,
  warnings: WarningLog,
): { startMs: number; endMs: number } | string {
  const where = { line: timing.number, cue, expected: format === 'srt' ? 'hh:mm:ss,mmm' : 'hh:mm:ss.mmm' };
  const arrow = timing.text.indexOf('-->');
  const startToken = timing.text.slice(0, arrow).trim();
  const endToken =
    timing.text
      .slice(arrow + 3)
      .trim()
      .split(/\s+/)[0] ?? '';
  if (startToken === '') return `line ${timing.number}: the time line has no start time.`;
  if (endToken === '') return `line ${timing.number}: the time line has no end time.`;
  // SubRip writers keep hh:mm:ss; WebVTT from the Teams Graph API drops leading zeros (0:0:5.320), as
  // Teams .docx files do, so .vtt and .sbv take the loose grammar.
  const grammar = format === 'srt' ? 'cue' : 'loose';
  for (const token of [startToken, endToken]) {
    // Without hours, WebVTT's mm:ss.mmm is the only shape: "00:02.00" or "0:02.000" is a time cut short
    // (the Teams loose format always has all three parts), and the WebVTT algorithm drops the cue.
    if (
      format !== 'srt' &&
      /^\d+:\d+(?:[.,]\d*)?$/.test(token) &&
      !/^\d{2}:\d{2}(?:[.,]\d{3})?$/.test(token)
    ) {
      return `line ${timing.number}: '${token}' is too short to be a time (expected hh:mm:ss.mmm or mm:ss.mmm).`;
    }
  }
  const startMs = checkTime(startToken, grammar, where);
  if (typeof startMs === 'string') return startMs;
  const endMs = checkTime(endToken, grammar, where);
  if (typeof endMs === 'string') return endMs;
  if (endMs < startMs) {
    return `line ${timing.number}: cue ${cue} ends at ${formatTime(endMs)}, before it starts at ${formatTime(startMs)}.`;
  }
  const bare = [startToken, endToken].find((token) => !/[.,]/.test(token));
  if (bare !== undefined) {
    warnings.add(
      'no-milliseconds',
      `line ${timing.number}: the time '${bare}' has no milliseconds; it was read as ${formatTime(bare === startToken ? startMs : endMs)}.`,
    );
  }
  return { startMs, endMs };
}

interface CueLine {
  voice: string | null;
  text: string;
}

function cuesToSegments(cues: Cue[], warnings: WarningLog, options: ReadOptions): DraftSegment[] {
  const votes = new SpeakerVotes(options.notSpeakers);
  const cueLines = cues.map((cue) => {
    const lines: CueLine[] = [];
    for (const raw of cue.text) {
      let text = toPlainText(raw);
      // A lone dash separates two speakers' lines in subtitle dialogue; it is not speech.
      if (text === '' || /^[-–—]$/.test(text)) continue;
      let voice = readVoice(raw);
      const spoken = readTeamsMetadata(text);
      if (spoken) {
        text = spoken.text;
        voice = spoken.speaker ?? voice;
        if (text === '') continue;
      }
      // A rejected voice tag names nobody; its text stays as it is.
      if (voice !== null && votes.isRejected(voice)) voice = null;
      lines.push({ voice, text });
    }
    // A cue is one turn: labelled when any of its lines is voiced or labelled.
    let labelledCue = false;
    lines.forEach((line, k) => {
      if (line.voice !== null) {
        labelledCue = true;
        return;
      }
      const labelled = splitLabel(line.text);
      if (labelled) {
        labelledCue = true;
        votes.countLabel(labelled.label);
      }
      const name = k < lines.length - 1 ? bareName(line.text) : null;
      if (name !== null) votes.countBareName(name);
    });
    if (lines.length > 0) votes.countLine(labelledCue);
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

// A Graph metadataContent payload is a few hundred characters; the line limit bounds JSON.parse anyway.
const MAX_METADATA_CHARS = 10_000;

/**
 * The Teams Graph API's metadataContent variant puts a JSON object in each cue:
 * {"speakerName":"Ana Diaz","spokenText":"Hello","spokenLanguageTag":"en-us"}. Anything that is not
 * that shape (speech that happens to start with '{') is left as the text it is.
 */
function readTeamsMetadata(text: string): { speaker: string | null; text: string } | null {
  if (text.length > MAX_METADATA_CHARS || !text.startsWith('{') || !text.endsWith('}')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { speakerName, spokenText } = value as Record<string, unknown>;
  if (typeof spokenText !== 'string') return null;
  const speaker = typeof speakerName === 'string' ? toPlainText(speakerName) : '';
  return { speaker: speaker === '' ? null : speaker, text: toPlainText(spokenText) };
}
