// Conversation metrics and suggested moments for call reviews. Pure: no Node, no DOM.
//
// ## How Coachbench measures a call (copy for the user docs)
//
// Each line of the transcript belongs to the **rep side** when its speaker is one of the people you
// marked as the rep side (names compared without regard to case or surrounding spaces), to the
// **customer side** when it has any other speaker, and to neither when the transcript does not say who
// spoke; lines without a speaker are left out of every per-side figure. A transcript **has times** when
// every line has both a start and an end time; otherwise the metrics that need times show as unavailable
// (never as zero).
//
// - **Words**: runs of characters between spaces that contain at least one letter or digit (“don’t”,
//   “follow-up” and “$50,000” are one word each).
// - **Talk share**: each side’s share of the talking. With times, by speaking time: the sum of the
//   durations of that side’s lines (where two lines overlap, both count). Without times, by words. The
//   result says which. Shares are of rep plus customer talk, so they add up to 100 %.
// - **Longest rep monologue**: consecutive rep lines merged into one stretch, until a customer line or a
//   line without a speaker. The longest stretch is the one that lasts longest (from the start of its first
//   line to the end of its last) when the transcript has times, otherwise the one with the most words.
// - **Customer’s longest story**: the same, for consecutive customer lines.
// - **Rep questions**: sentences in rep lines that end with a question mark. A question is **open** when
//   its first word (after fillers such as “so”, “and”, “okay” or “well”) is what, why, how, tell,
//   describe, explain, walk, which, who, whom, whose, where, when, talk, help or share (also “what’s”,
//   “how’d”…); **closed** (yes/no) when it is is, are, am, was, were, do, does, did, can, could, would,
//   will, have, has, had, should, shall, may, might, must or one of their negatives (isn’t, don’t…);
//   anything else (“Right?”, “Your budget is fixed?”) is **other**. The open share is open questions out
//   of all rep questions. The rule reads the first word only: “Could you walk me through it?” is closed.
// - **Speaking pace** (needs times): each side’s words per minute of that side’s speaking time.
// - **Interactivity** (needs times): how many times per minute the speaker changes, over the call from
//   the first line’s start to the last line’s end. Lines without a speaker are passed over.
//
// **Suggested moments** point at lines worth a look: every rep question; every rep monologue longer than
// 90 seconds (or, without times, longer than 250 words); and every line, from either side, that mentions
// a word from the competitor, pricing or next-step lists. A list word matches as a whole word or phrase,
// in any case, also with a plural “s” or “es”; in a phrase, a space also matches a hyphen (“follow up”
// finds “follow-up”). Two built-in rules add what lists miss: a **concession** (“fifteen percent off”,
// “waive the fee”, “match their price”), and a **next step that names a day** (a meeting verb and a
// weekday or date in one sentence: “Could we hold fifteen minutes on Thursday?”), which is preferred to
// a list word in the same line.

export interface TranscriptSegment {
  /** Position in the transcript, from 0. */
  index: number;
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
}

export type TalkBasis = 'duration' | 'words';

export interface TalkShare {
  basis: TalkBasis;
  /** Milliseconds of speaking time, or words, depending on the basis. */
  rep: number;
  customer: number;
  /** From 0 to 1; null when neither side said anything. */
  repShare: number | null;
  customerShare: number | null;
}

export interface Stretch {
  startIndex: number;
  endIndex: number;
  /** Null without times. */
  startMs: number | null;
  durationMs: number | null;
  words: number;
}

export interface QuestionCounts {
  total: number;
  open: number;
  closed: number;
  other: number;
  /** open / total, null when the rep asked no questions. */
  openShare: number | null;
}

export interface ConversationMetrics {
  hasTimes: boolean;
  /** Whether any line belongs to a side at all; without that, every per-side figure is unavailable. */
  speakersKnown: boolean;
  words: { rep: number; customer: number; unattributed: number };
  talk: TalkShare;
  longestRepMonologue: Stretch | null;
  longestCustomerStory: Stretch | null;
  repQuestions: QuestionCounts;
  /** Null without times; a side that never spoke has a null pace. */
  paceWpm: { rep: number | null; customer: number | null } | null;
  /** Speaker changes per minute; null without times or when the call has no length. */
  interactivity: number | null;
}

