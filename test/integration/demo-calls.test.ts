import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallReview, Segment } from '../../shared/contract';
import { type DemoCounts, seedDemo } from '../../electron/core/demo';
import { DEMO_TEAM } from '../../electron/core/demo/team';
import { makeCore, sequentialIds, snapshotRows, type TestCore, value } from '../helpers/core';
import { asHeadOfSales, asManagerOf } from '../helpers/demo-viewers';

const TODAY = '2026-03-02'; // the fixed test clock
const ACTIVE_REPS = DEMO_TEAM.filter((p) => p.kind === 'rep' && !p.archived);
const SDRS = new Set(['emily']);

const daysBefore = (days: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const isWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0;

/** The words between two points of a transcript, read independently of the core: lines joined by a space. */
function textBetween(
  segments: Segment[],
  a: { startSegment: number; startOffset: number; endSegment: number; endOffset: number },
): string {
  const parts: string[] = [];
  for (let i = a.startSegment; i <= a.endSegment; i++) {
    const text = segments[i]!.text;
    const from = i === a.startSegment ? a.startOffset : 0;
    const to = i === a.endSegment ? a.endOffset : text.length;
    parts.push(text.slice(from, to));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

let core: TestCore;
let counts: DemoCounts;
const repIds = new Map<string, string>();
const startDates = new Map<string, string>();
/** Each active rep's call reviews, oldest first, in full. */
const calls = new Map<string, CallReview[]>();
const allCalls = () => [...calls.values()].flat();

beforeAll(async () => {
  core = makeCore();
  counts = seedDemo(core, core.clock, sequentialIds('demo'));
  await asHeadOfSales(core);
  const people = await value(core, 'people.list', { status: 'all' });
  for (const person of DEMO_TEAM) {
    const found = people.find((p) => p.name === person.name)!;
    repIds.set(person.key, found.id);
    startDates.set(person.key, found.startDate!);
  }
  for (const rep of ACTIVE_REPS) {
    // Read as the rep's manager, who reviewed the call (private annotations and scorecard included).
    await asManagerOf(core, rep.key);
    const list = await value(core, 'callReviews.list', { repId: repIds.get(rep.key)! });
    const full: CallReview[] = [];
    for (const summary of [...list].reverse())
      full.push(await value(core, 'callReviews.get', { id: summary.id }));
    calls.set(rep.key, full);
  }
});
afterAll(() => core.close());

describe('the demo calls', () => {
  it('give every active account executive two or three calls, with a discovery and a negotiation', () => {
    for (const rep of ACTIVE_REPS.filter((r) => !SDRS.has(r.key))) {
      const own = calls.get(rep.key)!;
      expect(own.length, rep.name).toBeGreaterThanOrEqual(2);
      expect(own.length, rep.name).toBeLessThanOrEqual(3);
      const types = own.map((c) => c.callTypeId);
      expect(types, rep.name).toContain('call-discovery');
      expect(types, rep.name).toContain('call-negotiation');
    }
  });

  it('give the SDR one short qualifying call, filed as discovery', () => {
    const own = calls.get('emily')!;
    expect(own).toHaveLength(1);
    expect(own[0]!.callTypeId).toBe('call-discovery');
    expect(own[0]!.durationMs!).toBeLessThan(6 * 60_000);
  });

  it('fall on weekdays in the last six months, after the rep started and before today', () => {
    for (const [key, own] of calls) {
      for (const c of own) {
        expect(isWeekday(c.date), `${c.account} ${c.date}`).toBe(true);
        expect(c.date >= daysBefore(183), `${c.account} ${c.date}`).toBe(true);
        expect(c.date < TODAY, `${c.account} ${c.date}`).toBe(true);
        expect(c.date > startDates.get(key)!, `${c.account} ${c.date}`).toBe(true);
      }
    }
  });

  it('have the rep, one to three customers and sometimes a colleague, every speaker mapped', () => {
    let withColleague = 0;
    for (const [key, own] of calls) {
      const repName = DEMO_TEAM.find((p) => p.key === key)!.name;
      for (const c of own) {
        const sides = c.participants.map((p) => p.side);
        expect(c.participants.filter((p) => p.side === 'rep').map((p) => p.name)).toEqual([repName]);
        const customers = sides.filter((s) => s === 'customer').length;
        expect(customers, c.account).toBeGreaterThanOrEqual(1);
        expect(customers, c.account).toBeLessThanOrEqual(3);
        for (const p of c.participants.filter((p) => p.side === 'customer'))
          expect(p.title, `${p.name} at ${c.account}`).toBeTruthy();
        if (sides.includes('colleague')) withColleague += 1;
        expect(
          c.segments.every((s) => s.participantId !== null),
          c.account,
        ).toBe(true);
        expect(c.transcriptFormat).toBe('vtt');
        expect(c.transcriptFileName).toMatch(/\.vtt$/);
      }
    }
    expect(withColleague).toBeGreaterThanOrEqual(1);
  });

  it('are transcripts the metrics can measure: 40 to 120 timed lines, talk shared between both sides', () => {
    for (const c of allCalls()) {
      expect(c.segments.length, c.account).toBeGreaterThanOrEqual(40);
      expect(c.segments.length, c.account).toBeLessThanOrEqual(120);
      expect(c.metrics.hasTimes, c.account).toBe(true);
      expect(c.metrics.talk.basis).toBe('duration');
      for (const share of [c.metrics.talk.repShare!, c.metrics.talk.customerShare!]) {
        expect(share, c.account).toBeGreaterThan(0);
        expect(share, c.account).toBeLessThan(1);
      }
      expect(c.metrics.repQuestions.total, c.account).toBeGreaterThan(0);
      // Believable timing: lines of a few seconds, in order, with the odd long one.
      const lengths = c.segments.map((s) => s.endMs! - s.startMs!);
      const median = [...lengths].sort((a, b) => a - b)[Math.floor(lengths.length / 2)]!;
      expect(median, c.account).toBeGreaterThanOrEqual(2000);
      expect(median, c.account).toBeLessThanOrEqual(6000);
      for (let i = 1; i < c.segments.length; i++)
        expect(c.segments[i]!.startMs!).toBeGreaterThanOrEqual(c.segments[i - 1]!.endMs!);
    }
  });

  it('include a rep monologue of over a minute and a pricing moment', () => {
    const monologues = allCalls().filter((c) => c.metrics.longestRepMonologue!.durationMs! > 60_000);
    expect(monologues.map((c) => c.account)).toContain('Aldergate Homes');
    expect(allCalls().some((c) => c.moments.some((m) => m.kind === 'monologue'))).toBe(true);
    expect(allCalls().filter((c) => c.moments.some((m) => m.kind === 'pricing')).length).toBeGreaterThan(3);
  });

  it('are annotated three to six times each, every annotation quoting exactly the words it is anchored to', () => {
    const types = new Set<string>();
    for (const c of allCalls()) {
      expect(c.annotations.length, c.account).toBeGreaterThanOrEqual(3);
      expect(c.annotations.length, c.account).toBeLessThanOrEqual(6);
      for (const a of c.annotations) {
        if (a.anchor?.kind !== 'transcript')
          throw new Error(`${c.account}: an annotation without a transcript anchor`);
        expect(a.anchor.documentId).toBe(c.id);
        expect(a.evidence, c.account).toBe(textBetween(c.segments, a.anchor));
        expect(a.evidence!.length).toBeGreaterThan(10);
        expect(a.anchor.startMs).toBe(c.segments[a.anchor.startSegment]!.startMs);
        expect(a.comment, c.account).toBeTruthy();
        expect(a.observedOn).toBe(c.date);
        expect((a.level === null) !== (a.verdict === null)).toBe(true);
        types.add(a.annotationType!);
      }
    }
    expect([...types].sort()).toEqual(['missed-opportunity', 'question', 'strength', 'try-instead']);
  });

  it('are scored, all but one, with levels from 1 to 4 and a reason for every low one', () => {
    const scored = allCalls().filter((c) => c.scorecard.submittedAt !== null);
    expect(allCalls().length - scored.length).toBe(1);
    for (const c of scored) {
      expect(c.scorecard.lines.length, c.account).toBeGreaterThan(0);
      expect(c.scorecard.ratedCount, c.account).toBeGreaterThanOrEqual(c.scorecard.lines.length - 1);
      expect(c.scorecard.score!, c.account).toBeGreaterThanOrEqual(1);
      expect(c.scorecard.score!, c.account).toBeLessThanOrEqual(4);
      for (const line of c.scorecard.lines) {
        if (line.level === null) continue;
        expect(line.level, `${c.account}: ${line.behaviourName}`).toBeGreaterThanOrEqual(1);
        expect(line.level, `${c.account}: ${line.behaviourName}`).toBeLessThanOrEqual(4);
        if (line.level <= 2) expect(line.comment, `${c.account}: ${line.behaviourName}`).toBeTruthy();
      }
    }
    const unscored = allCalls().find((c) => c.scorecard.submittedAt === null)!;
    expect(unscored.scorecard.ratedCount).toBe(0);
  });

  it('tell each rep’s story in the scores', () => {
    const scoreOf = (key: string, type: string) =>
      calls
        .get(key)!
        .filter((c) => c.callTypeId === type && c.scorecard.score !== null)
        .map((c) => c.scorecard.score!);
    const levelOf = (c: CallReview, behaviourId: string) =>
      c.scorecard.lines.find((l) => l.behaviourId === behaviourId)?.level ?? null;

    // Tom: his later discovery call asks the implication questions the early one skipped.
    const tomDiscovery = calls.get('tom')!.filter((c) => c.callTypeId === 'call-discovery');
    expect(tomDiscovery.length).toBeGreaterThanOrEqual(2);
    const [earlier, later] = [tomDiscovery[0]!, tomDiscovery[tomDiscovery.length - 1]!];
    expect(earlier.date < later.date).toBe(true);
    expect(levelOf(later, 'bhv-asks-implication-questions')!).toBeGreaterThan(
      levelOf(earlier, 'bhv-asks-implication-questions')!,
    );
    expect(later.scorecard.score!).toBeGreaterThan(earlier.scorecard.score!);

    // Aisha strong; Daniel gives discount away; Jonas's recent call has no dated next step and no signatory.
    for (const score of [...scoreOf('aisha', 'call-discovery'), ...scoreOf('aisha', 'call-negotiation')])
      expect(score).toBeGreaterThanOrEqual(3.5);
    const daniel = calls.get('daniel')!.find((c) => c.callTypeId === 'call-negotiation')!;
    expect(levelOf(daniel, 'bhv-trades-every-concession')).toBe(1);
    const jonas = calls.get('jonas')!;
    const jonasRecent = jonas[jonas.length - 1]!;
    expect(jonasRecent.date >= daysBefore(122)).toBe(true);
    expect(jonasRecent.annotations.map((a) => a.behaviourId)).toEqual(
      expect.arrayContaining(['bhv-agrees-dated-next-step', 'bhv-identifies-economic-buyer']),
    );
    expect(scoreOf('jonas', 'call-negotiation')[0]!).toBeLessThan(scoreOf('jonas', 'call-discovery')[0]!);
    // Sophie holds the price in her negotiation.
    const sophie = calls.get('sophie')!.find((c) => c.callTypeId === 'call-negotiation')!;
    expect(levelOf(sophie, 'bhv-trades-every-concession')).toBe(4);
  });

  it('report what they wrote', () => {
    expect(counts.calls).toBe(allCalls().length);
    expect(counts.annotations).toBe(allCalls().reduce((n, c) => n + c.annotations.length, 0));
    expect(counts.scorecards).toBe(allCalls().filter((c) => c.scorecard.submittedAt !== null).length);
  });
});

describe('the whole demo, with its calls', () => {
  it('is still one transaction: a call that cannot be scored leaves the database as it was', async () => {
    const fresh = makeCore();
    try {
      // Take a line off the negotiation scorecard: the demo's negotiation scores no longer fit, and the
      // calls (written last, after the history and the one-to-ones) fail.
      const templates = await value(fresh, 'scorecardTemplates.list', {});
      const negotiation = templates.find((t) => t.callTypeIds.includes('call-negotiation'))!;
      await value(fresh, 'scorecardTemplates.save', {
        ...negotiation,
        lines: negotiation.lines.filter((l) => l.behaviourId !== 'bhv-asks-about-paper-process'),
      });
      const before = snapshotRows(fresh);
      expect(() => seedDemo(fresh, fresh.clock, sequentialIds('demo'))).toThrow(/Demo calls/);
      expect(snapshotRows(fresh)).toEqual(before);
      expect(await value(fresh, 'people.list', { status: 'all' })).toEqual([]);
    } finally {
      fresh.close();
    }
  });
});
