import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { makeCore, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
const byId = (id: string) => DEFAULT_BEHAVIOURS.find((b) => b.id === id)!;
const IMPLICATION = 'bhv-asks-implication-questions';
const NEXT_STEP = 'bhv-agrees-dated-next-step';
const ECONOMIC_BUYER = 'bhv-identifies-economic-buyer';
const AGENDA = 'bhv-sets-up-front-contract';
const PAPER_PROCESS = 'bhv-asks-about-paper-process';

beforeEach(async () => {
  core = makeCore(); // today: 2 March 2026
  repId = (await value(core, 'people.create', { name: 'Tom Fielding' })).id;
});
afterEach(() => core.close());

const observe = (
  behaviourId: string,
  observedOn: string,
  rating: { level?: number; verdict?: 'strength' | 'gap' },
  extra: Record<string, unknown> = {},
) => value(core, 'observations.create', { repId, behaviourId, observedOn, ...rating, ...extra });

describe('the prep brief', () => {
  it('assembles commitments, focus evidence, other observations, level changes, stuck items and reasoned suggestions', async () => {
    for (const id of [IMPLICATION, NEXT_STEP, ECONOMIC_BUYER, AGENDA, PAPER_PROCESS])
      expect(byId(id), id).toBeDefined();
    // History: a one-to-one on 2 Feb set the focus on implication questions.
    const feb2 = await value(core, 'oneOnOnes.create', { repId, date: '2026-02-02' });
    await value(core, 'oneOnOnes.setFocus', { id: feb2.id, behaviourIds: [IMPLICATION] });
    const stuck = await value(core, 'agenda.add', {
      oneOnOneId: feb2.id,
      text: 'Territory plan for the North',
    });
    const overdue = await value(core, 'commitments.create', {
      oneOnOneId: feb2.id,
      text: 'Send Norland the mutual plan',
      dueOn: '2026-02-20',
    });
    const open = await value(core, 'commitments.create', {
      oneOnOneId: feb2.id,
      text: 'Shadow Aisha on a discovery call',
      dueOn: '2026-03-13',
    });
    // Carried to three more meetings without being closed: stuck.
    await value(core, 'oneOnOnes.create', { repId, date: '2026-02-09' });
    await value(core, 'oneOnOnes.create', { repId, date: '2026-02-16' });
    const feb23 = await value(core, 'oneOnOnes.create', { repId, date: '2026-02-23' });
    expect(feb23.agenda.find((i) => i.text === stuck.text)?.stuck).toBe(true);
    await value(core, 'oneOnOnes.setFocus', { id: feb23.id, behaviourIds: [IMPLICATION] });

    // Before the window: a level 3 on economic buyer; in the window it fell to 2.
    await observe(ECONOMIC_BUYER, '2025-12-15', { level: 3 });
    // Implication questions: gaps from two sources, still no improvement.
    const note = await value(core, 'notes.create', { repId, title: 'Ride-along, Leeds' });
    await observe(IMPLICATION, '2026-01-26', { level: 1 });
    await observe(IMPLICATION, '2026-02-05', { level: 2 }, { sourceKind: 'note', sourceId: note.id });
    await observe(IMPLICATION, '2026-02-19', { verdict: 'gap' });
    await observe(
      IMPLICATION,
      '2026-02-26',
      { level: 2 },
      { comment: 'Jumped to the demo after one pain point.' },
    );
    // Next steps: two gaps in the window from one source.
    await observe(NEXT_STEP, '2026-02-24', { level: 1 });
    await observe(NEXT_STEP, '2026-02-25', { verdict: 'gap' });
    await observe(ECONOMIC_BUYER, '2026-02-25', { level: 2 });
    // Agenda: a gap, then done well: not suggested.
    await observe(AGENDA, '2026-02-10', { level: 1 });
    await observe(AGENDA, '2026-02-27', { level: 4 });
    // Seen once, most recently of all: ties with the agenda and the economic buyer, placed by name.
    await observe(PAPER_PROCESS, '2026-02-28', { level: 3 });

    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief).toMatchObject({
      asOf: '2026-03-02',
      since: '2026-02-23',
      lastOneOnOne: { id: feb23.id, date: '2026-02-23' },
      nextOneOnOne: null,
    });
    expect(brief.overdueCommitments.map((c) => c.id)).toEqual([overdue.id]);
    expect(brief.openCommitments.map((c) => c.id)).toEqual([open.id]);
    expect(brief.focus).toEqual([
      expect.objectContaining({
        behaviourId: IMPLICATION,
        setOn: '2026-02-23',
        observations: [expect.objectContaining({ observedOn: '2026-02-26' })],
      }),
    ]);
    // Most observed first; ties by name: "Agrees time…", "Asks about contract…", "Identifies the economic…".
    expect(brief.otherObservations.map((g) => [g.behaviourId, g.observations.length])).toEqual([
      [NEXT_STEP, 2],
      [AGENDA, 1],
      [PAPER_PROCESS, 1],
      [ECONOMIC_BUYER, 1],
    ]);
    expect(brief.otherObservations[0]!.observations.map((o) => o.observedOn)).toEqual([
      '2026-02-25',
      '2026-02-24',
    ]);
    expect(brief.levelChanges).toEqual([
      { behaviourId: AGENDA, name: byId(AGENDA).name, before: 1, after: 4, direction: 'up' },
      {
        behaviourId: ECONOMIC_BUYER,
        name: byId(ECONOMIC_BUYER).name,
        before: 3,
        after: 2,
        direction: 'down',
      },
    ]);
    expect(brief.stuckItems.map((i) => i.text)).toEqual(['Territory plan for the North']);
    expect(brief.suggestions).toEqual([
      {
        behaviourId: IMPLICATION,
        name: byId(IMPLICATION).name,
        reason:
          'gap observed 4 times in 6 weeks across 2 sources, no improvement since focus set on 23 February',
      },
      {
        behaviourId: NEXT_STEP,
        name: byId(NEXT_STEP).name,
        reason: 'gap observed 2 times in 6 weeks across 1 source',
      },
    ]);
  });

  it('looks back six weeks when there has been no one-to-one, and says nothing it cannot support', async () => {
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief).toMatchObject({
      since: '2026-01-19',
      lastOneOnOne: null,
      openCommitments: [],
      overdueCommitments: [],
      focus: [],
      otherObservations: [],
      levelChanges: [],
      stuckItems: [],
      suggestions: [],
    });
  });
});
