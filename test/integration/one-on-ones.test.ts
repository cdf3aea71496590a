import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OneOnOne } from '../../shared/contract';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { call, makeCore, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore(); // clock: 2026-03-02
  repId = (await value(core, 'people.create', { name: 'Tom Fielding' })).id;
});
afterEach(() => core.close());

const plan = (date: string, extra: Record<string, unknown> = {}) =>
  value(core, 'oneOnOnes.create', { repId, date, ...extra });
const add = (m: OneOnOne, text: string, extra: Record<string, unknown> = {}) =>
  value(core, 'agenda.add', { oneOnOneId: m.id, text, ...extra });
const texts = (m: OneOnOne) =>
  m.agenda.map((i) => `${i.text}${i.carriedCount ? ` ×${i.carriedCount}` : ''}${i.stuck ? ' (stuck)' : ''}`);

describe('one-to-ones: carry-over', () => {
  it('carries open items once to the next one-to-one, not closed ones, and counts the carries', async () => {
    const first = await plan('2026-02-02');
    const open = await add(first, 'Forecast accuracy for Q1');
    const closed = await add(first, 'Holiday cover');
    await add(first, 'Pipeline review', { recurring: true });
    await value(core, 'agenda.update', { id: closed.id, text: closed.text, done: true, recurring: false });

    const second = await plan('2026-02-09');
    expect(texts(second)).toEqual(['Forecast accuracy for Q1 ×1', 'Pipeline review']);
    // Planning another one after the same first meeting does not carry the same items twice.
    const third = await plan('2026-02-16');
    expect(texts(third)).toEqual(['Forecast accuracy for Q1 ×2', 'Pipeline review']);
    const fourth = await plan('2026-02-23');
    expect(texts(fourth)).toEqual(['Forecast accuracy for Q1 ×3 (stuck)', 'Pipeline review']);
    expect(open.carriedCount).toBe(0);
  });

  it('carries a cancelled meeting’s open items on to the next one instead of losing them', async () => {
    const first = await plan('2026-02-02');
    await add(first, 'Quarterly territory plan');
    const cancelled = await plan('2026-02-09');
    await value(core, 'oneOnOnes.update', {
      id: cancelled.id,
      revision: cancelled.revision,
      date: cancelled.date,
      status: 'cancelled',
    });
    const next = await plan('2026-02-16');
    expect(texts(next)).toEqual(['Quarterly territory plan ×2']);
  });

  it('does not lose a point added after the next meeting was planned, and ticking it off closes its copies', async () => {
    const a = await plan('2026-03-09');
    const b = await plan('2026-03-16');
    const late = await add(a, 'Pricing approval for Norland');
    const c = await plan('2026-03-23');
    expect(texts(c)).toEqual(['Pricing approval for Norland ×1']);
    expect(texts(b)).toEqual([]);
    await value(core, 'agenda.update', { id: late.id, text: late.text, done: true, recurring: false });
    const again = await value(core, 'oneOnOnes.get', { id: c.id });
    expect(again.agenda.map((i) => [i.text, i.done, i.stuck])).toEqual([
      ['Pricing approval for Norland', true, false],
    ]);
  });

  it('starts from a template and adds a template to an existing agenda without duplicates', async () => {
    const templates = await value(core, 'templates.list', {});
    expect(templates.map((t) => t.name)).toEqual(['Call review', 'Development', 'Pipeline review']);
    const pipeline = templates.find((t) => t.name === 'Pipeline review')!;
    const m = await plan('2026-03-03', { templateId: pipeline.id });
    expect(m.agenda).toHaveLength(pipeline.items.length);
    const again = await value(core, 'agenda.applyTemplate', { oneOnOneId: m.id, templateId: pipeline.id });
    expect(again).toHaveLength(pipeline.items.length);
    const saved = await value(core, 'templates.save', {
      name: 'Quarter planning',
      items: ['Targets', 'Territory'],
    });
    expect(saved).toMatchObject({ builtIn: false, items: ['Targets', 'Territory'] });
  });
});

