import { normaliseSpace, stripMarkup } from './markup';
import { isPlausibleName, SpeakerVotes, splitLabel } from './speakers';
import { formatTime, isOutOfRangeTime, readTime, requireTime } from './times';
import { type DraftSegment, type ReadOptions, TranscriptError, type WarningLog } from './types';

/**
 * Plain text and the text of .docx transcripts, one line (or paragraph) at a time. Accepted lines:
 * - "Jane Doe: text", optionally after a time: "[00:01:23] Jane Doe: text", "00:01:23 Jane Doe: text",
 *   "1:23 - Jane Doe: text"; or with the time in the label: "Jane Doe (00:01:23): text" (Rev);
 * - "Jane Doe   0:03" headers, the name and time apart by a tab or 2+ spaces, speech on the next lines
 *   (Teams .docx today, Otter);
 * - "0:0:5.1 --> 0:0:8.25" time lines, then the speaker's name alone, then the speech (older Teams .docx);
 * - a time alone on a line ("00:05:00"), which times the line after it (Google Meet transcripts);
 * - "[00:01:23] text" with no speaker;
 * - any other line continues the speech before it. A bare time counts only when a speaker, a separator
 *   or the end of the line follows, so "10:30 works for me" stays speech.
 * Lines before the first speaker or time (a title, a date, "Attendees") are skipped with a warning, and
 * "… started transcription" lines and vendor footers ("Transcribed by https://otter.ai") are dropped. Text with none of these shapes becomes one segment per
 * paragraph (text between blank lines, or a .docx paragraph), with no speaker. Times here are starts only (except after time lines): endMs stays null.
 */

type Kind =
  | { kind: 'skip' }
  | { kind: 'arrow'; startMs: number; endMs: number }
  | { kind: 'marker'; startMs: number }
  | { kind: 'header'; speaker: string; startMs: number; text: string }
  | { kind: 'label'; label: string; startMs: number | null; text: string }
  | { kind: 'timed'; startMs: number; text: string }
  | { kind: 'plain'; text: string };

interface Classified {
  line: number;
  text: string;
  parsed: Kind;
}

// Patterns run on every line, so each must stay linear on any line (see markup.ts). The 's' flag lets
// a trailing (.*) run to the end of the line whatever it holds: without it, a U+2028 in the line made
// every shorter split of the spaces before it fail in turn. The header's name part is bounded, because
// a lazy name followed by a run of 2+ spaces is tried at every position of a long run of spaces.
const TIME_TOKEN = '\\d+(?::\\d+)+(?:[.,]\\d+)?';
const BRACKETED_TIME = new RegExp(`^[[(](-?${TIME_TOKEN})[\\])]\\s*(?:[-–—|]\\s*)?(.*)$`, 's');
const BARE_TIME = new RegExp(`^(-?${TIME_TOKEN})(?:\\s*[-–—|]\\s*|\\s+|$)(.*)$`, 's');
const HEADER = new RegExp(`^(\\S.{0,80}?)(?:\\t|\\s{2,})(${TIME_TOKEN})(?:\\s+(.*))?$`, 's');
const SYSTEM_LINE = /^.{1,80}\s(?:started|stopped|paused|resumed) transcription\.?$/i;
// Lines transcription services add to every export (Otter ends each file with the first one): without
// this, the last speaker "said" them.
const VENDOR_LINE =
  /^(?:transcribed|transcription|transcript generated|generated|powered) by\s+(?:https?:\/\/)?(?:www\.)?(?:otter\.ai|rev\.com|temi\.com|trint\.com|sonix\.ai|happyscribe\.com|descript\.com|fireflies\.ai)\S{0,80}$/i;