export type Side = 'rep' | 'customer';

const OPEN_OPENERS = new Set([
  'what',
  'why',
  'how',
  'tell',
  'describe',
  'explain',
  'walk',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'talk',
  'help',
  'share',
]);

const CLOSED_OPENERS = new Set(
  [
    'is',
    'are',
    'am',
    'was',
    'were',
    'do',
    'does',
    'did',
    'can',
    'could',
    'would',
    'will',
    'have',
    'has',
    'had',
    'should',
    'shall',
    'may',
    'might',
    'must',
  ]
    .flatMap((verb) => [verb, `${verb}n't`])
    .concat(["won't", "can't", "shan't", "aren't", "isn't"]),
);

const FILLERS = new Set([
  'so',
  'and',
  'but',
  'okay',
  'ok',
  'well',
  'um',
  'uh',
  'erm',
  'now',
  'then',
  'right',
  'alright',
  'also',
  'oh',
]);

export function countWords(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  return words;
}

export type SideOf = (segment: TranscriptSegment) => Side | null;

export function sideOf(repSpeakers: readonly string[]): SideOf {
  const rep = new Set(repSpeakers.map(normaliseName));
  // Each speaker's side is worked out once: the metrics ask for every line several times, and a call
  // has a handful of speakers but may have 100,000 lines.
  const known = new Map<string, Side | null>();
  return (segment) => {
    const speaker = segment.speaker;
    if (speaker === null) return null;
    let side = known.get(speaker);
    if (side === undefined) {
      side = speaker.trim() === '' ? null : rep.has(normaliseName(speaker)) ? 'rep' : 'customer';
      known.set(speaker, side);
    }
    return side;
  };
}

function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function hasTimes(segments: readonly TranscriptSegment[]): boolean {
  return segments.length > 0 && segments.every((s) => s.startMs !== null && s.endMs !== null);
}

function durationOf(segment: TranscriptSegment): number {
  return Math.max(0, segment.endMs! - segment.startMs!);
}

export function computeConversationMetrics(
  segments: readonly TranscriptSegment[],
  repSpeakers: readonly string[],
): ConversationMetrics {
  const side = sideOf(repSpeakers);
  const timed = hasTimes(segments);
  const words = { rep: 0, customer: 0, unattributed: 0 };
  const durations = { rep: 0, customer: 0 };
  // Counted once for every figure that needs them: a call may have 100,000 lines.
  const counts = segments.map((segment) => countWords(segment.text));
  for (const [i, segment] of segments.entries()) {
    const s = side(segment);
    const count = counts[i]!;
    if (s === null) {
      words.unattributed += count;
      continue;
    }
    words[s] += count;
    if (timed) durations[s] += durationOf(segment);
  }
  const amounts = timed ? durations : words;
  const total = amounts.rep + amounts.customer;
  const talk: TalkShare = {
    basis: timed ? 'duration' : 'words',
    rep: amounts.rep,
    customer: amounts.customer,
    repShare: total === 0 ? null : amounts.rep / total,
    customerShare: total === 0 ? null : amounts.customer / total,
  };
  const perMinute = (count: number, ms: number) => (ms > 0 ? count / (ms / 60_000) : null);
  return {
    hasTimes: timed,
    speakersKnown: segments.some((segment) => side(segment) !== null),
    words,
    talk,
    longestRepMonologue: longest(stretches(segments, side, 'rep', counts), timed),
    longestCustomerStory: longest(stretches(segments, side, 'customer', counts), timed),
    repQuestions: countQuestions(segments, side),
    paceWpm: timed
      ? { rep: perMinute(words.rep, durations.rep), customer: perMinute(words.customer, durations.customer) }
      : null,
    interactivity: timed ? interactivity(segments) : null,
  };
}

/**
 * Runs of consecutive segments on one side, each merged into a stretch. `counts`, when given, holds each
 * segment's words (countWords), in the same order.
 */
