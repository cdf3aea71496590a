/**
 * The decision-document checklist of a proposal review, and the signals computed from a proposal's text.
 *
 * "A proposal is not an administrative step. It is a decision document": a strong one answers eight
 * questions (shared/research/process-of-sales-management.txt, "Proposal is not paperwork"). The manager
 * rates each; the signals below sit beside the ratings as hints, never as a score of their own.
 */

export const CHECKLIST_QUESTIONS = [
  { key: 'problem', question: 'What problem are we solving?' },
  { key: 'why-now', question: 'Why does it matter (to this customer, now)?' },
  { key: 'recommendation', question: 'What are we recommending?' },
  { key: 'how-it-works', question: 'How will it work?' },
  { key: 'change', question: 'What will change for the customer?' },
  { key: 'cost', question: 'What will it cost?' },
  { key: 'risks', question: 'What risks need to be managed?' },
  { key: 'decision', question: 'What decision is required (and by when, by whom)?' },
] as const;

export type ChecklistKey = (typeof CHECKLIST_QUESTIONS)[number]['key'];
export const CHECKLIST_KEYS = CHECKLIST_QUESTIONS.map((q) => q.key) as [ChecklistKey, ...ChecklistKey[]];

export const CHECKLIST_RATINGS = ['missing', 'weak', 'adequate', 'strong'] as const;
export type ChecklistRating = (typeof CHECKLIST_RATINGS)[number];

/**
 * A rating as a behaviour level (1–4), for the observation a checklist line records: missing is the
 * rubric's lowest level, strong its highest.
 */
export function ratingLevel(rating: ChecklistRating): 1 | 2 | 3 | 4 {
  return (CHECKLIST_RATINGS.indexOf(rating) + 1) as 1 | 2 | 3 | 4;
}

export interface ChecklistLineLike {
  key: ChecklistKey;
  rating: ChecklistRating;
}

export interface ChecklistComparison {
  key: ChecklistKey;
  question: string;
  before: ChecklistRating | null;
  after: ChecklistRating | null;
  /** after − before on the missing…strong scale; null when either side is unrated. */
  change: number | null;
}

