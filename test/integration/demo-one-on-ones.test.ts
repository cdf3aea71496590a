import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Commitment, OneOnOne, RichTextDoc } from '../../shared/contract';
import { STUCK_AFTER_CARRIES } from '../../shared/contract/one-on-ones';
import { type DemoCounts, seedDemo } from '../../electron/core/demo';
import { DEMO_TEAM } from '../../electron/core/demo/team';
import { makeCore, sequentialIds, snapshotRows, type TestCore, value } from '../helpers/core';

import { asHeadOfSales, asManagerOf } from '../helpers/demo-viewers';

const TODAY = '2026-03-02'; // the fixed test clock
const STUCK = 'Territory plan for the Nordics: the first ten accounts in Finland, and why those';
const ACTIVE_REPS = DEMO_TEAM.filter((p) => p.kind === 'rep' && !p.archived);

const daysBefore = (days: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const isWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0;

/** Every paragraph and list item of a note, as plain text. */
function paragraphsOf(doc: RichTextDoc): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    const n = node as { type?: string; text?: string; content?: unknown[] };
    if (n.type === 'paragraph') {
      const text = (n.content ?? []).map((c) => (c as { text?: string }).text ?? '').join('');
      if (text.trim() !== '') out.push(text);
      return;
    }
    for (const child of n.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

let core: TestCore;
let counts: DemoCounts;
const repIds = new Map<string, string>();
/** Each active rep's one-to-ones, oldest first, in full. */
const meetings = new Map<string, OneOnOne[]>();

beforeAll(async () => {
  core = makeCore();
  counts = seedDemo(core, core.clock, sequentialIds('demo'));
  await asHeadOfSales(core);
  const people = await value(core, 'people.list', { status: 'all' });
  for (const person of DEMO_TEAM) repIds.set(person.key, people.find((p) => p.name === person.name)!.id);
  for (const person of ACTIVE_REPS) {
    await asManagerOf(core, person.key);
    const list = await value(core, 'oneOnOnes.list', { repId: repIds.get(person.key)! });
    const full: OneOnOne[] = [];
    for (const summary of [...list].reverse())
      full.push(await value(core, 'oneOnOnes.get', { id: summary.id }));
    meetings.set(person.key, full);
  }
});
beforeEach(() => asHeadOfSales(core));
afterAll(() => core.close());

const past = (key: string) => meetings.get(key)!.filter((m) => m.date < TODAY);
const held = (key: string) => meetings.get(key)!.filter((m) => m.status === 'held');

describe('the demo one-to-ones', () => {
  it('give every active rep a year of one-to-ones at their cadence, on weekdays only', async () => {
    const overview = await value(core, 'oneOnOnes.overview', {});
    const cadence = (key: string) => overview.find((o) => o.repId === repIds.get(key))!.cadence;
    expect(cadence('emily')).toBe('weekly');
    expect(cadence('aisha')).toBe('monthly');
    for (const key of ['tom', 'jonas', 'daniel', 'sophie']) expect(cadence(key), key).toBe('fortnightly');

    let total = 0;
    let cancelled = 0;
    for (const person of ACTIVE_REPS) {
      const rep = await value(core, 'people.get', { id: repIds.get(person.key)! });
      const all = meetings.get(person.key)!;
      total += all.length;
      cancelled += all.filter((m) => m.status === 'cancelled').length;
      const minimum = { emily: 15, aisha: 9, jonas: 14 }[person.key] ?? 18;
      expect(held(person.key).length, rep.name).toBeGreaterThanOrEqual(minimum);
      for (const m of all) {
        const label = `${rep.name} ${m.date}`;
        expect(isWeekday(m.date), `${label} is a weekday`).toBe(true);
        expect(m.date >= rep.startDate!, label).toBe(true);
        expect(m.date >= daysBefore(366), label).toBe(true);
        // The past is held or cancelled; only the future is still planned.
        expect(m.status === 'scheduled', label).toBe(m.date >= TODAY);
      }
      // Over the whole period: from the rep's first weeks (or a year back) to the last month.
      const first = held(person.key)[0]!.date;
      const from = [rep.startDate!, daysBefore(365)].sort().at(-1)!;
      expect(daysBetween(from, first), `${rep.name} starts early`).toBeLessThanOrEqual(35);
      expect(held(person.key).at(-1)!.date >= daysBefore(31), rep.name).toBe(true);
      // Mostly on cadence: the typical gap between meetings held is the cadence's.
      const gaps = held(person.key)
        .slice(1)
        .map((m, i) => daysBetween(held(person.key)[i]!.date, m.date))
        .sort((a, b) => a - b);
      const median = gaps[Math.floor(gaps.length / 2)]!;
      const expected = { weekly: [6, 8], fortnightly: [13, 15], monthly: [28, 32] }[cadence(person.key)!];
      expect(median, `${rep.name}’s typical gap`).toBeGreaterThanOrEqual(expected[0]!);
      expect(median, `${rep.name}’s typical gap`).toBeLessThanOrEqual(expected[1]!);
    }
    expect(cancelled).toBeGreaterThanOrEqual(3);
    expect(total).toBe(counts.oneOnOnes);
    const archived = DEMO_TEAM.find((p) => p.archived)!;
    expect(await value(core, 'oneOnOnes.list', { repId: repIds.get(archived.key)! })).toEqual([]);
  });

  it('leaves the next one-to-one planned for half the reps and flags the ones that are overdue', async () => {
    const overview = await value(core, 'oneOnOnes.overview', {});
    const state = Object.fromEntries(
      ACTIVE_REPS.map((p) => [p.key, overview.find((o) => o.repId === repIds.get(p.key))!]),
    );
    expect(Object.values(state).some((s) => s.state === 'overdue')).toBe(true);
    expect(Object.values(state).some((s) => s.state === 'on-track')).toBe(true);
    expect(state.daniel!.state).toBe('overdue');
    expect(state.sophie!.state).toBe('overdue');
    for (const key of ['tom', 'jonas', 'emily']) {
      expect(state[key]!.state, key).toBe('on-track');
      expect(state[key]!.next!.date > TODAY, key).toBe(true);
    }
    expect(state.aisha!.state).toBe('on-track');
    expect(state.aisha!.next).toBeNull();
    expect(state.daniel!.next).toBeNull();
    // Sophie's last one was cancelled and never rebooked.
    const sophie = meetings.get('sophie')!;
    expect(sophie.at(-1)!.status).toBe('cancelled');
    expect(state.sophie!.lastMetOn).toBe(held('sophie').at(-1)!.date);
  });

  it('keeps commitments by the rules: done, dropped with a reason, and some open past their date', async () => {
    const all: Commitment[] = [];
    for (const person of ACTIVE_REPS) {
      const mine = await value(core, 'commitments.list', { repId: repIds.get(person.key)! });
      expect(mine.length, person.key).toBeGreaterThanOrEqual(3);
      all.push(...mine);
    }
    expect(all.length).toBe(counts.commitments);
    const overdue = all.filter((c) => c.overdue);
    const done = all.filter((c) => c.status === 'done');
    const dropped = all.filter((c) => c.status === 'dropped');
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(done.length).toBeGreaterThan(all.length / 2);
    expect(dropped.length).toBeGreaterThanOrEqual(1);
    for (const c of overdue) {
      expect(c.status, c.text).toBe('open');
      expect(c.dueOn! < TODAY, c.text).toBe(true);
    }
    for (const c of done) expect(c.closedOn, c.text).not.toBeNull();
    for (const c of dropped) expect((c.dropReason ?? '').length, c.text).toBeGreaterThan(10);
    for (const c of all) {
      expect(c.dueOn, c.text).not.toBeNull();
      expect(c.dueOn! > c.madeOn, c.text).toBe(true);
      expect(isWeekday(c.dueOn!), c.text).toBe(true);
      // Nothing left open from months ago: open commitments come from the last few one-to-ones.
      if (c.status === 'open') expect(c.madeOn >= daysBefore(30), c.text).toBe(true);
    }
    expect(all.some((c) => c.owner === 'manager')).toBe(true);
    expect(all.filter((c) => c.behaviourId !== null).length).toBeGreaterThan(all.length / 2);
    // Jonas and Daniel, whose stories are about follow-through, are the ones with overdue commitments.
    expect(new Set(overdue.map((c) => c.repId))).toEqual(
      new Set([repIds.get('jonas'), repIds.get('daniel')]),
    );
    // An open commitment shows on the next one-to-one too.
    const jonasNext = meetings.get('jonas')!.at(-1)!;
    expect(jonasNext.commitments.some((c) => c.overdue)).toBe(true);
    const completion = await value(core, 'commitments.completion', { repId: repIds.get('tom')! });
    expect(completion.some((q) => q.done > 0)).toBe(true);
  });

  it('sets one to three focus behaviours in most meetings, following each rep’s story', async () => {
    for (const person of ACTIVE_REPS) {
      const list = held(person.key);
      for (const m of list) expect(m.focus.length, `${person.key} ${m.date}`).toBeLessThanOrEqual(3);
      const withFocus = list.filter((m) => m.focus.length > 0).length;
      expect(withFocus / list.length, person.key).toBeGreaterThanOrEqual(0.7);
      // The last one held always has a focus, and the prep brief opens with what was observed on it since.
      const last = list.at(-1)!;
      expect(last.focus.length, person.key).toBeGreaterThanOrEqual(1);
      await asManagerOf(core, person.key);
      const brief = await value(core, 'oneOnOnes.prepBrief', { repId: repIds.get(person.key)! });
      expect(brief.lastOneOnOne?.id, person.key).toBe(last.id);
      expect(brief.focus.map((f) => f.behaviourId)).toEqual(last.focus.map((f) => f.behaviourId));
      expect(
        brief.focus.some((f) => f.observations.length > 0),
        `${person.key} has evidence since last time`,
      ).toBe(true);
    }
    const focusOf = (key: string) => held(key).map((m) => m.focus.map((f) => f.behaviourId));
    // Tom: implication questions first, the economic buyer now.
    expect(focusOf('tom')[0]).toContain('bhv-asks-implication-questions');
    expect(focusOf('tom').at(-1)).toContain('bhv-identifies-economic-buyer');
    // Jonas: close-date discipline once the slide shows, not before.
    const jonas = held('jonas');
    const closeDates = 'bhv-records-reason-for-close-date-change';
    for (const m of jonas.filter((x) => x.date < daysBefore(135)))
      expect(
        m.focus.map((f) => f.behaviourId),
        m.date,
      ).not.toContain(closeDates);
    expect(jonas.at(-1)!.focus.map((f) => f.behaviourId)).toContain(closeDates);
    // Emily: research and first contact at the start, qualification now.
    expect(focusOf('emily')[0]).toContain('bhv-checks-account-against-icp');
    // Sophie: the business case first, negotiation at the end.
    expect(focusOf('sophie')[0]).toContain('bhv-quantifies-cost-of-inaction');
    expect(focusOf('sophie').at(-1)).toContain('bhv-trades-every-concession');
  });

  it('has exactly one stuck talking point: Jonas’s territory plan, in his latest one-to-one and his prep brief', async () => {
    for (const person of ACTIVE_REPS) {
      for (const m of meetings.get(person.key)!) {
        for (const item of m.agenda) {
          if (item.text === STUCK) continue;
          expect(item.carriedCount, `${person.key} ${m.date} ${item.text}`).toBeLessThan(STUCK_AFTER_CARRIES);
          expect(item.stuck).toBe(false);
        }
      }
    }
    const jonas = meetings.get('jonas')!;
    const latest = jonas.at(-1)!;
    expect(latest.status).toBe('scheduled');
    expect(latest.agenda.filter((i) => i.stuck).map((i) => i.text)).toEqual([STUCK]);
    expect(latest.agenda.find((i) => i.stuck)!.carriedCount).toBeGreaterThanOrEqual(STUCK_AFTER_CARRIES);
    // Carried, never ticked, once per meeting since it was first raised.
    const withItem = jonas.filter((m) => m.agenda.some((i) => i.text === STUCK));
    expect(withItem.map((m) => m.agenda.find((i) => i.text === STUCK)!.carriedCount)).toEqual([
      0, 1, 2, 3, 4,
    ]);
    expect(withItem.every((m) => !m.agenda.find((i) => i.text === STUCK)!.done)).toBe(true);
    expect(
      held('jonas')
        .at(-1)!
        .agenda.find((i) => i.text === STUCK)!.stuck,
    ).toBe(true);

    for (const person of ACTIVE_REPS) {
      await asManagerOf(core, person.key);
      const brief = await value(core, 'oneOnOnes.prepBrief', { repId: repIds.get(person.key)! });
      const latestOther = meetings.get(person.key)!.at(-1)!;
      if (person.key === 'jonas') expect(brief.stuckItems.map((i) => i.text)).toEqual([STUCK]);
      else {
        expect(brief.stuckItems, person.key).toEqual([]);
        expect(
          latestOther.agenda.filter((i) => i.stuck),
          person.key,
        ).toEqual([]);
      }
    }
  });

  it('carries open and recurring talking points forward and uses the agenda templates', () => {
    const jonas = held('jonas');
    // The standing point comes back fresh every time and is ticked off in each meeting.
    for (const m of jonas) {
      const standing = m.agenda.find((i) => i.recurring);
      expect(standing?.text, m.date).toBe('Top five deals: what moved since last time');
      expect(standing!.carriedCount).toBe(0);
      expect(standing!.done).toBe(true);
    }
    const templateItems = [
      'What changed in the pipeline since we last looked?',
      'The moment in the call you want to talk about',
    ];
    const all = ACTIVE_REPS.flatMap((p) => meetings.get(p.key)!);
    for (const text of templateItems)
      expect(
        all.some((m) => m.agenda.some((i) => i.text === text)),
        text,
      ).toBe(true);
    // Rep-authored points, and something left open that came round again.
    expect(all.some((m) => m.agenda.some((i) => i.author === 'rep'))).toBe(true);
    const sophie = meetings.get('sophie')!;
    expect(sophie.at(-1)!.agenda.some((i) => i.carriedCount === 1 && !i.done)).toBe(true);
    // Held meetings have every other point ticked off.
    for (const person of ACTIVE_REPS)
      for (const m of held(person.key))
        for (const item of m.agenda)
          if (!item.done)
            expect([STUCK, 'Pricing sign-off for the Veldt three-year option']).toContain(item.text);
  });

  it('writes shared and private notes, and never exports a word of the private ones', async () => {
    const privateParagraphs: string[] = [];
    let withShared = 0;
    for (const person of ACTIVE_REPS) {
      for (const m of meetings.get(person.key)!) {
        privateParagraphs.push(...paragraphsOf(m.private!.doc));
        if (paragraphsOf(m.shared.doc).length > 0) withShared += 1;
      }
      expect(
        past(person.key).filter((m) => paragraphsOf(m.private!.doc).length > 0).length,
        person.key,
      ).toBeGreaterThanOrEqual(2);
    }
    expect(withShared).toBeGreaterThanOrEqual(60);
    expect(privateParagraphs.length).toBeGreaterThanOrEqual(25);
    const escaped = (text: string) => text.replace(/([\\`*_[\]#<>])/g, '\\$1');
    for (const person of ACTIVE_REPS) {
      for (const m of meetings.get(person.key)!) {
        const { markdown } = await value(core, 'oneOnOnes.exportMarkdown', { id: m.id });
        for (const text of privateParagraphs) {
          expect(markdown.includes(text), `${person.key} ${m.date} leaks “${text.slice(0, 40)}”`).toBe(false);
          expect(markdown.includes(escaped(text))).toBe(false);
        }
        // The shared notes are there, though.
        const shared = paragraphsOf(m.shared.doc)[0];
        if (shared) expect(markdown.includes(escaped(shared)), `${person.key} ${m.date}`).toBe(true);
      }
    }
  });
});

describe('the whole demo with one-to-ones', () => {
  it('is written in one transaction: a failure in the one-to-ones leaves the database as it was', async () => {
    const fresh = makeCore();
    try {
      // Only the one-to-ones use this behaviour: the team and coaching history are written, then refused.
      await value(fresh, 'behaviours.archive', { id: 'bhv-asks-need-payoff-questions' });
      const before = snapshotRows(fresh);
      expect(() => seedDemo(fresh, fresh.clock, sequentialIds('demo'))).toThrow(/Demo one-to-ones/);
      expect(snapshotRows(fresh)).toEqual(before);
      expect(await value(fresh, 'people.list', { status: 'all' })).toEqual([]);
    } finally {
      fresh.close();
    }
  });

  it('is the same every time, relative to its date', async () => {
    const other = makeCore();
    try {
      seedDemo(other, other.clock, sequentialIds('demo'));
      const shape = async (target: TestCore) => {
        const out: unknown[] = [];
        for (const rep of (await value(target, 'workspace.people', {})).filter((p) => p.kind === 'rep')) {
          await asManagerOf(target, DEMO_TEAM.find((p) => p.name === rep.name)!.key);
          for (const s of await value(target, 'oneOnOnes.list', { repId: rep.id })) {
            const m = await value(target, 'oneOnOnes.get', { id: s.id });
            out.push([
              rep.name,
              m.date,
              m.status,
              m.agenda.map((i) => [i.text, i.done, i.carriedCount]),
              m.focus.map((f) => f.behaviourId),
              m.commitments.map((c) => [c.text, c.status, c.dueOn]),
              m.shared.doc,
              m.private!.doc,
            ]);
          }
        }
        return out;
      };
      expect(await shape(other)).toEqual(await shape(core));
    } finally {
      other.close();
    }
  });
});
