// Improvement over time, computed from observations. Pure functions: no clock, no database; the caller
// passes "as of" dates. docs/progress.md explains every rule below in the user's words; change both together.
import { addDays } from '../dates';

// Day numbers of ISO dates, cached: the team view turns tens of thousands of dates into ages, and the
// same few hundred dates repeat.
const dayNumbers = new Map<string, number>();
function dayNumber(isoDate: string): number {
  let n = dayNumbers.get(isoDate);
  if (n === undefined) {
    n =
      Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) /
      86_400_000;
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(isoDate, n);
  }
  return n;
}
/** Whole days from a to b (b − a). */
const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);

/** An observation as the statistics see it: a date and either a rubric level (1–4) or a strength/gap verdict. */
export interface ObservedRating {
  observedOn: string;
  level: number | null;
  verdict: 'strength' | 'gap' | null;
}

/** An observation from 90 days before counts half as much as one from the same day. */
export const HALF_LIFE_DAYS = 90;
/** A strength or gap says which half of the scale, not where in it: it counts half as much as a rubric level. */
export const VERDICT_WEIGHT = 0.5;
/** Strength sits in the middle of "consistent or role model", gap in the middle of "not yet or developing". */
export const VERDICT_VALUES = { strength: 3.5, gap: 1.5 } as const;

/** The trend verdict looks at the last six months only: older evidence says little about the direction now. */
export const VERDICT_WINDOW_DAYS = 182;
/** Fewer observations than this in the window, and no trend is called. */
export const MIN_TREND_OBSERVATIONS = 4;
/** …nor when they fall on fewer distinct days (one busy day is one look at the rep)… */
export const MIN_TREND_DAYS = 3;
/** …nor when they span less than four weeks. */
export const MIN_TREND_SPAN_DAYS = 28;
/** The fitted line must rise or fall at least this much per quarter (90 days) to call a direction. */
export const TREND_CHANGE_PER_QUARTER = 0.3;

/** Did coaching work: each side of the focus date needs at least this many observations. */
export const MIN_OBSERVATIONS_EACH_SIDE = 2;
/** …and the level after must differ from the level before by at least this much to count as higher or lower. */
export const BEFORE_AFTER_DIFFERENCE = 0.5;
export const DEFAULT_BEFORE_AFTER_WEEKS = 6;

/** The number a rating stands for on the 1–4 scale, and how much it counts as evidence. */
export function ratingValue(
  r: Pick<ObservedRating, 'level' | 'verdict'>,
): { value: number; weight: number } | null {
  if (r.level !== null) return { value: r.level, weight: 1 };
  if (r.verdict !== null) return { value: VERDICT_VALUES[r.verdict], weight: VERDICT_WEIGHT };
  return null;
}

/** How much an observation made on `observedOn` counts on `asOf` (1 on the day, ½ after HALF_LIFE_DAYS). */
export function recencyWeight(observedOn: string, asOf: string): number {
  const age = Math.max(0, daysBetween(observedOn, asOf));
  return 0.5 ** (age / HALF_LIFE_DAYS);
}

/** The weight a point has in the level estimate on `asOf`: what kind of rating it is times how recent. */
export function pointWeight(r: ObservedRating, asOf: string): number {
  const rating = ratingValue(r);
  return rating === null ? 0 : rating.weight * recencyWeight(r.observedOn, asOf);
}

