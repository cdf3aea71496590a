import { afterEach, describe, expect, it } from 'vitest';
import { call, makeCore, type TestCore, value } from '../helpers/core';

/** The dates the core decides: "today" from its clock, the dates it writes into text in the user's locale. */

const cores: TestCore[] = [];
function core(options: Parameters<typeof makeCore>[0] = {}): TestCore {
  const made = makeCore(options);
  cores.push(made);
  return made;
}
const originalTz = process.env.TZ;
afterEach(() => {
  for (const made of cores.splice(0)) made.close();
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

async function repWithMeeting(target: TestCore) {
  const rep = await value(target, 'people.create', { name: 'Tom Fielding' });
  const meeting = await value(target, 'oneOnOnes.create', { repId: rep.id, date: '2026-02-23' });
  await value(target, 'commitments.create', {
    oneOnOneId: meeting.id,
    text: 'Call the Norland sponsor',
    dueOn: '2026-03-06',
  });
  return { rep, meeting };
}

describe('dates the core writes into text', () => {
  it.each([
    ['en-GB', '23 February 2026', 'due 6 March 2026'],
    ['en-US', 'February 23, 2026', 'due March 6, 2026'],
    ['de-DE', '23. Februar 2026', 'due 6. März 2026'],
  ])('are in the user’s locale (%s) in an exported one-to-one', async (locale, heading, due) => {
    const target = core({ locale });
    const { meeting } = await repWithMeeting(target);
    const { markdown } = await value(target, 'oneOnOnes.exportMarkdown', { id: meeting.id });
    expect(markdown.split('\n')[2]).toBe(heading);
    expect(markdown).toContain(due);
  });

  it.each([
    ['en-GB', 'no improvement since focus set on 23 February'],
    ['en-US', 'no improvement since focus set on February 23'],
  ])('are in the user’s locale (%s) in a prep brief’s reasons', async (locale, reason) => {
    const target = core({ locale });
    const { rep, meeting } = await repWithMeeting(target);
    const behaviourId = 'bhv-asks-implication-questions';
    await value(target, 'oneOnOnes.setFocus', { id: meeting.id, behaviourIds: [behaviourId] });
    for (const observedOn of ['2026-02-24', '2026-02-26'])
      await value(target, 'observations.create', { repId: rep.id, behaviourId, observedOn, verdict: 'gap' });
    const brief = await value(target, 'oneOnOnes.prepBrief', { repId: rep.id });
    expect(brief.suggestions[0]!.reason).toMatch(new RegExp(`, ${reason}$`));
  });
});

describe('today, for the core', () => {
  it('is the user’s calendar date: an observation may be dated today there, not tomorrow', async () => {
    // 12:00 UTC on 2 March is 01:00 on 3 March in Auckland: a manager there is already on the 3rd.
    process.env.TZ = 'Pacific/Auckland';
    const target = core({ now: '2026-03-02T12:00:00.000Z' });
    const rep = await value(target, 'people.create', { name: 'Tom Fielding' });
    const input = { repId: rep.id, behaviourId: 'bhv-asks-implication-questions', verdict: 'gap' as const };
    const today = await call(target, 'observations.create', { ...input, observedOn: '2026-03-03' });
    expect(today).toMatchObject({ ok: true });
    const tomorrow = await call(target, 'observations.create', { ...input, observedOn: '2026-03-04' });
    expect(tomorrow).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('puts commitments into the four calendar quarters up to today', async () => {
    const target = core({ now: '2026-05-31T12:00:00.000Z' });
    const rep = await value(target, 'people.create', { name: 'Tom Fielding' });
    const completion = await value(target, 'commitments.completion', { repId: rep.id });
    expect(completion.map((q) => q.period)).toEqual(['2025 Q3', '2025 Q4', '2026 Q1', '2026 Q2']);
  });
});

describe('a date typed into any field', () => {
  it.each(['0001-03-02', '0050-03-02', '0099-03-02', '2026-02-29'])(
    'is refused as “That date does not exist” when the calendar has no %s, saying which field',
    async (observedOn) => {
      const target = core();
      const rep = await value(target, 'people.create', { name: 'Tom Fielding' });
      const result = await call(target, 'observations.create', {
        repId: rep.id,
        behaviourId: 'bhv-asks-implication-questions',
        observedOn,
        verdict: 'gap',
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'Invalid input for observations.create: observedOn: That date does not exist',
          details: { issues: [{ path: ['observedOn'], message: 'That date does not exist' }] },
        },
      });
    },
  );
});