export function stretches(
  segments: readonly TranscriptSegment[],
  side: SideOf,
  wanted: Side,
  counts: readonly number[] = segments.map((segment) => countWords(segment.text)),
): Stretch[] {
  const timed = hasTimes(segments);
  const out: Stretch[] = [];
  let run: TranscriptSegment[] = [];
  let runWords = 0;
  const close = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    out.push({
      startIndex: first.index,
      endIndex: last.index,
      startMs: first.startMs,
      durationMs: timed ? Math.max(0, latestEnd(run) - first.startMs!) : null,
      words: runWords,
    });
    run = [];
    runWords = 0;
  };
  for (const [i, segment] of segments.entries()) {
    if (side(segment) === wanted) {
      run.push(segment);
      runWords += counts[i]!;
    } else close();
  }
  close();
  return out;
}

// A loop rather than Math.max(...list): spreading a very long call's segments can overflow the stack.
function latestEnd(segments: readonly TranscriptSegment[]): number {
  let end = Number.NEGATIVE_INFINITY;
  for (const segment of segments) end = Math.max(end, segment.endMs!);
  return end;
}

function earliestStart(segments: readonly TranscriptSegment[]): number {
  let start = Number.POSITIVE_INFINITY;
  for (const segment of segments) start = Math.min(start, segment.startMs!);
  return start;
}

function longest(list: Stretch[], timed: boolean): Stretch | null {
  let best: Stretch | null = null;
  for (const stretch of list) {
    const size = timed ? stretch.durationMs! : stretch.words;
    const bestSize = best === null ? -1 : timed ? best.durationMs! : best.words;
    if (size > bestSize) best = stretch;
  }
  return best;
}

export type QuestionKind = 'open' | 'closed' | 'other';

