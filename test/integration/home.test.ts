import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { VERDICT_WINDOW_DAYS } from '../../shared/domain/progress';
import { makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';
import { captureStatements } from '../helpers/query-capture';

const zoom = fs.readFileSync(path.resolve(__dirname, '../fixtures/transcripts/zoom.vtt')).toString('base64');
const behaviourId = DEFAULT_BEHAVIOURS[0]!.id;

let core: TestCore;
beforeEach(() => {
  core = makeCore(); // clock: Monday 2 March 2026, so "this week" runs to 9 March
});
afterEach(() => core.close());

const rep = async (name: string) => (await value(core, 'people.create', { name })).id;
const meet = (repId: string, date: string) => value(core, 'oneOnOnes.create', { repId, date });
const observe = (repId: string, observedOn: string) =>
  value(core, 'observations.create', { repId, behaviourId, observedOn, level: 2 });
const importCall = async (repId: string, account: string, date: string) =>
  value(core, 'callReviews.create', {
    repId,
    date,
    account,
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Rep', side: 'rep' },
      { name: 'Buyer', side: 'customer' },
    ],
    transcript: await preparedTranscript(core, { fileName: 'zoom.vtt', contentBase64: zoom }),
    speakerMap: [
      { speaker: 'Priya Shah', participant: 0 },
      { speaker: 'Tom Becker', participant: 1 },
      { speaker: 'dana lee', participant: 1 },
    ],
  } as never);

/** A team where each section of the home has something in it and something that must stay out. */
async function seedTeam() {
  const tom = await rep('Tom Fielding');
  const aisha = await rep('Aisha Okafor');
  const jonas = await rep('Jonas Berg');
  const emily = await rep('Emily Chen');
  const gone = await rep('Gone Rep');
  await value(core, 'oneOnOnes.setCadence', { repId: tom, cadence: 'weekly' });
  await value(core, 'oneOnOnes.setCadence', { repId: aisha, cadence: 'fortnightly' });
  await value(core, 'oneOnOnes.setCadence', { repId: jonas, cadence: 'monthly' });
  await value(core, 'oneOnOnes.setCadence', { repId: gone, cadence: 'weekly' });
  // Tom: a point carried through four meetings (stuck), last met 16 February: overdue.
  const first = await meet(tom, '2026-01-26');
  await value(core, 'agenda.add', { oneOnOneId: first.id, text: 'Territory split with Daniel' });
  for (const date of ['2026-02-02', '2026-02-09']) await meet(tom, date);
  const last = await meet(tom, '2026-02-16');
  await value(core, 'commitments.create', { oneOnOneId: last.id, text: 'Send the MAP', dueOn: '2026-02-27' });
  await value(core, 'commitments.create', {
    oneOnOneId: last.id,
    text: 'Ask finance about the discount',
    owner: 'manager',
    dueOn: '2026-03-05',
  });
  await value(core, 'commitments.create', { oneOnOneId: last.id, text: 'Later', dueOn: '2026-03-20' });
  await value(core, 'commitments.create', { oneOnOneId: last.id, text: 'Whenever' });
  await meet(aisha, '2026-02-20'); // due 6 March: due soon
  await meet(jonas, '2026-02-25'); // due 25 March: nothing to do this week
  await observe(tom, '2026-02-25');
  await observe(aisha, '2026-01-10');
  await observe(jonas, '2026-02-28');
  const toReview = await importCall(tom, 'Halden Logistics', '2026-02-26');
  const draft = await importCall(jonas, 'Norland Foods', '2026-02-20');
  await value(core, 'callReviews.saveScorecard', {
    id: draft.id,
    revision: draft.revision,
    templateId: null,
    lines: [{ behaviourId, weight: 1, critical: false, level: 3, comment: null }],
    submit: false,
  });
  const submitted = await importCall(tom, 'Brightwater', '2026-02-18');
  await value(core, 'callReviews.saveScorecard', {
    id: submitted.id,
    revision: submitted.revision,
    templateId: null,
    lines: [{ behaviourId, weight: 1, critical: false, level: 3, comment: null }],
    submit: true,
  });
  // An archived rep's leftovers are not this week's work.
  await meet(gone, '2026-01-05');
  await importCall(gone, 'Old Account', '2026-01-06');
  await value(core, 'people.archive', { id: gone });
  return { tom, aisha, jonas, emily, toReview, draft };
}

