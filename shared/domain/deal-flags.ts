/**
 * Honesty flags on a live deal, each with the reason a manager can read out in the review ("a healthy
 * pipeline is not the largest pipeline; it is the most honest pipeline"). Pure: the core gives the facts,
 * this says what is wrong. Tested as a table of cases (test/unit/deal-flags.test.ts).
 */
import { COMMIT_EVIDENCE, questionById, type QuestionId } from './qualification';

export const DEAL_FLAG_KINDS = [
  'commit-without-evidence',
  'next-step-missing',
  'next-step-past',
  'close-date-moved',
  'close-date-passed',
  'stage-ahead-of-criteria',
  'single-threaded',
] as const;
export type DealFlagKind = (typeof DEAL_FLAG_KINDS)[number];

export const FLAG_LABELS: Record<DealFlagKind, string> = {
  'commit-without-evidence': 'Commit without customer evidence',
  'next-step-missing': 'No next step',
  'next-step-past': 'Next step in the past',
  'close-date-moved': 'Close date moved',
  'close-date-passed': 'Close date passed',
  'stage-ahead-of-criteria': 'Stage ahead of its exit criteria',
  'single-threaded': 'Only the first contact',
};

export interface DealFlag {
  kind: DealFlagKind;
  reason: string;
}

/** Moving the close date this many times or more is a flag: once can be life, twice is a pattern. */
export const CLOSE_DATE_MOVES_FLAG = 2;

export interface DealFacts {
  outcome: 'open' | 'won' | 'lost';
  forecastCategory: 'pipeline' | 'best-case' | 'commit';
  stagePosition: number;
  expectedCloseOn: string | null;
  nextStep: string | null;
  nextStepOn: string | null;
  closeDateMoves: number;
  answers: readonly { questionId: string; status: 'evidence' | 'assumption' }[];
  contacts: readonly { role: string; lastContactOn: string | null }[];
  /** The exit criteria of every stage before the deal's, with the question whose evidence meets each. */
  earlierCriteria: readonly { stageName: string; text: string; questionId: string | null }[];
  /** The position of the discovery stage: past it, a deal talking to one person is single-threaded. */
  discoveryPosition: number | null;
}

function hasEvidence(facts: DealFacts, questionId: string): boolean {
  return facts.answers.some((a) => a.questionId === questionId && a.status === 'evidence');
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** The close-date count as every screen shows it: "Close date moved 3 times". */
export function closeDateMovesLabel(moves: number): string {
  return `Close date moved ${times(moves)}`;
}

/** The flags of a deal on `today` (the user's calendar day). A closed deal has none. */
export function dealFlags(facts: DealFacts, today: string): DealFlag[] {
  if (facts.outcome !== 'open') return [];
  const flags: DealFlag[] = [];
  if (facts.forecastCategory === 'commit') {
    const missing = COMMIT_EVIDENCE.filter((q) => !hasEvidence(facts, q));
    if (missing.length > 0)
      flags.push({
        kind: 'commit-without-evidence',
        reason: `Forecast as commit, but no customer evidence for: ${missing
          .map((q) => shortName(q))
          .join(', ')}.`,
      });
  }
  if (facts.nextStep === null || facts.nextStepOn === null)
    flags.push({
      kind: 'next-step-missing',
      reason: facts.nextStep === null ? 'No next step is recorded.' : 'The next step has no date.',
    });
  else if (facts.nextStepOn < today)
    flags.push({
      kind: 'next-step-past',
      reason: `The next step (“${facts.nextStep}”) was due on ${facts.nextStepOn}.`,
    });
  if (facts.closeDateMoves >= CLOSE_DATE_MOVES_FLAG)
    flags.push({ kind: 'close-date-moved', reason: `${closeDateMovesLabel(facts.closeDateMoves)}.` });
  if (facts.expectedCloseOn !== null && facts.expectedCloseOn < today)
    flags.push({
      kind: 'close-date-passed',
      reason: `Expected to close on ${facts.expectedCloseOn}, and still open.`,
    });
  const unmet = facts.earlierCriteria.filter(
    (c) => c.questionId !== null && !hasEvidence(facts, c.questionId),
  );
  if (unmet.length > 0)
    flags.push({
      kind: 'stage-ahead-of-criteria',
      reason: `Exit criteria of earlier stages lack evidence: ${unmet
        .map((c) => `${c.text} (${c.stageName})`)
        .join('; ')}.`,
    });
  if (facts.discoveryPosition !== null && facts.stagePosition > facts.discoveryPosition) {
    const others = facts.contacts.filter((c) => c.role !== 'first-contact' && c.lastContactOn !== null);
    if (others.length === 0)
      flags.push({
        kind: 'single-threaded',
        reason: 'Past discovery, and no one but the first contact has been spoken to.',
      });
  }
  return flags;
}

function shortName(questionId: QuestionId): string {
  switch (questionId) {
    case 'budget':
      return 'budget';
    case 'approvers':
      return 'approvers';
    case 'signing-date':
      return 'signing date';
    default:
      return questionById(questionId)?.text ?? questionId;
  }
}