/** Sentences ending in a question mark; a sentence ends at . ! ? or … (and any closing quote) before a space. */
export function questionsIn(text: string): string[] {
  return text
    .split(/(?<=[.!?？…]["'”’)\]]*)\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[?？]["'”’)\]]*$/.test(sentence));
}

export function classifyQuestion(question: string): QuestionKind {
  const words = question
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s,]+/)
    .map((word) => word.replace(/^[^\p{L}']+|[^\p{L}']+$/gu, ''))
    .filter((word) => word !== '');
  const first = words.find((word) => !FILLERS.has(word));
  if (first === undefined) return 'other';
  if (CLOSED_OPENERS.has(first)) return 'closed';
  // "What's", "how'd", "who're": the opener is the word before the apostrophe.
  if (OPEN_OPENERS.has(first.replace(/'(?:s|re|d|ll|ve)$/, ''))) return 'open';
  return 'other';
}

function countQuestions(segments: readonly TranscriptSegment[], side: SideOf): QuestionCounts {
  const counts = { total: 0, open: 0, closed: 0, other: 0 };
  for (const segment of segments) {
    if (side(segment) !== 'rep') continue;
    for (const question of questionsIn(segment.text)) {
      counts.total += 1;
      counts[classifyQuestion(question)] += 1;
    }
  }
  return { ...counts, openShare: counts.total === 0 ? null : counts.open / counts.total };
}

function interactivity(segments: readonly TranscriptSegment[]): number | null {
  if (segments.length === 0) return null;
  const start = earliestStart(segments);
  const end = latestEnd(segments);
  if (end <= start) return null;
  let switches = 0;
  let previous: string | null = null;
  for (const segment of segments) {
    if (segment.speaker === null) continue;
    const speaker = normaliseName(segment.speaker);
    if (previous !== null && speaker !== previous) switches += 1;
    previous = speaker;
  }
  return switches / ((end - start) / 60_000);
}

// ── Suggested moments ────────────────────────────────────────────────────────────────────────────

export type MomentKind = 'question' | 'monologue' | 'competitor' | 'pricing' | 'concession' | 'nextStep';

export interface Moment {
  kind: MomentKind;
  segmentIndex: number;
  /** The last segment of a monologue; the same as segmentIndex for the other kinds. */
  endSegmentIndex: number;
  startMs: number | null;
  /** The question, the start of the monologue, or the line with the mention. */
  text: string;
  /** For mentions, the words that matched a list entry, as written in the line; null otherwise. */
  term: string | null;
}

export interface MomentKeywords {
  competitor: string[];
  pricing: string[];
  nextStep: string[];
}

export const MONOLOGUE_MOMENT_MS = 90_000;
export const MONOLOGUE_MOMENT_WORDS = 250;
const MONOLOGUE_TEXT_CHARS = 200;

/** Starting lists; a team adds its competitors' names and its own words. */
export const DEFAULT_MOMENT_KEYWORDS: MomentKeywords = {
  competitor: [
    'competitor',
    'alternative',
    'other vendor',
    'another vendor',
    'other provider',
    'another provider',
    'currently using',
    'switch from',
    'switching from',
    'compared to',
    'comparing',
    'versus',
    'incumbent',
  ],
  pricing: [
    'price',
    'pricing',
    'discount',
    'budget',
    'cost',
    'licence',
    'license',
    'quote',
    'invoice',
    'per seat',
    'per user',
    'payment terms',
    'contract value',
    'ROI',
    'expensive',
    'cheaper',
    'afford',
  ],
  nextStep: [
    'next step',
    'follow up',
    'send over',
    'send you',
    'calendar',
    'invite',
    'book a',
    'set up a call',
    'get back to you',
    'circle back',
    'by Monday',
    'by Tuesday',
    'by Wednesday',
    'by Thursday',
    'by Friday',
    'end of the week',
    'end of the month',
    'trial',
    'pilot',
  ],
};

const MENTION_KINDS = ['competitor', 'pricing', 'nextStep'] as const;

// Built-in rules, beside the editable lists: a price concession, and a next step that names a day.
const NUMBER_WORD =
  '(?:\\d+(?:[.,]\\d+)?|(?:a\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)(?:[\\s-]+(?:five|one|two|three|four|six|seven|eight|nine))?|a\\s+few)';
/**
 * "fifteen percent off", "10% discount", "knock 5k off", "waive the setup fee", "throw in a month free",
 * "match their price": a price given away (or asked for), which a manager wants to see handled.
 */
const CONCESSION = new RegExp(
  [
    `${NUMBER_WORD}\\s*(?:%|percent|per\\s+cent)\\s+(?:off|discount|lower|cheaper|reduction|below)`,
    `(?:discount|knock|take)\\s+(?:\\S+\\s+){0,3}off\\b`,
    'waive(?:d|s)?\\s+(?:the|your|our|that)?\\s*(?:\\S+\\s+)?fees?',
    'throw\\s+in\\s+(?:a|an|one|two|three|the)?\\s*(?:\\S+\\s+)?(?:free|for\\s+nothing)',
    `${NUMBER_WORD}\\s+(?:months?|weeks?|licen[cs]es?|seats?)\\s+(?:for\\s+)?free`,
    '(?:match|beat)\\s+(?:their|that|the|your)\\s+(?:price|quote|offer)',
    '(?:price|rate)\\s+(?:match|reduction|cut)',
    '(?:best|final)\\s+(?:and\\s+final\\s+)?price',
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'iu',
);

const DAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\\s+week|this\\s+week|the\\s+week\\s+after|end\\s+of\\s+(?:the\\s+)?(?:week|month)|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(?:january|february|march|april|june|july|august|september|october|november|december)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?)';
const MEETING_VERB =
  '(?:meet|meeting|call|talk|speak|demo|review|catch\\s+up|check\\s+in|hold|book|schedule|send|sign|follow\\s+up|come\\s+back|present|walk\\s+(?:you\\s+)?through|go\\s+through|kick[\\s-]?off)';
/** A next step is a meeting verb and a day in one sentence: "Could we hold fifteen minutes on Thursday?". */
const DATED_NEXT_STEP = new RegExp(
  `(?<![\\p{L}])(?:${MEETING_VERB}(?:ed|ing|s)?(?![\\p{L}])[^.?!]{0,60}?(?<![\\p{L}])${DAY}|${DAY}(?![\\p{L}])[^.?!]{0,40}?(?<![\\p{L}])${MEETING_VERB}(?:ed|ing|s)?)(?![\\p{L}])`,
  'iu',
);

function termPattern(terms: readonly string[]): RegExp | null {
  const parts = terms
    .map((term) => term.trim())
    .filter((term) => term !== '')
    .sort((a, b) => b.length - a.length)
    .map((term) =>
      term
        .split(/[\s-]+/)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s-]+'),
    );
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`, 'iu');
}

export function findMoments(
  segments: readonly TranscriptSegment[],
  repSpeakers: readonly string[],
  keywordLists: MomentKeywords = DEFAULT_MOMENT_KEYWORDS,
): Moment[] {
  const side = sideOf(repSpeakers);
  const timed = hasTimes(segments);
  const moments: Moment[] = [];
  const single = (
    kind: MomentKind,
    segment: TranscriptSegment,
    text: string,
    term: string | null,
  ): Moment => ({
    kind,
    segmentIndex: segment.index,
    endSegmentIndex: segment.index,
    startMs: segment.startMs,
    text,
    term,
  });

  for (const stretch of stretches(segments, side, 'rep')) {
    const long = timed ? stretch.durationMs! > MONOLOGUE_MOMENT_MS : stretch.words > MONOLOGUE_MOMENT_WORDS;
    if (!long) continue;
    const text = segments
      .filter((s) => s.index >= stretch.startIndex && s.index <= stretch.endIndex)
      .map((s) => s.text)
      .join(' ');
    moments.push({
      kind: 'monologue',
      segmentIndex: stretch.startIndex,
      endSegmentIndex: stretch.endIndex,
      startMs: stretch.startMs,
      text: text.length > MONOLOGUE_TEXT_CHARS ? `${text.slice(0, MONOLOGUE_TEXT_CHARS).trimEnd()}…` : text,
      term: null,
    });
  }

  const patterns = MENTION_KINDS.map((kind) => [kind, termPattern(keywordLists[kind])] as const);
  for (const segment of segments) {
    if (side(segment) === 'rep') {
      for (const question of questionsIn(segment.text))
        moments.push(single('question', segment, question, null));
    }
    for (const [kind, pattern] of patterns) {
      // A dated next step names the day, which says more than a list word in the same line.
      const match =
        (kind === 'nextStep' ? DATED_NEXT_STEP.exec(segment.text) : null) ?? pattern?.exec(segment.text);
      if (match) moments.push(single(kind, segment, segment.text, match[0]));
    }
    const concession = CONCESSION.exec(segment.text);
    if (concession) moments.push(single('concession', segment, segment.text, concession[0]));
  }

  const rank: Record<MomentKind, number> = {
    monologue: 0,
    question: 1,
    competitor: 2,
    pricing: 3,
    concession: 4,
    nextStep: 5,
  };
  return moments.sort((a, b) => a.segmentIndex - b.segmentIndex || rank[a.kind] - rank[b.kind]);
}

/** What names a moment across reads, so a dismissal survives the moments being worked out again. */
export function momentKey(moment: Pick<Moment, 'kind' | 'segmentIndex' | 'text'>): string {
  return `${moment.kind}:${moment.segmentIndex}:${moment.text}`;
}

/**
 * The level a scorecard line's annotations point to, for the manager to confirm: the rounded mean of
 * their levels, a strength counting as 3 and a gap as 2 (the rubric's "consistent" and "developing").
 */
export function levelFromAnnotations(
  annotations: readonly { level: number | null; verdict: 'strength' | 'gap' | null }[],
): 1 | 2 | 3 | 4 | null {
  const levels = annotations
    .map((a) => a.level ?? (a.verdict === 'strength' ? 3 : a.verdict === 'gap' ? 2 : null))
    .filter((l): l is number => l !== null);
  if (levels.length === 0) return null;
  const mean = levels.reduce((sum, l) => sum + l, 0) / levels.length;
  return Math.min(4, Math.max(1, Math.round(mean))) as 1 | 2 | 3 | 4;
}
