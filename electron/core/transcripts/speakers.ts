/**
 * Which line prefixes name a speaker. Exports write "Jane Doe: text" (Zoom, most text exports) or put the
 * name on a line of its own (Google Meet caption exports, older Teams .docx); speech itself also contains
 * colons ("Quick question: …", "Bottom line: …"), so a candidate must pass the rules below:
 *
 * - shape: 1–6 words and at most 60 characters, starting with a letter, without ? ! ; or quotes, and not a
 *   heading word from HEADINGS below;
 * - and the file's pattern must back it (issue 9 #7): the same label recurs (at least twice), or it looks
 *   like a name and the file is a labelled transcript: labels start at least half of its turns (cues,
 *   or lines that start a paragraph), or two other labels recur. "Looks like a name" is (every word starts with a capital, a
 *   digit or a bracket, apart from particles such as "van" or "de"; scripts without capitals count as
 *   capitalised). A capitalised word before a colon proves nothing on its own: subtitles quote speech
 *   (`Digo: "Le doy un abrazo…"`) and documents have headings ("March 2009: results"); both became
 *   speakers when shape alone decided. Lower-case Zoom names ("dana lee") pass by recurring;
 * - and the manager has not rejected it in the preview (ReadOptions.notSpeakers): then its lines keep
 *   their text whole;
 * - a name alone on a line (no colon) must look like a name and appear at least twice, because a short
 *   capitalised line of speech ("Thank You") is otherwise indistinguishable from a name.
 */

const MAX_WORDS = 6;
const MAX_CHARS = 60;

// Words people put before a colon in speech or in notes, which are never speakers.
const HEADINGS = new Set([
  'action',
  'actions',
  'agenda',
  'answer',
  'applause',
  'attendees',
  'bottom line',
  'budget',
  'crosstalk',
  'date',
  'example',
  'fyi',
  'goal',
  'goals',
  'http',
  'https',
  'important',
  'inaudible',
  'laughter',
  'laughs',
  'location',
  'mailto',
  'music',
  'next step',
  'next steps',
  'note',
  'notes',
  'participants',
  'pause',
  'price',
  'pricing',
  'ps',
  'question',
  'quick question',
  're',
  'reminder',
  'silence',
  'step',
  'subject',
  'summary',
  'time',
  'timeline',
  'tip',
  'transcript',
  'update',
  'warning',
]);

const PARTICLES = new Set([
  'al',
  'bin',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'of',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'y',
  'zu',
]);

/** A possible speaker label: right length, no sentence punctuation, not a heading word. */
export function isPlausibleName(label: string): boolean {
  if (label.length === 0 || label.length > MAX_CHARS) return false;
  if (!/^[\p{L}([]/u.test(label)) return false;
  if (/[?!;"“”]/.test(label)) return false;
  const words = label.split(' ');
  if (words.length > MAX_WORDS) return false;
  return !HEADINGS.has(label.toLowerCase().replace(/[()[\]]/g, ''));
}

/** Looks like a person's name or a role label ("Jane Doe", "Doe, Jane (Acme)", "Speaker 2", "田中太郎"). */
export function looksLikeName(label: string): boolean {
  return label.split(' ').every((word) => {
    const first = word.replace(/^[([]/, '').charAt(0);
    if (first === '') return true;
    if (/[\p{Lu}\p{Lt}\p{N}]/u.test(first)) return true;
    // Letters without case (Chinese, Japanese, Arabic…) cannot be capitalised.
    if (/\p{Lo}/u.test(first)) return true;
    return PARTICLES.has(word.toLowerCase());
  });
}

export interface LabelledLine {
  label: string;
  text: string;
  /** A time written inside the label, as in "Jane Doe (00:01:23): text". */
  time: string | null;
}

// The spaces before the colon are one run ("\s*(?:…\s*)?:", not "\s*(?:…)?\s*:"): two neighbouring runs
// can split n spaces n ways, which is quadratic on a line of spaces. 's' lets the text run to the end.
const LABEL = /^([^:]{1,80}?)\s*(?:[([]\s*(\d+(?::\d+)+(?:[.,]\d+)?)\s*[)\]]\s*)?:(?:\s+(.*)|$)/s;

/** "Label: text" split by shape alone; whether the label is a speaker is up to a SpeakerVotes. */
export function splitLabel(line: string): LabelledLine | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  const label = match[1]!.trim();
  if (!isPlausibleName(label)) return null;
  return { label, text: (match[3] ?? '').trim(), time: match[2] ?? null };
}

/** A name alone on a line: "Jane Doe", "(Jane Doe)" or "[Jane Doe]". */
export function bareName(line: string): string | null {
  const inner = /^\((.+)\)$|^\[(.+)\]$/.exec(line);
  const name = (inner ? (inner[1] ?? inner[2])! : line).trim();
  if (!isPlausibleName(name) || !looksLikeName(name)) return null;
  if (name.split(' ').length > 5 || /[.,:]$/.test(name)) return null;
  return name;
}

/**
 * Counts candidate labels over a whole transcript, then decides which of them are speakers (the rules
 * are at the top of this file). Every line of speech is counted with `countLine`, labelled or not, so
 * that "labels start most lines" can be told from "one line happens to start with a word and a colon".
 */
export class SpeakerVotes {
  private readonly labels = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private lines = 0;
  private labelledLines = 0;
  /** How many labels recur, counted once all lines are in. */
  private recurring: number | undefined;

  constructor(private readonly rejected: ReadonlySet<string> = new Set()) {}

  /** One turn (a cue, or a line that starts a paragraph); `labelled` when a candidate label or a speaker tag starts it. */
  countLine(labelled: boolean): void {
    this.lines += 1;
    if (labelled) this.labelledLines += 1;
  }

  countLabel(label: string): void {
    this.labels.set(label, (this.labels.get(label) ?? 0) + 1);
  }

  countBareName(name: string): void {
    this.names.set(name, (this.names.get(name) ?? 0) + 1);
  }

  isRejected(label: string): boolean {
    return this.rejected.has(label);
  }

  isSpeakerLabel(label: string): boolean {
    if (this.rejected.has(label)) return false;
    if ((this.labels.get(label) ?? 0) >= 2) return true;
    if (!looksLikeName(label)) return false;
    this.recurring ??= [...this.labels.values()].filter((count) => count >= 2).length;
    return this.labelledLines * 2 >= this.lines || this.recurring >= 2;
  }

  isSpeakerLine(name: string): boolean {
    return !this.rejected.has(name) && (this.names.get(name) ?? 0) >= 2;
  }
}
