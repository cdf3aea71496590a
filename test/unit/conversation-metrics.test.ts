import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../electron/core/transcripts';
import {
  classifyQuestion,
  computeConversationMetrics,
  countWords,
  DEFAULT_MOMENT_KEYWORDS,
  findMoments,
  type MomentKeywords,
  questionsIn,
  type TranscriptSegment,
} from '../../shared/domain/conversation-metrics';

type Row = [speaker: string | null, startMs: number | null, endMs: number | null, text: string];

function segments(rows: Row[]): TranscriptSegment[] {
  return rows.map(([speaker, startMs, endMs, text], index) => ({ index, speaker, startMs, endMs, text }));
}

const REP = ['Priya Shah'];

// A short discovery call. Words per line, counted by hand:
//   0 Priya  0–10 s    9   "Hi Tom. What are your goals for this quarter?"
//   1 Tom   10–40 s   13   "We want to cut admin time in half. Our reps hate the CRM."
//   2 Tom   40–50 s   10   "And the price of our current tool keeps going up."
//   3 Priya 50–80 s   13   "Is the budget approved? So how do you decide on new tools? Right?"
//   4 Priya 80–90 s    8   "I can send over a proposal by Friday."
//   5 Tom   91–100 s   2   "Sounds good."
const CALL: Row[] = [
  ['Priya Shah', 0, 10_000, 'Hi Tom. What are your goals for this quarter?'],
  ['Tom Becker', 10_000, 40_000, 'We want to cut admin time in half. Our reps hate the CRM.'],
  ['Tom Becker', 40_000, 50_000, 'And the price of our current tool keeps going up.'],
  ['Priya Shah', 50_000, 80_000, 'Is the budget approved? So how do you decide on new tools? Right?'],
  ['Priya Shah', 80_000, 90_000, 'I can send over a proposal by Friday.'],
  ['Tom Becker', 91_000, 100_000, 'Sounds good.'],
];

const UNTIMED: Row[] = CALL.map(([speaker, , , text]) => [speaker, null, null, text]);

describe('conversation metrics with times', () => {
  const metrics = computeConversationMetrics(segments(CALL), REP);

  it('measures talk share by speaking time', () => {
    expect(metrics.hasTimes).toBe(true);
    // Rep: 10 + 30 + 10 = 50 s. Customer: 30 + 10 + 9 = 49 s.
    expect(metrics.talk).toMatchObject({ basis: 'duration', rep: 50_000, customer: 49_000 });
    expect(metrics.talk.repShare).toBeCloseTo(50 / 99, 10);
    expect(metrics.talk.customerShare).toBeCloseTo(49 / 99, 10);
    expect(metrics.words).toEqual({ rep: 30, customer: 25, unattributed: 0 });
  });

  it('finds the longest rep monologue and the customer’s longest story, merging consecutive lines', () => {
    // Rep stretches: line 0 (10 s, 9 words) and lines 3–4 (50–90 s, 13 + 8 words).
    expect(metrics.longestRepMonologue).toEqual({
      startIndex: 3,
      endIndex: 4,
      startMs: 50_000,
      durationMs: 40_000,
      words: 21,
    });
    // Customer stretches: lines 1–2 (10–50 s, 13 + 10 words) and line 5 (9 s).
    expect(metrics.longestCustomerStory).toEqual({
      startIndex: 1,
      endIndex: 2,
      startMs: 10_000,
      durationMs: 40_000,
      words: 23,
    });
  });

  it('counts rep questions and the share that are open', () => {
    // "What are your goals…?" open; "Is the budget approved?" closed; "So how do you decide…?" open;
    // "Right?" other. Tom's lines are not counted.
    expect(metrics.repQuestions).toEqual({ total: 4, open: 2, closed: 1, other: 1, openShare: 0.5 });
  });

  it('measures pace in words per minute of each side’s speaking time', () => {
    // Rep: 30 words in 50 s = 36 wpm. Customer: 25 words in 49 s = 1500 / 49 ≈ 30.61 wpm.
    expect(metrics.paceWpm!.rep).toBeCloseTo(36, 10);
    expect(metrics.paceWpm!.customer).toBeCloseTo(1500 / 49, 10);
  });

  it('measures interactivity as speaker changes per minute over the whole call', () => {
    // Priya → Tom → Tom → Priya → Priya → Tom: 3 changes over 0–100 s (5/3 min) = 1.8 a minute.
    expect(metrics.interactivity).toBeCloseTo(1.8, 10);
  });
});

