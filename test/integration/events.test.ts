import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatch';
import { handlers } from '../../electron/core/domains';
import type { Handlers } from '../../electron/core/registry';
import type { AppEvent } from '../../shared/contract';
import { makeCore, silentLogger, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore();
  const manager = await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' });
  repId = (await value(core, 'people.create', { name: 'Tom Fielding', managerId: manager.id })).id;
  core.events.length = 0;
});
afterEach(() => core.close());

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

describe('events', () => {
  it('a mutation that emits an event it does not declare is refused, and nothing is written', async () => {
    const published: AppEvent[] = [];
    const errors: string[] = [];
    const wrapped: Handlers = {
      ...handlers,
      'people.create': (input, ctx) => {
        const person = handlers['people.create'](input, ctx);
        // people.create declares only people.changed: a reader of notes would never have been told.
        ctx.emit('notes.changed', { ids: [], repIds: [], revisions: {} });
        return person;
      },
    };
    const dispatcher = createDispatcher(
      wrapped,
      {
        db: core.database.db,
        clock: core.clock,
        newId: () => 'undeclared-id',
        transport: 'http',
        dataFile: core.file,
        schemaVersion: 1,
        appVersion: 'test',
        locale: 'en-GB',
        readOnlyReason: null,
      },
      (event) => published.push(event),
      { ...silentLogger, error: (message) => errors.push(message) },
    );
    const before = snapshotRows(core);
    const result = await dispatcher.call('people.create', { name: 'Ada Lovelace' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(snapshotRows(core)).toEqual(before);
    expect(published).toEqual([]);
    expect(errors.join('\n')).toContain('people.create emitted notes.changed');
  });

  it('a note save says which note, whose, and its new revision', async () => {
    const note = await value(core, 'notes.create', { repId, title: 'Ride-along' });
    const saved = await value(core, 'notes.save', {
      id: note.id,
      revision: note.revision,
      title: 'Ride-along',
      doc: doc('Asked good questions.'),
    });
    expect(core.events.at(-1)).toEqual({
      name: 'notes.changed',
      payload: { ids: [note.id], repIds: [repId], revisions: { [note.id]: saved.note.revision } },
    });
  });

  it('saving one-to-one notes announces only the notes, not a changed meeting', async () => {
    const meeting = await value(core, 'oneOnOnes.create', { repId, date: '2026-03-02' });
    core.events.length = 0;
    await value(core, 'oneOnOnes.saveNotes', {
      id: meeting.id,
      revision: meeting.shared.revision,
      part: 'shared',
      doc: doc('Pricing objection practice.'),
    });
    expect(core.events).toEqual([
      {
        name: 'oneOnOnes.notesSaved',
        payload: { id: meeting.id, repId, part: 'shared', revision: meeting.shared.revision + 1 },
      },
    ]);
  });

  it('a quick capture tells readers of the rep and says counts moved', async () => {
    const library = await value(core, 'library.get', {});
    await value(core, 'observations.create', {
      repId,
      behaviourId: library.behaviours[0]!.id,
      observedOn: '2026-03-02',
      level: null,
      verdict: 'strength',
      comment: '',
      sourceKind: 'ad-hoc',
      visibility: 'private',
    });
    expect(core.events.map((e) => e.name)).toEqual(['observations.changed']);
    expect(core.events[0]!.payload).toMatchObject({ repIds: [repId], countsChanged: true });
  });
});