describe('one-to-ones: commitments, focus and notes', () => {
  it('keeps open commitments on every later one-to-one until closed, and computes completion', async () => {
    const first = await plan('2026-01-12');
    const c1 = await value(core, 'commitments.create', {
      oneOnOneId: first.id,
      text: 'Send the mutual plan to Norland',
      dueOn: '2026-01-20',
    });
    const c2 = await value(core, 'commitments.create', {
      oneOnOneId: first.id,
      text: 'Book time with their CFO',
      dueOn: '2026-02-27',
      behaviourId: DEFAULT_BEHAVIOURS[26]!.id,
    });
    expect(c2.behaviourName).toBe(DEFAULT_BEHAVIOURS[26]!.name);
    await value(core, 'commitments.setStatus', { id: c1.id, status: 'done', closedOn: '2026-01-19' });
    expect((await value(core, 'commitments.list', { repId, status: 'done' }))[0]!.closedOn).toBe(
      '2026-01-19',
    );
    const early = await call(core, 'commitments.setStatus', {
      id: c1.id,
      status: 'done',
      closedOn: '2026-01-01',
    });
    expect(early).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['closedOn'] }] } } });
    const second = await plan('2026-02-09');
    expect(second.commitments.map((c) => c.text)).toEqual(['Book time with their CFO']);
    expect(second.commitments[0]!.overdue).toBe(true); // due 27 Feb, today is 2 March
    const dropped = await call(core, 'commitments.setStatus', { id: c2.id, status: 'dropped' });
    expect(dropped).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['reason'] }] } } });
    await value(core, 'commitments.setStatus', {
      id: c2.id,
      status: 'dropped',
      reason: 'Their CFO left the company.',
    });
    const completion = await value(core, 'commitments.completion', { repId });
    expect(completion.at(-1)).toMatchObject({ period: '2026 Q1', due: 2, done: 1, dropped: 1, rate: 1 });
    // A commitment belongs to the rep of its one-to-one: there is no way to name another rep.
    const other = await call(core, 'commitments.create', {
      oneOnOneId: first.id,
      text: 'x',
      repId: 'someone-else',
    } as never);
    expect(other).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('opens with the evidence gathered on last time’s focus behaviours', async () => {
    const focusBehaviour = DEFAULT_BEHAVIOURS[10]!;
    const first = await plan('2026-02-02');
    await value(core, 'oneOnOnes.setFocus', { id: first.id, behaviourIds: [focusBehaviour.id] });
    expect(
      await call(core, 'oneOnOnes.setFocus', { id: first.id, behaviourIds: ['a', 'b', 'c', 'd'] }),
    ).toMatchObject({ ok: false });
    await value(core, 'observations.create', {
      repId,
      behaviourId: focusBehaviour.id,
      observedOn: '2026-01-20',
      level: 1,
    });
    await value(core, 'observations.create', {
      repId,
      behaviourId: focusBehaviour.id,
      observedOn: '2026-02-12',
      level: 3,
      comment: 'Asked two implication questions.',
    });
    const second = await plan('2026-02-23');
    expect(second.previousFocus).toHaveLength(1);
    expect(second.previousFocus[0]!.evidence.map((o) => o.observedOn)).toEqual(['2026-02-12']);
  });

  it('autosaves each part with its own revision, and refuses an older one', async () => {
    const m = await plan('2026-03-02');
    const doc = (text: string) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
    });
    const saved = await value(core, 'oneOnOnes.saveNotes', {
      id: m.id,
      revision: 1,
      part: 'shared',
      doc: doc('Agreed the plan.'),
    });
    expect(saved.revision).toBe(2);
    await value(core, 'oneOnOnes.saveNotes', {
      id: m.id,
      revision: 1,
      part: 'private',
      doc: doc('Seems tired.'),
    });
    const stale = await call(core, 'oneOnOnes.saveNotes', {
      id: m.id,
      revision: 1,
      part: 'shared',
      doc: doc('Older text'),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const reread = await value(core, 'oneOnOnes.get', { id: m.id });
    expect(JSON.stringify(reread.shared.doc)).toContain('Agreed the plan.');
  });

  it('exports the shared parts as Markdown without a word of the private notes', async () => {
    const m = await plan('2026-03-02');
    await add(m, 'Norland renewal risk');
    await value(core, 'commitments.create', {
      oneOnOneId: m.id,
      text: 'Call the Norland sponsor',
      dueOn: '2026-03-06',
    });
    const doc = (text: string) => ({
      type: 'doc' as const,
      content: [{ type: 'paragraph', content: [{ type: 'text', text, marks: [{ type: 'bold' }] }] }],
    });
    await value(core, 'oneOnOnes.saveNotes', {
      id: m.id,
      revision: 1,
      part: 'shared',
      doc: doc('Good progress on discovery.'),
    });
    await value(core, 'oneOnOnes.saveNotes', {
      id: m.id,
      revision: 1,
      part: 'private',
      doc: doc('Worried he may resign before Q2.'),
    });
    const { markdown, fileName } = await value(core, 'oneOnOnes.exportMarkdown', { id: m.id });
    expect(fileName).toBe('one-to-one-tom-fielding-2026-03-02.md');
    expect(markdown).toContain('# One-to-one with Tom Fielding');
    expect(markdown).toContain('- [ ] Norland renewal risk');
    expect(markdown).toContain('- [ ] Call the Norland sponsor (You, due 6 March 2026)');
    expect(markdown).toContain('**Good progress on discovery.**');
    expect(markdown).not.toContain('resign');
  });
});

describe('one-to-ones: cadence', () => {
  it('flags reps not met within their cadence', async () => {
    const others = await Promise.all(
      ['Aisha Okafor', 'Jonas Berg', 'Emily Chen'].map((name) => value(core, 'people.create', { name })),
    );
    const [aisha, jonas, emily] = others.map((p) => p.id) as [string, string, string];
    await value(core, 'oneOnOnes.setCadence', { repId, cadence: 'weekly' });
    await value(core, 'oneOnOnes.setCadence', { repId: aisha, cadence: 'fortnightly' });
    await value(core, 'oneOnOnes.setCadence', { repId: jonas, cadence: 'monthly' });
    await plan('2026-02-16'); // Tom: met 16 Feb, weekly → due 23 Feb: overdue on 2 March
    await value(core, 'oneOnOnes.create', { repId: aisha, date: '2026-02-20' }); // due 6 March, nothing planned → due soon
    await value(core, 'oneOnOnes.create', { repId: jonas, date: '2026-02-10' }); // due 10 March
    await value(core, 'oneOnOnes.create', { repId: jonas, date: '2026-03-09' }); // planned in time
    const overview = await value(core, 'oneOnOnes.overview', {});
    const state = Object.fromEntries(
      overview.map((r) => [r.repName, [r.state, r.lastMetOn, r.dueOn, r.next?.date ?? null]]),
    );
    expect(state).toEqual({
      'Aisha Okafor': ['due-soon', '2026-02-20', '2026-03-06', null],
      'Emily Chen': ['no-cadence', null, null, null],
      'Jonas Berg': ['on-track', '2026-02-10', '2026-03-10', '2026-03-09'],
      'Tom Fielding': ['overdue', '2026-02-16', '2026-02-23', null],
    });
    expect(emily).toBeDefined();
  });
});