describe('home: this week', () => {
  it('lists what needs the manager, most urgent first, and leaves out what does not', async () => {
    const { tom, aisha, emily, toReview, draft } = await seedTeam();
    const week = await value(core, 'home.week', {});
    expect(week).toMatchObject({ asOf: '2026-03-02', until: '2026-03-09' });
    expect(week.oneOnOnes.map((r) => [r.repName, r.state])).toEqual([
      ['Tom Fielding', 'overdue'],
      ['Aisha Okafor', 'due-soon'],
    ]);
    expect(week.commitments.map((c) => [c.text, c.owner, c.overdue, c.repName])).toEqual([
      ['Send the MAP', 'rep', true, 'Tom Fielding'],
      ['Ask finance about the discount', 'manager', false, 'Tom Fielding'],
    ]);
    expect(week.calls.map((c) => [c.id, c.account, c.state])).toEqual([
      [toReview.id, 'Halden Logistics', 'not-reviewed'],
      [draft.id, 'Norland Foods', 'scorecard-draft'],
    ]);
    expect(week.unobserved).toEqual([
      { repId: emily, repName: 'Emily Chen', lastObservedOn: null },
      { repId: aisha, repName: 'Aisha Okafor', lastObservedOn: '2026-01-10' },
    ]);
    expect(week.stuckItems).toEqual([
      expect.objectContaining({ text: 'Territory split with Daniel', carriedCount: 3, repId: tom }),
    ]);
    expect(week.stuckItems[0]!.oneOnOneDate).toBe('2026-02-16');
  });

  it('shows a one-to-one planned this week, and drops a call once it is annotated', async () => {
    const { tom, toReview } = await seedTeam();
    await meet(tom, '2026-03-03');
    await value(core, 'observations.create', {
      repId: tom,
      behaviourId,
      observedOn: '2026-02-26',
      level: 3,
      sourceKind: 'call-review',
      sourceId: toReview.id,
    });
    const week = await value(core, 'home.week', {});
    expect(week.oneOnOnes.find((r) => r.repId === tom)).toMatchObject({
      state: 'planned',
      next: { date: '2026-03-03' },
    });
    expect(week.calls.map((c) => c.id)).not.toContain(toReview.id);
  });

  it('is empty for an empty workspace', async () => {
    expect(await value(core, 'home.week', {})).toMatchObject({
      oneOnOnes: [],
      commitments: [],
      calls: [],
      unobserved: [],
      falling: [],
      stuckItems: [],
    });
  });

  it('names a behaviour whose level is falling for a rep, by the improvement rule, and not a steady one', async () => {
    const jonas = await rep('Jonas Berg');
    const aisha = await rep('Aisha Okafor');
    const rated = (repId: string, observedOn: string, level: number) =>
      value(core, 'observations.create', { repId, behaviourId, observedOn, level });
    // Five ratings over four months: Jonas falls from 4 to 1; Aisha stays at 3.
    const days = ['2025-11-03', '2025-12-01', '2026-01-05', '2026-02-02', '2026-02-23'];
    for (const [i, day] of days.entries()) {
      await rated(jonas, day, 4 - Math.min(3, i));
      await rated(aisha, day, 3);
    }
    const { falling } = await value(core, 'home.week', {});
    expect(falling).toHaveLength(1);
    expect(falling[0]).toMatchObject({
      repId: jonas,
      repName: 'Jonas Berg',
      behaviourId,
      behaviourName: DEFAULT_BEHAVIOURS[0]!.name,
      observations: 5,
    });
    expect(falling[0]!.changePerQuarter).toBeLessThan(-0.3);
  });

  it('reads only the recent window of ratings, and names every falling behaviour in one statement', async () => {
    const jonas = await rep('Jonas Berg');
    const days = ['2025-11-03', '2025-12-01', '2026-01-05', '2026-02-02', '2026-02-23'];
    for (const id of [DEFAULT_BEHAVIOURS[0]!.id, DEFAULT_BEHAVIOURS[1]!.id])
      for (const [i, day] of days.entries())
        await value(core, 'observations.create', {
          repId: jonas,
          behaviourId: id,
          observedOn: day,
          level: 4 - Math.min(3, i),
        });
    const capture = captureStatements();
    let falling: Awaited<ReturnType<typeof value<'home.week'>>>['falling'];
    try {
      ({ falling } = await capture.during(() => value(core, 'home.week', {})));
    } finally {
      capture.restore();
    }
    expect(falling.map((f) => f.behaviourName).sort()).toEqual(
      [DEFAULT_BEHAVIOURS[0]!.name, DEFAULT_BEHAVIOURS[1]!.name].sort(),
    );
    const callers = capture.captured.map((c) => c.caller);
    // The window's start is bound in the statement (the rule's window before 2 March 2026).
    const ratings = capture.captured.filter((c) => c.caller === 'listRecentRatings (progress.ts)');
    expect(ratings).toHaveLength(1);
    expect(ratings[0]!.params[1]).toBe(addDays('2026-03-02', -VERDICT_WINDOW_DAYS));
    expect(callers.filter((c) => c === 'behaviourNames (behaviours.ts)')).toHaveLength(1);
    expect(callers.filter((c) => c.startsWith('findBehaviour'))).toEqual([]);
  });

  it('reads the team in a fixed number of statements, however many reps there are', async () => {
    // Counted as statements run, not prepared: a repository's statement prepared once (db/prepared.ts)
    // and run once per rep must still count once per rep.
    const statementsFor = async () => {
      const capture = captureStatements();
      try {
        await capture.during(() => value(core, 'home.week', {}));
      } finally {
        capture.restore();
      }
      return capture.captured.length;
    };
    await seedTeam();
    // Statements prepared once per connection are counted on the first read only: compare warm reads.
    await statementsFor();
    const small = await statementsFor();
    for (let i = 0; i < 6; i++) {
      const extra = await rep(`Extra Rep ${i}`);
      await value(core, 'oneOnOnes.setCadence', { repId: extra, cadence: 'weekly' });
      await meet(extra, '2026-02-02');
      await importCall(extra, `Account ${i}`, '2026-02-27');
    }
    const week = await value(core, 'home.week', {});
    expect(week.oneOnOnes).toHaveLength(8);
    expect(week.calls).toHaveLength(8);
    expect(await statementsFor()).toBe(small);
  });
});