export function readTextLines(
  lines: { text: string; line: number }[],
  warnings: WarningLog,
  unit: 'line' | 'paragraph',
  options: ReadOptions,
  unstructured: 'paragraphs' | 'refuse' = 'paragraphs',
): DraftSegment[] {
  const votes = new SpeakerVotes(options.notSpeakers);
  const items: Classified[] = [];
  for (const { text: raw, line } of lines) {
    const text = stripMarkup(raw)
      .replace(/\u00a0/g, ' ')
      .trim();
    if (text === '') continue;
    if (VENDOR_LINE.test(text)) {
      warnings.add(
        'vendor',
        `${unit} ${line}: left out “${text}”, which the transcription service adds to every file.`,
      );
      continue;
    }
    const parsed = classify(text, line, unit, votes);
    if (parsed.kind === 'label') votes.countLabel(parsed.label);
    // A turn is a labelled line, or a line that starts a paragraph (each .docx paragraph is one); the
    // lines that continue a paragraph are not turns of their own.
    const startsParagraph = unit === 'paragraph' || items.length === 0 || items.at(-1)!.line < line - 1;
    // lines that continue a paragraph are not turns of their own. A "Name  0:03" header is a turn but not a
    // label: in a file of headers, "March 2009: results" is not backed by the file's pattern.
    if (parsed.kind === 'label') votes.countLine(true);
    else if (
      parsed.kind === 'header' ||
      ((parsed.kind === 'plain' || parsed.kind === 'timed') && startsParagraph)
    )
      votes.countLine(false);
    items.push({ line, text: normaliseSpace(text), parsed });
  }
  // Labels that fail the speaker rules are speech after all ("Bottom line: we need it").
  for (const item of items) {
    if (item.parsed.kind === 'label' && !votes.isSpeakerLabel(item.parsed.label)) {
      item.parsed =
        item.parsed.startMs === null
          ? { kind: 'plain', text: item.text }
          : { kind: 'timed', startMs: item.parsed.startMs, text: stripLeadingTime(item.text) };
    }
  }
  const structured = items.some((item) => item.parsed.kind !== 'plain' && item.parsed.kind !== 'skip');
  if (!structured) {
    if (unstructured === 'refuse') {
      throw new TranscriptError(
        'This Word document does not look like a call transcript (no speaker turns or times). Import it as plain text anyway, or choose the transcript exported from the call.',
        { reason: 'not-a-transcript' },
      );
    }
    return paragraphs(lines, warnings, unit);
  }
  return build(items, warnings, votes);
}

function classify(text: string, line: number, unit: 'line' | 'paragraph', votes: SpeakerVotes): Kind {
  const where = { line, unit };
  if (SYSTEM_LINE.test(text)) return { kind: 'skip' };
  if (text.includes('-->')) {
    const arrow = text.indexOf('-->');
    const startToken = text.slice(0, arrow).trim();
    const endToken =
      text
        .slice(arrow + 3)
        .trim()
        .split(/\s+/)[0] ?? '';
    if (/^-?\d/.test(startToken) && /^-?\d/.test(endToken)) {
      const startMs = requireTime(startToken, 'loose', where);
      const endMs = requireTime(endToken, 'loose', where);
      if (endMs < startMs) {
        throw new TranscriptError(
          `${unit} ${line}: ends at ${formatTime(endMs)}, before it starts at ${formatTime(startMs)}.`,
          { line },
        );
      }
      return { kind: 'arrow', startMs, endMs };
    }
  }
  const bracketed = BRACKETED_TIME.exec(text);
  if (bracketed) return timedLine(requireTime(bracketed[1]!, 'stamp', where), bracketed[2]!, line, unit);
  const bare = BARE_TIME.exec(text);
  if (bare) {
    const rest = bare[2]!;
    const labelled = splitLabel(normaliseSpace(rest));
    // "10:30 works for me" is speech; a time is only a timestamp before a speaker, a separator or nothing.
    const separated = rest === '' || labelled !== null || /^[-–—|]/.test(text.slice(bare[1]!.length).trim());
    if (separated) return timedLine(requireTime(bare[1]!, 'stamp', where), rest, line, unit);
  }
  const header = HEADER.exec(text);
  if (header) {
    const name = normaliseSpace(header[1]!);
    // A rejected header name is read as the line it is (below), so its text stays whole.
    if (isPlausibleName(name) && !name.includes(':') && !votes.isRejected(name)) {
      const startMs = readTime(header[2]!, 'stamp');
      if (startMs !== null) {
        return { kind: 'header', speaker: name, startMs, text: normaliseSpace(header[3] ?? '') };
      }
      // "Jane Doe   9999999:00:00" is a header with an impossible time, not speech: say so.
      if (isOutOfRangeTime(header[2]!, 'stamp')) requireTime(header[2]!, 'stamp', where);
    }
  }
  const labelled = splitLabel(normaliseSpace(text));
  if (labelled) {
    const startMs = labelled.time === null ? null : requireTime(labelled.time, 'stamp', where);
    return { kind: 'label', label: labelled.label, startMs, text: labelled.text };
  }
  return { kind: 'plain', text: normaliseSpace(text) };
}

function timedLine(startMs: number, rest: string, line: number, unit: 'line' | 'paragraph'): Kind {
  const text = normaliseSpace(rest);
  if (text === '') return { kind: 'marker', startMs };
  const labelled = splitLabel(text);
  if (labelled) {
    if (labelled.time !== null) requireTime(labelled.time, 'stamp', { line, unit });
    return { kind: 'label', label: labelled.label, startMs, text: labelled.text };
  }
  return { kind: 'timed', startMs, text };
}

