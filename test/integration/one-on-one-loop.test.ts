import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { call, makeCore, type TestCore, value } from '../helpers/core';

// Issue 13, the one-to-one loop: planning from the brief, focus that holds, and "Overdue" that clears.
let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore(); // clock: Monday 2 March 2026
  repId = (await value(core, 'people.create', { name: 'Tom Fielding' })).id;
});
afterEach(() => core.close());

const plan = (date: string) => value(core, 'oneOnOnes.create', { repId, date });
const [b1, b2, b3, b4] = DEFAULT_BEHAVIOURS.map((b) => b.id) as [string, string, string, string];

describe('adding from the prep brief when nothing is planned', () => {
  it('plans the next one-to-one on the cadence’s due date and adds the talking point, in one call', async () => {
    await value(core, 'oneOnOnes.setCadence', { repId, cadence: 'weekly' });
    await plan('2026-02-26'); // met Thursday: due 5 March
    const added = await value(core, 'oneOnOnes.addToNext', { repId, agendaText: 'Forecast for Q2' });
    expect(added.planned).toBe(true);
    expect(added.oneOnOne.date).toBe('2026-03-05');
    expect(added.oneOnOne.agenda.map((i) => i.text)).toEqual(['Forecast for Q2']);
    // The next one goes onto the meeting now planned; the same point is not added twice.
    const again = await value(core, 'oneOnOnes.addToNext', { repId, agendaText: 'Pricing approval' });
    await value(core, 'oneOnOnes.addToNext', { repId, agendaText: 'forecast for q2 ' });
    expect(again).toMatchObject({ planned: false, oneOnOne: { id: added.oneOnOne.id } });
    const meeting = await value(core, 'oneOnOnes.get', { id: added.oneOnOne.id });
    expect(meeting.agenda.map((i) => i.text)).toEqual(['Forecast for Q2', 'Pricing approval']);
    expect((await value(core, 'oneOnOnes.list', { repId })).length).toBe(2);
  });

  it('plans for today when the due date has passed, and sets a focus the same way', async () => {
    await value(core, 'oneOnOnes.setCadence', { repId, cadence: 'weekly' });
    await plan('2026-02-09'); // due 16 February: overdue
    const added = await value(core, 'oneOnOnes.addToNext', { repId, focusBehaviourId: b1 });
    expect(added.oneOnOne.date).toBe('2026-03-02');
    expect(added.oneOnOne.focus.map((f) => f.behaviourId)).toEqual([b1]);
  });

  it('asks for a date (on the date field) when there is no cadence to go by, and then uses it', async () => {
    const asked = await call(core, 'oneOnOnes.addToNext', { repId, agendaText: 'Territory plan' });
    expect(asked).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['date'] }] } },
    });
    expect(await value(core, 'oneOnOnes.list', { repId })).toEqual([]);
    const past = await call(core, 'oneOnOnes.addToNext', { repId, agendaText: 'x', date: '2026-02-01' });
    expect(past).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['date'] }] } } });
    const added = await value(core, 'oneOnOnes.addToNext', {
      repId,
      agendaText: 'Territory plan',
      date: '2026-03-04',
    });
    expect(added).toMatchObject({ planned: true, oneOnOne: { date: '2026-03-04' } });
  });

  it('refuses a fourth focus behaviour and an input with both or neither of a point and a focus', async () => {
    const next = await plan('2026-03-09');
    await value(core, 'oneOnOnes.setFocus', { id: next.id, behaviourIds: [b1, b2, b3] });
    const full = await call(core, 'oneOnOnes.addToNext', { repId, focusBehaviourId: b4 });
    expect(full).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['focusBehaviourId'] }] } },
    });
    expect(await call(core, 'oneOnOnes.addToNext', { repId })).toMatchObject({ ok: false });
    expect(
      await call(core, 'oneOnOnes.addToNext', { repId, agendaText: 'x', focusBehaviourId: b4 }),
    ).toMatchObject({ ok: false });
  });
});

describe('focus behaviours carry forward', () => {
  it('brings last time’s focus to the next one-to-one until the manager changes it', async () => {
    const first = await plan('2026-02-16');
    await value(core, 'oneOnOnes.setFocus', { id: first.id, behaviourIds: [b1, b2, b3] });
    const second = await plan('2026-02-23');
    expect(second.focus.map((f) => f.behaviourId)).toEqual([b1, b2, b3]);
    await value(core, 'oneOnOnes.setFocus', { id: second.id, behaviourIds: [b4] });
    const third = await plan('2026-03-02');
    expect(third.focus.map((f) => f.behaviourId)).toEqual([b4]);
    // The earlier meeting keeps what was chosen then.
    expect((await value(core, 'oneOnOnes.get', { id: first.id })).focus).toHaveLength(3);
  });

  it('updates a meeting planned before the focus was set, unless its focus was changed there', async () => {
    const current = await plan('2026-03-02');
    const next = await plan('2026-03-09');
    const other = await value(core, 'people.create', { name: 'Aisha Okafor' });
    const theirs = await value(core, 'oneOnOnes.create', { repId: other.id, date: '2026-03-09' });
    await value(core, 'oneOnOnes.setFocus', { id: current.id, behaviourIds: [b1] });
    expect((await value(core, 'oneOnOnes.get', { id: next.id })).focus.map((f) => f.behaviourId)).toEqual([
      b1,
    ]);
    expect((await value(core, 'oneOnOnes.get', { id: theirs.id })).focus).toEqual([]);
    await value(core, 'oneOnOnes.setFocus', { id: next.id, behaviourIds: [b2] });
    await value(core, 'oneOnOnes.setFocus', { id: current.id, behaviourIds: [b3] });
    expect((await value(core, 'oneOnOnes.get', { id: next.id })).focus.map((f) => f.behaviourId)).toEqual([
      b2,
    ]);
  });
});

describe('a planned one-to-one clears "Overdue"', () => {
  it('shows a rep whose next meeting is planned within the grace window as planned, not overdue', async () => {
    await value(core, 'oneOnOnes.setCadence', { repId, cadence: 'weekly' });
    await plan('2026-02-16'); // due 23 February: overdue on 2 March
    const stateOf = async () => (await value(core, 'oneOnOnes.overview', {})).find((r) => r.repId === repId)!;
    expect((await stateOf()).state).toBe('overdue');
    const tomorrow = await plan('2026-03-03');
    expect(await stateOf()).toMatchObject({
      state: 'planned',
      next: { id: tomorrow.id, date: '2026-03-03' },
    });
    // Planned three weeks out is not "handled": still overdue.
    await value(core, 'oneOnOnes.update', {
      id: tomorrow.id,
      revision: tomorrow.revision,
      date: '2026-03-23',
      status: 'scheduled',
    });
    expect((await stateOf()).state).toBe('overdue');
  });
});