/** Two versions' checklists line by line, in the questions' order (v1 vs v2). */
export function compareChecklists(
  before: readonly ChecklistLineLike[],
  after: readonly ChecklistLineLike[],
): ChecklistComparison[] {
  const a = new Map(before.map((l) => [l.key, l.rating]));
  const b = new Map(after.map((l) => [l.key, l.rating]));
  return CHECKLIST_QUESTIONS.map(({ key, question }) => {
    const x = a.get(key) ?? null;
    const y = b.get(key) ?? null;
    return {
      key,
      question,
      before: x,
      after: y,
      change: x === null || y === null ? null : CHECKLIST_RATINGS.indexOf(y) - CHECKLIST_RATINGS.indexOf(x),
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// Computed signals

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CUSTOMER_WORDS = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  'you’re',
  "you'll",
  'you’ll',
  "you've",
  'you’ve',
]);
const SELLER_WORDS = new Set([
  'we',
  'our',
  'ours',
  'us',
  'ourselves',
  "we're",
  'we’re',
  "we'll",
  'we’ll',
  "we've",
  'we’ve',
]);

export interface CustomerFocus {
  /** "you", "your"… and the customer's name. */
  customerMentions: number;
  /** "we", "our", "us"… */
  sellerMentions: number;
  /** customer ÷ (customer + seller), 0–1; null when neither appears. */
  share: number | null;
  /** Written from the seller's point of view: fewer customer mentions than seller mentions. */
  sellerCentred: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whose point of view the proposal is written from: the share of mentions that are the customer's
 * ("you", "your", the customer's name) against the seller's ("we", "our", "us"). Below one half, the
 * proposal talks about the seller more than the customer (the "written from the seller's point of
 * view" smell of the research).
 */
export function customerFocus(text: string, customerName?: string | null): CustomerFocus {
  let customerMentions = 0;
  let sellerMentions = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (CUSTOMER_WORDS.has(word)) customerMentions += 1;
    else if (SELLER_WORDS.has(word)) sellerMentions += 1;
  }
  const name = customerName?.trim();
  if (name) {
    const byName = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    customerMentions += [...text.matchAll(byName)].length;
  }
  const total = customerMentions + sellerMentions;
  const share = total === 0 ? null : customerMentions / total;
  return { customerMentions, sellerMentions, share, sellerCentred: share !== null && share < 0.5 };
}

/**
 * Syllables of one English word by the usual vowel-group heuristic: count groups of vowels (y counts
 * as one), drop a silent final "e" (but not "-le"), at least one. Right for most words, off by one for
 * some; the reading level below averages it over thousands.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1))
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  /**
   * Flesch–Kincaid grade level: 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59, the US
   * school grade needed to follow the text (8–10 reads easily for a busy buyer; above 14 is dense).
   */
  grade: number | null;
  /** Flesch reading ease: 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words); higher is easier. */
  ease: number | null;
}

/**
 * Reading level by the Flesch–Kincaid formulas (Kincaid et al., 1975). A sentence ends at ". ! ?" or at a
 * line break (headings and list items are sentences of their own); words are runs of letters and digits.
 */
export function readingLevel(text: string): ReadingLevel {
  const sentences = text.split(/[.!?]+(?=\s|$)|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
  let words = 0;
  let syl = 0;
  for (const match of text.matchAll(WORD)) {
    words += 1;
    syl += /\p{L}/u.test(match[0]) ? syllables(match[0]) : 1;
  }
  if (words === 0 || sentences === 0) return { words, sentences, syllables: syl, grade: null, ease: null };
  const wps = words / sentences;
  const spw = syl / words;
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    words,
    sentences,
    syllables: syl,
    grade: round1(0.39 * wps + 11.8 * spw - 15.59),
    ease: round1(206.835 - 1.015 * wps - 84.6 * spw),
  };
}

/** A price: a currency sign or code next to a figure ("£48,000", "$1.2m", "EUR 30 000", "12,000 USD"). */
const PRICE =
  /(?:[£$€¥]\s?\d[\d,.\s]*(?:k|m|bn)?\b|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:USD|EUR|GBP|CHF|CAD|AUD|dollars|euros|pounds)\b)/i;
/**
 * Value described: outcomes for the customer, not features. Words of gain and loss tied to the business
 * (save, reduce, increase, return, payback, ROI, revenue, margin, cost of…) as the research's "expected value".
 */
const VALUE =
  /\b(?:value|saves?|saving|savings|reduce[sd]?|reducing|reduction|increase[sd]?|increasing|improve[sd]?|improving|improvement|return on|roi|payback|revenue|margin|outcomes?|benefits?|cost of (?:doing nothing|inaction|delay)|impact)\b/i;

export interface PriceBeforeValue {
  /** Character offset of the first price in the text, or null. */
  firstPriceAt: number | null;
  /** Character offset of the first description of value, or null. */
  firstValueAt: number | null;
  /** A price appears and no value was described before it. */
  priceFirst: boolean;
}

/** Whether the proposal quotes a price before it describes the value to the customer. */
export function priceBeforeValue(text: string): PriceBeforeValue {
  const price = PRICE.exec(text);
  const value = VALUE.exec(text);
  const firstPriceAt = price ? price.index : null;
  const firstValueAt = value ? value.index : null;
  return {
    firstPriceAt,
    firstValueAt,
    priceFirst: firstPriceAt !== null && (firstValueAt === null || firstPriceAt < firstValueAt),
  };
}

export interface ProposalSignals {
  customerFocus: CustomerFocus;
  length: {
    words: number;
    characters: number /** at 500 words a page */;
    pages: number /** at 238 words a minute */;
    readingMinutes: number;
  };
  readingLevel: ReadingLevel;
  priceBeforeValue: PriceBeforeValue;
}

/** Every computed signal of one version's text. */
export function proposalSignals(text: string, customerName?: string | null): ProposalSignals {
  const level = readingLevel(text);
  return {
    customerFocus: customerFocus(text, customerName),
    length: {
      words: level.words,
      characters: text.length,
      pages: Math.max(level.words === 0 ? 0 : 1, Math.ceil(level.words / 500)),
      readingMinutes: Math.ceil(level.words / 238),
    },
    readingLevel: level,
    priceBeforeValue: priceBeforeValue(text),
  };
}