describe('conversation metrics without times', () => {
  const metrics = computeConversationMetrics(segments(UNTIMED), REP);

  it('measures talk share by words, and says so', () => {
    expect(metrics.hasTimes).toBe(false);
    expect(metrics.talk).toMatchObject({ basis: 'words', rep: 30, customer: 25 });
    expect(metrics.talk.repShare).toBeCloseTo(30 / 55, 10);
  });

  it('reports the metrics that need times as unavailable, never as zero', () => {
    expect(metrics.paceWpm).toBeNull();
    expect(metrics.interactivity).toBeNull();
    expect(metrics.longestRepMonologue).toEqual({
      startIndex: 3,
      endIndex: 4,
      startMs: null,
      durationMs: null,
      words: 21,
    });
  });

  it('treats a transcript with only start times (Teams .docx, plain text) as without times', () => {
    const startsOnly = segments(CALL.map(([speaker, startMs, , text]) => [speaker, startMs, null, text]));
    const result = computeConversationMetrics(startsOnly, REP);
    expect(result.hasTimes).toBe(false);
    expect(result.talk.basis).toBe('words');
    expect(result.paceWpm).toBeNull();
  });
});

describe('sides and edge cases', () => {
  it('matches rep names without regard to case or spaces, and leaves lines without a speaker out', () => {
    const rows: Row[] = [
      ['priya shah', 0, 5_000, 'Hello there.'],
      [null, 5_000, 8_000, 'Inaudible crosstalk here.'],
      ['Priya Shah', 8_000, 10_000, 'Can you hear me?'],
      ['Tom Becker', 10_000, 20_000, 'Yes.'],
    ];
    const metrics = computeConversationMetrics(segments(rows), [' Priya  Shah ']);
    expect(metrics.words).toEqual({ rep: 6, customer: 1, unattributed: 3 });
    expect(metrics.talk).toMatchObject({ rep: 7_000, customer: 10_000 });
    // The line without a speaker ends the rep's run: two stretches of 5 s and 2 s.
    expect(metrics.longestRepMonologue).toMatchObject({ startIndex: 0, endIndex: 0, durationMs: 5_000 });
    // Changes: priya → (skipped) → Priya is no change; Priya → Tom is one. 1 over 20 s = 3 a minute.
    expect(metrics.interactivity).toBeCloseTo(3, 10);
  });

  it('gives nulls, not zeros or NaN, for an empty transcript or a silent side', () => {
    const empty = computeConversationMetrics([], REP);
    expect(empty.talk).toEqual({ basis: 'words', rep: 0, customer: 0, repShare: null, customerShare: null });
    expect(empty.longestRepMonologue).toBeNull();
    expect(empty.longestCustomerStory).toBeNull();
    expect(empty.repQuestions.openShare).toBeNull();
    expect(empty.paceWpm).toBeNull();
    expect(empty.interactivity).toBeNull();

    const repOnly = computeConversationMetrics(
      segments([['Priya Shah', 0, 60_000, 'Just me talking.']]),
      REP,
    );
    expect(repOnly.paceWpm).toEqual({ rep: 3, customer: null });
    expect(repOnly.talk.customerShare).toBe(0);
    expect(repOnly.longestCustomerStory).toBeNull();
  });

  it('counts words that contain a letter or digit', () => {
    expect(countWords("Don't follow-up on the $50,000 — deal?")).toBe(6);
    expect(countWords('  ')).toBe(0);
  });
});

describe('questions', () => {
  it('splits sentences and keeps the ones ending in a question mark', () => {
    expect(questionsIn('Hi Tom. What are your goals? We can help! Really?” OK.')).toEqual([
      'What are your goals?',
      'Really?”',
    ]);
  });

  it('tells open from closed by the first word after fillers', () => {
    const cases: [string, string][] = [
      ['What’s the biggest problem?', 'open'],
      ['So, how do you decide?', 'open'],
      ['Tell me about the team?', 'open'],
      ['Walk me through it?', 'open'],
      ['Okay and who signs off?', 'open'],
      ['Is the budget approved?', 'closed'],
      ['Don’t you think so?', 'closed'],
      ['Could you walk me through it?', 'closed'],
      ['Right?', 'other'],
      ['Your budget is fixed?', 'other'],
    ];
    for (const [question, kind] of cases)
      expect([question, classifyQuestion(question)]).toEqual([question, kind]);
  });
});