export interface LevelEstimate {
  /** Recency-weighted mean on the 1–4 scale, rounded to one decimal. */
  level: number;
  /** How many observations it rests on (all of them up to asOf, each weighted). */
  observationCount: number;
  lastObservedOn: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The current level: the mean of every rating up to `asOf`, each weighted by its kind and its age.
 * Null when there is no rating: never a level without evidence. Because every weight decays at the same
 * rate, the estimate changes only when new evidence arrives, not merely because time passes.
 */
export function levelEstimate(ratings: readonly ObservedRating[], asOf: string): LevelEstimate | null {
  let sum = 0;
  let weights = 0;
  let count = 0;
  let last = '';
  for (const r of ratings) {
    if (r.observedOn > asOf) continue;
    const rating = ratingValue(r);
    if (rating === null) continue;
    const w = rating.weight * recencyWeight(r.observedOn, asOf);
    sum += w * rating.value;
    weights += w;
    count += 1;
    if (r.observedOn > last) last = r.observedOn;
  }
  return estimateFromSums(sum, weights, count, last);
}

/**
 * The level estimate from its sums (Σ weight × value, Σ weight over `count` ratings, the last on
 * `lastObservedOn`), for callers that add the weights up elsewhere (the team view sums them in SQL).
 */
export function estimateFromSums(
  weightedSum: number,
  weightSum: number,
  count: number,
  lastObservedOn: string,
): LevelEstimate | null {
  if (count === 0 || weightSum === 0) return null;
  return { level: round1(weightedSum / weightSum), observationCount: count, lastObservedOn };
}

/**
 * The smoothed trend line: the level estimate as it stood at the end of each day with an observation.
 * Its last point is the current estimate.
 */
export function smoothedTrend(ratings: readonly ObservedRating[]): { date: string; level: number }[] {
  const dates = [...new Set(ratings.filter((r) => ratingValue(r) !== null).map((r) => r.observedOn))].sort();
  return dates.map((date) => ({ date, level: levelEstimate(ratings, date)!.level }));
}

export const TREND_KINDS = ['improving', 'steady', 'declining', 'not-enough-evidence'] as const;
export type TrendKind = (typeof TREND_KINDS)[number];

export interface TrendVerdict {
  kind: TrendKind;
  /** The fitted line's change in levels per 90 days, when it could be fitted. */
  changePerQuarter: number | null;
  /** Observations inside the window the verdict looked at. */
  observationsInWindow: number;
  windowStart: string;
  /** The rule's reasoning in words, for the user. */
  reason: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Improving, steady, declining, or not enough evidence. Looks at the last VERDICT_WINDOW_DAYS; needs
 * MIN_TREND_OBSERVATIONS on MIN_TREND_DAYS distinct days spanning MIN_TREND_SPAN_DAYS. Then fits a
 * straight line through the ratings (weighted by kind only: the window already keeps it recent).
 * A change per quarter of at least ±TREND_CHANGE_PER_QUARTER, at least one standard error away from
 * flat, is improving or declining; a smaller change is steady; a large change that the scatter makes
 * uncertain is not enough evidence.
 */
export function trendVerdict(ratings: readonly ObservedRating[], asOf: string): TrendVerdict {
  const windowStart = addDays(asOf, -VERDICT_WINDOW_DAYS);
  const points = ratings
    .filter((r) => r.observedOn >= windowStart && r.observedOn <= asOf)
    .map((r) => ({ x: daysBetween(windowStart, r.observedOn), rating: ratingValue(r), date: r.observedOn }))
    .filter(
      (p): p is { x: number; rating: { value: number; weight: number }; date: string } => p.rating !== null,
    );
  const n = points.length;
  const base = { observationsInWindow: n, windowStart };
  const notEnough = (reason: string): TrendVerdict => ({
    kind: 'not-enough-evidence',
    changePerQuarter: null,
    ...base,
    reason,
  });
  if (n < MIN_TREND_OBSERVATIONS)
    return notEnough(
      `${plural(n, 'observation')} in the last six months; a trend needs at least ${MIN_TREND_OBSERVATIONS}.`,
    );
  const days = new Set(points.map((p) => p.date));
  if (days.size < MIN_TREND_DAYS)
    return notEnough(
      `The observations fall on ${plural(days.size, 'day')}; a trend needs at least ${MIN_TREND_DAYS} different days.`,
    );
  const xs = points.map((p) => p.x);
  const span = Math.max(...xs) - Math.min(...xs);
  if (span < MIN_TREND_SPAN_DAYS)
    return notEnough(
      `The observations span ${plural(span, 'day')}; a trend needs at least ${MIN_TREND_SPAN_DAYS}.`,
    );

  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (const p of points) {
    sw += p.rating.weight;
    swx += p.rating.weight * p.x;
    swy += p.rating.weight * p.rating.value;
  }
  const mx = swx / sw;
  const my = swy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += p.rating.weight * (p.x - mx) ** 2;
    sxy += p.rating.weight * (p.x - mx) * (p.rating.value - my);
  }
  const slope = sxy / sxx;
  let residuals = 0;
  for (const p of points) residuals += p.rating.weight * (p.rating.value - (my + slope * (p.x - mx))) ** 2;
  // The usual weighted least-squares standard error of the slope, with n − 2 degrees of freedom.
  const standardError = Math.sqrt(residuals / (n - 2) / sxx) * 90;
  const change = slope * 90;
  const changePerQuarter = round2(change);
  const words = `The trend line ${change >= 0 ? 'rose' : 'fell'} ${Math.abs(changePerQuarter).toFixed(2)} levels per quarter over ${plural(n, 'observation')}`;
  if (Math.abs(change) < TREND_CHANGE_PER_QUARTER)
    return {
      kind: 'steady',
      changePerQuarter,
      ...base,
      reason: `${words}: less than ${TREND_CHANGE_PER_QUARTER} either way.`,
    };
  if (Math.abs(change) < standardError)
    return {
      kind: 'not-enough-evidence',
      changePerQuarter,
      ...base,
      reason: `${words}, but the observations disagree too much to be sure of the direction.`,
    };
  return {
    kind: change > 0 ? 'improving' : 'declining',
    changePerQuarter,
    ...base,
    reason: `${words}: at least ${TREND_CHANGE_PER_QUARTER}, and clear of the scatter.`,
  };
}

export const BEFORE_AFTER_OUTCOMES = [
  'higher',
  'same',
  'lower',
  'too-little-evidence',
  'in-progress',
] as const;
export type BeforeAfterOutcome = (typeof BEFORE_AFTER_OUTCOMES)[number];

export interface SideOfFocus {
  /** Mean of the ratings on this side (weighted by kind, not by age), or null without any. */
  level: number | null;
  observationCount: number;
  from: string;
  to: string;
}

export interface BeforeAfter {
  before: SideOfFocus;
  after: SideOfFocus;
  outcome: BeforeAfterOutcome;
}

function sideOf(ratings: readonly ObservedRating[], from: string, to: string): SideOfFocus {
  let sum = 0;
  let weights = 0;
  let count = 0;
  for (const r of ratings) {
    if (r.observedOn < from || r.observedOn > to) continue;
    const rating = ratingValue(r);
    if (rating === null) continue;
    sum += rating.weight * rating.value;
    weights += rating.weight;
    count += 1;
  }
  return { level: count === 0 ? null : round2(sum / weights), observationCount: count, from, to };
}

/**
 * Levels in the `weeks` before a focus was set (the day itself included: what prompted it) against the
 * `weeks` after. In progress while the after window is still open on `asOf`; too little evidence with
 * fewer than MIN_OBSERVATIONS_EACH_SIDE on either side; otherwise higher or lower by at least
 * BEFORE_AFTER_DIFFERENCE, or the same.
 */
export function beforeAfter(
  ratings: readonly ObservedRating[],
  setOn: string,
  weeks: number,
  asOf: string,
): BeforeAfter {
  const before = sideOf(ratings, addDays(setOn, -7 * weeks), setOn);
  const afterEnd = addDays(setOn, 7 * weeks);
  const after = sideOf(ratings, addDays(setOn, 1), afterEnd <= asOf ? afterEnd : asOf);
  let outcome: BeforeAfterOutcome;
  if (afterEnd > asOf) outcome = 'in-progress';
  else if (
    before.observationCount < MIN_OBSERVATIONS_EACH_SIDE ||
    after.observationCount < MIN_OBSERVATIONS_EACH_SIDE
  )
    outcome = 'too-little-evidence';
  else {
    const difference = after.level! - before.level!;
    outcome =
      difference >= BEFORE_AFTER_DIFFERENCE
        ? 'higher'
        : difference <= -BEFORE_AFTER_DIFFERENCE
          ? 'lower'
          : 'same';
  }
  return { before, after: { ...after, to: afterEnd }, outcome };
}

/**
 * Focus periods from a rep's one-to-ones in date order: a behaviour's period starts at the first meeting
 * that puts it in focus; keeping it in focus at the following meetings continues the same period.
 */
export function focusPeriods<M extends { id: string; date: string; behaviourIds: readonly string[] }>(
  meetings: readonly M[],
): { behaviourId: string; setOn: string; oneOnOneId: string }[] {
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const periods: { behaviourId: string; setOn: string; oneOnOneId: string }[] = [];
  let previous = new Set<string>();
  for (const m of sorted) {
    for (const behaviourId of m.behaviourIds)
      if (!previous.has(behaviourId)) periods.push({ behaviourId, setOn: m.date, oneOnOneId: m.id });
    previous = new Set(m.behaviourIds);
  }
  return periods;
}

/** "Of 14 focus periods, 9 were followed by a higher level", or why nothing can be said yet. */
export function summariseFocusOutcomes(outcomes: readonly BeforeAfterOutcome[]): {
  total: number;
  decided: number;
  higher: number;
  same: number;
  lower: number;
  tooLittleEvidence: number;
  inProgress: number;
  sentence: string;
} {
  const count = (o: BeforeAfterOutcome) => outcomes.filter((x) => x === o).length;
  const higher = count('higher');
  const same = count('same');
  const lower = count('lower');
  const tooLittleEvidence = count('too-little-evidence');
  const inProgress = count('in-progress');
  const decided = higher + same + lower;
  const total = outcomes.length;
  let sentence: string;
  if (total === 0)
    sentence = 'No focus periods yet: set focus behaviours in a one-to-one to start measuring.';
  else if (decided === 0)
    sentence = `Too little evidence to tell: none of the ${plural(total, 'focus period')} has enough observations on both sides yet.`;
  else {
    sentence = `Of ${plural(decided, 'focus period')} with enough evidence, ${higher} ${higher === 1 ? 'was' : 'were'} followed by a higher level, ${same} by about the same and ${lower} by a lower one.`;
    const rest = tooLittleEvidence + inProgress;
    if (rest > 0)
      sentence += ` ${rest} more cannot be judged yet (${[
        tooLittleEvidence ? `${tooLittleEvidence} with too little evidence` : '',
        inProgress ? `${inProgress} still in progress` : '',
      ]
        .filter(Boolean)
        .join(', ')}).`;
  }
  return { total, decided, higher, same, lower, tooLittleEvidence, inProgress, sentence };
}

export const GOAL_STATES = ['reached', 'on-track', 'behind', 'overdue', 'no-evidence-yet'] as const;
export type GoalState = (typeof GOAL_STATES)[number];

export interface GoalProgress {
  /** The estimate when the goal was set, or null without earlier evidence. */
  startLevel: number | null;
  current: LevelEstimate | null;
  /** Observations since the goal was set: progress is only claimed on new evidence. */
  observationsSince: number;
  /** Share of the way from the start level to the target, 0–1, when both are known. */
  fraction: number | null;
  /** Where a straight path from start to target would be today. */
  expectedLevel: number | null;
  state: GoalState;
}

/**
 * Progress towards "target level by a date". Reached once the estimate meets the target with evidence
 * since the goal was set; no evidence yet without such evidence (before the due date); overdue once the
 * date has passed; otherwise on track if the estimate is at least where a straight path from the starting
 * level to the target would be today, behind if not. Without a starting level the path starts at 1.
 */
export function goalProgress(
  ratings: readonly ObservedRating[],
  goal: { targetLevel: number; setOn: string; dueOn: string },
  asOf: string,
): GoalProgress {
  const startEstimate = levelEstimate(ratings, goal.setOn);
  const startLevel = startEstimate?.level ?? null;
  const current = levelEstimate(ratings, asOf);
  const observationsSince = ratings.filter(
    (r) => r.observedOn > goal.setOn && r.observedOn <= asOf && ratingValue(r) !== null,
  ).length;
  const from = startLevel ?? 1;
  const fraction =
    current === null
      ? null
      : goal.targetLevel <= from
        ? 1
        : Math.max(0, Math.min(1, round2((current.level - from) / (goal.targetLevel - from))));
  const total = Math.max(1, daysBetween(goal.setOn, goal.dueOn));
  const elapsed = Math.max(0, Math.min(total, daysBetween(goal.setOn, asOf)));
  const expectedLevel = round1(from + (goal.targetLevel - from) * (elapsed / total));
  let state: GoalState;
  if (current !== null && observationsSince > 0 && current.level >= goal.targetLevel) state = 'reached';
  else if (asOf > goal.dueOn) state = 'overdue';
  else if (observationsSince === 0) state = 'no-evidence-yet';
  else state = current!.level >= expectedLevel ? 'on-track' : 'behind';
  return { startLevel, current, observationsSince, fraction, expectedLevel, state };
}

export interface CommitmentFacts {
  madeOn: string;
  dueOn: string | null;
  status: 'open' | 'done' | 'dropped';
}

export interface CompletionPeriod {
  /** `2026 Q1` */
  period: string;
  /** Commitments due in the quarter (or made in it, without a due date), up to asOf. */
  due: number;
  done: number;
  dropped: number;
  /** done ÷ (due − dropped): a commitment dropped with a reason is not a broken one. Null when none counts. */
  rate: number | null;
}

/** The calendar quarters commitmentCompletion reports, oldest first: the last `quarters` up to asOf. */
export function completionQuarters(
  asOf: string,
  quarters = 4,
): { period: string; start: string; end: string }[] {
  const periods: { period: string; start: string; end: string }[] = [];
  let year = Number(asOf.slice(0, 4));
  let q = Math.floor((Number(asOf.slice(5, 7)) - 1) / 3);
  for (let i = 0; i < quarters; i++) {
    const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
    periods.unshift({ period: `${year} Q${q + 1}`, start, end });
    q -= 1;
    if (q < 0) {
      q = 3;
      year -= 1;
    }
  }
  return periods;
}

/** The dates a commitment must fall on (due, or made without a due date) to count in commitmentCompletion. */
export function completionRange(asOf: string, quarters = 4): { from: string; to: string } {
  return { from: completionQuarters(asOf, quarters)[0]!.start, to: asOf };
}

/**
 * Commitments kept per calendar quarter, the last `quarters` up to asOf. A commitment belongs to the
 * quarter it was due in (or made in, when it had no due date), and only once that day has come: one
 * still open on it counts as not kept.
 */
export function commitmentCompletion(
  commitments: readonly CommitmentFacts[],
  asOf: string,
  quarters = 4,
): CompletionPeriod[] {
  const periods = completionQuarters(asOf, quarters);
  return periods.map(({ period, start, end }) => {
    const inPeriod = commitments.filter((c) => {
      const when = c.dueOn ?? c.madeOn;
      return when >= start && when <= end && when <= asOf;
    });
    const done = inPeriod.filter((c) => c.status === 'done').length;
    const dropped = inPeriod.filter((c) => c.status === 'dropped').length;
    const counted = inPeriod.length - dropped;
    return { period, due: inPeriod.length, done, dropped, rate: counted > 0 ? done / counted : null };
  });
}

/** A rep getting more than this share of the manager's observations, in a team of three or more, is flagged. */
export const ATTENTION_SHARE_WARNING = 0.4;
/** Reps with at least this many observations, all from one kind of source, are flagged. */
export const ONE_SOURCE_MIN_OBSERVATIONS = 5;

export interface AttentionRow {
  repId: string;
  repName: string;
  total: number;
  bySource: Record<string, number>;
}

/** Warnings about how observations are spread across reps and sources, in words. */
export function attentionWarnings(
  rows: readonly AttentionRow[],
  sourceNames: Record<string, string>,
): string[] {
  const warnings: string[] = [];
  const total = rows.reduce((s, r) => s + r.total, 0);
  if (total === 0) return warnings;
  if (rows.length >= 3) {
    for (const r of rows) {
      const share = r.total / total;
      if (share > ATTENTION_SHARE_WARNING)
        warnings.push(
          `${r.repName} gets ${Math.round(share * 100)}% of your observations, in a team of ${rows.length}.`,
        );
    }
  }
  for (const r of rows) {
    if (r.total === 0) warnings.push(`${r.repName} has no observations in this period.`);
    const kinds = Object.entries(r.bySource).filter(([, n]) => n > 0);
    if (r.total >= ONE_SOURCE_MIN_OBSERVATIONS && kinds.length === 1)
      warnings.push(
        `All of ${r.repName}’s evidence comes from one kind of source (${sourceNames[kinds[0]![0]] ?? kinds[0]![0]}).`,
      );
  }
  return warnings;
}