function stripLeadingTime(text: string): string {
  const bracketed = BRACKETED_TIME.exec(text);
  if (bracketed) return bracketed[2]!.trim();
  const bare = BARE_TIME.exec(text);
  return bare ? bare[2]!.trim() : text;
}

interface Pending {
  startMs: number;
  endMs: number | null;
  /** From a "start --> end" line, where a name alone on the next line is the speaker. */
  fromArrow: boolean;
  /** The speaker before a bare time marker, who carries on until a new name appears. */
  speaker: string | null;
}

function build(items: Classified[], warnings: WarningLog, votes: SpeakerVotes): DraftSegment[] {
  const segments: DraftSegment[] = [];
  const state: { current: DraftSegment | null; pending: Pending | null } = { current: null, pending: null };
  let skipped = 0;
  let seenStructure = false;

  const flush = () => {
    if (state.current && state.current.text !== '') segments.push(state.current);
    state.current = null;
  };
  const open = (
    speaker: string | null,
    text: string,
    line: number,
    startMs: number | null,
    endMs: number | null,
  ) => {
    flush();
    state.current = { speaker, startMs, endMs, text, line };
    state.pending = null;
  };

  for (let k = 0; k < items.length; k += 1) {
    const item = items[k]!;
    const parsed = item.parsed;
    const pending = state.pending;
    if (parsed.kind === 'skip') continue;
    if (parsed.kind === 'plain') {
      if (pending !== null) {
        // Older Teams .docx: time line, then the speaker's name alone, then the speech.
        const nameFollows =
          pending.fromArrow &&
          items[k + 1]?.parsed.kind === 'plain' &&
          isSpeakerName(parsed.text) &&
          !votes.isRejected(parsed.text);
        if (nameFollows) open(parsed.text, '', item.line, pending.startMs, pending.endMs);
        else open(pending.speaker, parsed.text, item.line, pending.startMs, pending.endMs);
      } else if (state.current !== null) {
        append(state.current, parsed.text);
      } else if (seenStructure) {
        open(null, parsed.text, item.line, null, null);
      } else {
        skipped += 1;
      }
      continue;
    }
    seenStructure = true;
    switch (parsed.kind) {
      case 'arrow':
      case 'marker': {
        const speaker = state.current?.speaker ?? segments.at(-1)?.speaker ?? null;
        flush();
        state.pending =
          parsed.kind === 'arrow'
            ? { startMs: parsed.startMs, endMs: parsed.endMs, fromArrow: true, speaker: null }
            : { startMs: parsed.startMs, endMs: null, fromArrow: false, speaker };
        break;
      }
      case 'header':
        open(parsed.speaker, parsed.text, item.line, parsed.startMs, null);
        break;
      case 'label':
        if (parsed.startMs !== null) open(parsed.label, parsed.text, item.line, parsed.startMs, null);
        else open(parsed.label, parsed.text, item.line, pending?.startMs ?? null, pending?.endMs ?? null);
        break;
      case 'timed':
        open(null, parsed.text, item.line, parsed.startMs, null);
        break;
    }
  }
  flush();
  if (skipped > 0) {
    warnings.add(
      'preamble',
      `Skipped ${skipped} line${skipped === 1 ? '' : 's'} before the first speaker (such as a title, date or attendee list).`,
    );
  }
  return segments;
}

function isSpeakerName(text: string): boolean {
  return isPlausibleName(text) && !/[.,:]$/.test(text);
}

function paragraphs(
  lines: { text: string; line: number }[],
  warnings: WarningLog,
  unit: 'line' | 'paragraph',
): DraftSegment[] {
  const segments: DraftSegment[] = [];
  let current: DraftSegment | null = null;
  for (const { text: raw, line } of lines) {
    const text = normaliseSpace(stripMarkup(raw));
    // Text paragraphs are separated by blank lines; a .docx has real paragraphs, each one segment.
    const newParagraph = unit === 'paragraph' && current !== null && current.line !== line;
    if (text === '' || newParagraph) {
      if (current) segments.push(current);
      current = null;
    }
    if (text === '') {
      if (current) segments.push(current);
      current = null;
    } else if (current) append(current, text);
    else current = { speaker: null, startMs: null, endMs: null, text, line };
  }
  if (current) segments.push(current);
  if (segments.length > 0) {
    warnings.add(
      'no-speakers',
      'No speaker names were found, so each paragraph was imported without a speaker. Lines like “Jane Doe: text” name the speaker.',
    );
  }
  return segments;
}

function append(segment: DraftSegment, text: string): void {
  segment.text = segment.text === '' ? text : `${segment.text} ${text}`;
}