describe('suggested moments', () => {
  it('lists rep questions and mentions from the default lists, in transcript order', () => {
    const moments = findMoments(segments(CALL), REP);
    expect(moments.map((m) => [m.kind, m.segmentIndex, m.term, m.text])).toEqual([
      ['question', 0, null, 'What are your goals for this quarter?'],
      ['pricing', 2, 'price', 'And the price of our current tool keeps going up.'],
      ['question', 3, null, 'Is the budget approved?'],
      ['question', 3, null, 'So how do you decide on new tools?'],
      ['question', 3, null, 'Right?'],
      ['pricing', 3, 'budget', 'Is the budget approved? So how do you decide on new tools? Right?'],
      ['nextStep', 4, 'send over a proposal by Friday', 'I can send over a proposal by Friday.'],
    ]);
    expect(moments[1]).toMatchObject({ startMs: 40_000, endSegmentIndex: 2 });
  });

  it('flags rep monologues longer than 90 s, merging consecutive rep lines', () => {
    const long = segments([
      ['Priya Shah', 0, 60_000, 'Let me walk you through the platform.'],
      ['Priya Shah', 60_000, 95_000, 'And then the reporting.'],
      ['Tom Becker', 95_000, 97_000, 'OK.'],
      ['Priya Shah', 97_000, 187_000, 'Exactly ninety seconds is not longer than ninety seconds.'],
    ]);
    const monologues = findMoments(long, REP).filter((m) => m.kind === 'monologue');
    expect(monologues).toEqual([
      {
        kind: 'monologue',
        segmentIndex: 0,
        endSegmentIndex: 1,
        startMs: 0,
        text: 'Let me walk you through the platform. And then the reporting.',
        term: null,
      },
    ]);
  });

  it('flags monologues longer than 250 words without times, and shortens their text', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const untimed = segments([
      ['Priya Shah', null, null, words(200)],
      ['Priya Shah', null, null, words(51)],
      ['Tom Becker', null, null, 'Right.'],
      ['Priya Shah', null, null, words(250)],
    ]);
    const monologues = findMoments(untimed, REP).filter((m) => m.kind === 'monologue');
    expect(monologues).toHaveLength(1);
    expect(monologues[0]).toMatchObject({ segmentIndex: 0, endSegmentIndex: 1, startMs: null });
    expect(monologues[0]!.text.endsWith('…')).toBe(true);
    expect(monologues[0]!.text.length).toBeLessThanOrEqual(201);
  });

  it('matches whole words, plurals and hyphenated phrases, from either side', () => {
    const rows = segments([
      ['Tom Becker', null, null, 'We also looked at Contoso, and their prices were lower.'],
      ['Priya Shah', null, null, 'That is priceless. I will follow-up with C++ notes.'],
      ['Tom Becker', null, null, 'Nothing to see here.'],
    ]);
    const lists: MomentKeywords = {
      competitor: ['Contoso'],
      pricing: ['price'],
      nextStep: ['follow up', 'C++'],
    };
    expect(findMoments(rows, REP, lists).map((m) => [m.kind, m.segmentIndex, m.term])).toEqual([
      ['competitor', 0, 'Contoso'],
      ['pricing', 0, 'prices'],
      ['nextStep', 1, 'follow-up'],
    ]);
  });

  it('ignores empty lists and blank words', () => {
    const rows = segments([['Tom Becker', null, null, 'The price is fine.']]);
    expect(findMoments(rows, REP, { competitor: [], pricing: ['  '], nextStep: [] })).toEqual([]);
  });

  it('ships starting lists for each kind', () => {
    expect(DEFAULT_MOMENT_KEYWORDS.pricing).toEqual(
      expect.arrayContaining(['price', 'discount', 'budget', 'licence']),
    );
    expect(DEFAULT_MOMENT_KEYWORDS.nextStep).toEqual(
      expect.arrayContaining(['next step', 'follow up', 'by Friday']),
    );
    expect(DEFAULT_MOMENT_KEYWORDS.competitor.length).toBeGreaterThan(0);
  });
});

describe('metrics on imported transcripts', () => {
  it('works on a parsed Zoom transcript', () => {
    const zoom = parseTranscript({
      fileName: 'zoom.vtt',
      bytes: fs.readFileSync(path.resolve(__dirname, '../fixtures/transcripts/zoom.vtt')),
    });
    const metrics = computeConversationMetrics(zoom.segments, ['Priya Shah']);
    expect(metrics.hasTimes).toBe(true);
    // Priya asks "So what made you reach out…?" (open) and "Is the budget already approved?" (closed).
    expect(metrics.repQuestions).toEqual({ total: 2, open: 1, closed: 1, other: 0, openShare: 0.5 });
    const kinds = findMoments(zoom.segments, ['Priya Shah']).map((m) => `${m.kind}@${m.segmentIndex}`);
    expect(kinds).toEqual(['question@2', 'pricing@3', 'question@5', 'pricing@5', 'nextStep@7']);
  });
});
