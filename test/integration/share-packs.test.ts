import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../shared/contract';
import { sharePackSchema } from '../../shared/domain/share-pack';
import {
  actAs,
  call,
  makeCore,
  preparedTranscript,
  snapshotRows,
  type TestCore,
  value,
} from '../helpers/core';

/**
 * Share packs end to end: what leaves the manager's copy (byte by byte, nothing private), what the rep's
 * copy does with it (a space of its own, newer replaces older) and what comes back (all or nothing, a
 * reply to something gone listed rather than lost).
 */

// One marker per private field; none may be in a pack's bytes.
const PRIVATE = {
  observationComment: 'wombatprivcomment',
  observationEvidence: 'wombatprivevidence',
  noteTitle: 'lemurprivnotetitle',
  noteBody: 'lemurprivnotebody',
  sharedNoteTitle: 'lemursharednotetitle',
  oneOnOnePrivate: 'ibexprivmeeting',
  annotationComment: 'okapiprivannotation',
  scorecardComment: 'tapirprivscorecard',
  peerShared: 'dingopeershared',
  peerPrivate: 'dingopeerprivate',
};
// What a pack must hold: the shared side of the same records.
const SHARED = {
  observationComment: 'koalasharedcomment',
  oneOnOneShared: 'koalasharedmeeting',
  annotationComment: 'koalasharedannotation',
  agenda: 'koalasharedagenda',
  commitment: 'koalasharedcommitment',
};

const BEHAVIOUR = 'bhv-asks-implication-questions';
const SCORED = 'bhv-quantifies-cost-of-inaction';
const doc = (text: string): RichTextDoc =>
  ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }) as RichTextDoc;

let manager: TestCore;
const ids = {
  marcus: '',
  tom: '',
  emily: '',
  priya: '',
  next: '',
  sharedObservation: '',
  sharedAnnotation: '',
  scorecardLine: '',
  call: '',
};

beforeAll(async () => {
  manager = makeCore();
  const person = async (name: string, kind: 'rep' | 'manager', managerId: string | null) =>
    (await value(manager, 'people.create', { name, kind, managerId })).id;
  ids.marcus = await person('Marcus Webb', 'manager', null);
  ids.priya = await person('Priya Raman', 'manager', null);
  ids.tom = await person('Tom Fielding', 'rep', ids.marcus);
  ids.emily = await person('Emily Chen', 'rep', ids.priya);

  await actAs(manager, ids.priya);
  for (const [visibility, word] of [
    ['shared', PRIVATE.peerShared],
    ['private', PRIVATE.peerPrivate],
  ] as const)
    await value(manager, 'observations.create', {
      repId: ids.emily,
      behaviourId: BEHAVIOUR,
      observedOn: '2026-02-20',
      level: 2,
      comment: word,
      visibility,
    });

  await actAs(manager, ids.marcus);
  const tom = ids.tom;
  await value(manager, 'observations.create', {
    repId: tom,
    behaviourId: BEHAVIOUR,
    observedOn: '2026-02-20',
    level: 2,
    evidence: PRIVATE.observationEvidence,
    comment: PRIVATE.observationComment,
    visibility: 'private',
  });
  ids.sharedObservation = (
    await value(manager, 'observations.create', {
      repId: tom,
      behaviourId: BEHAVIOUR,
      observedOn: '2026-02-21',
      level: 3,
      comment: SHARED.observationComment,
      visibility: 'shared',
    })
  ).id;
  for (const [visibility, title, body] of [
    ['private', PRIVATE.noteTitle, PRIVATE.noteBody],
    // Coaching notes stay in the manager's copy even when shared: the pack carries one-to-ones and feedback.
    ['shared', PRIVATE.sharedNoteTitle, PRIVATE.sharedNoteTitle],
  ] as const) {
    const note = await value(manager, 'notes.create', { repId: tom, title, visibility });
    await value(manager, 'notes.save', { id: note.id, revision: note.revision, title, doc: doc(body) });
  }
  const held = await value(manager, 'oneOnOnes.create', { repId: tom, date: '2026-02-23' });
  await value(manager, 'oneOnOnes.saveNotes', {
    id: held.id,
    revision: held.private!.revision,
    part: 'private',
    doc: doc(PRIVATE.oneOnOnePrivate),
  });
  await value(manager, 'oneOnOnes.saveNotes', {
    id: held.id,
    revision: held.shared.revision,
    part: 'shared',
    doc: doc(SHARED.oneOnOneShared),
  });
  await value(manager, 'agenda.add', { oneOnOneId: held.id, text: SHARED.agenda });
  await value(manager, 'commitments.create', { oneOnOneId: held.id, text: SHARED.commitment });
  await value(manager, 'oneOnOnes.setFocus', { id: held.id, behaviourIds: [BEHAVIOUR] });
  ids.next = (await value(manager, 'oneOnOnes.create', { repId: tom, date: '2026-03-09' })).id;

  const review = await value(manager, 'callReviews.create', {
    repId: tom,
    date: '2026-02-24',
    account: 'Acme Logistics',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Rep', side: 'rep' },
      { name: 'Buyer', side: 'customer' },
    ],
    transcript: await preparedTranscript(manager, {
      text: 'Rep: What would waiting cost you?\nBuyer: About a quarter of our margin.\n',
    }),
    speakerMap: [
      { speaker: 'Rep', participant: 0 },
      { speaker: 'Buyer', participant: 1 },
    ],
  });
  ids.call = review.id;
  for (const [visibility, word] of [
    ['private', PRIVATE.annotationComment],
    ['shared', SHARED.annotationComment],
  ] as const) {
    const a = await value(manager, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: { startSegment: 0, startOffset: 0, endSegment: 0, endOffset: 12 },
      annotationType: 'missed-opportunity',
      behaviourId: BEHAVIOUR,
      level: 2,
      comment: word,
      visibility,
    });
    if (visibility === 'shared') ids.sharedAnnotation = a.id;
  }
  await value(manager, 'callReviews.saveScorecard', {
    id: review.id,
    revision: review.revision,
    templateId: null,
    lines: [
      { behaviourId: SCORED, weight: 1, critical: false, level: 1, comment: PRIVATE.scorecardComment },
      {
        behaviourId: BEHAVIOUR,
        weight: 1,
        critical: false,
        level: 2,
        comment: 'Stopped at the first answer.',
      },
    ],
    submit: true,
  });
  // Scorecard lines are the reviewer's own until shared: the manager shares one with the rep.
  const lines = await value(manager, 'observations.list', { repId: tom, sourceId: review.id, limit: 50 });
  const line = lines.find((o) => o.behaviourId === BEHAVIOUR && o.anchor === null)!;
  const sharedLine = await value(manager, 'observations.update', {
    id: line.id,
    revision: line.revision,
    behaviourId: BEHAVIOUR,
    observedOn: line.observedOn,
    level: 2,
    comment: line.comment,
    visibility: 'shared',
  });
  ids.scorecardLine = sharedLine.id;
  // The manager's copy holds the private line's comment (so the test below can fail).
  expect(JSON.stringify(await value(manager, 'callReviews.get', { id: review.id }))).toContain(
    PRIVATE.scorecardComment,
  );
});
afterAll(() => manager.close());

async function exportTom() {
  await actAs(manager, ids.marcus);
  return value(manager, 'sharePacks.export', { repId: ids.tom });
}

/** A rep's own copy: a fresh database whose owner is a rep who says who they are at first run. */
async function repCopy(): Promise<TestCore> {
  const copy = makeCore({ idPrefix: 'rep', now: '2026-03-03T10:00:00.000Z' });
  await value(copy, 'workspace.claim', { newPerson: { name: 'Tom Fielding', kind: 'rep' } });
  return copy;
}

async function openIn(copy: TestCore, content: string) {
  const preview = await value(copy, 'sharePacks.prepareOpen', { content });
  return { preview, opened: await value(copy, 'sharePacks.open', { preparedId: preview.preparedId }) };
}

describe('the share pack file', () => {
  it('holds no private word, in its bytes or inside any compression', async () => {
    const { content, fileName } = await exportTom();
    expect(fileName).toMatch(/^coachbench-share-tom-fielding-2026-03-02\.json$/);
    const bytes = Buffer.from(content, 'utf8');
    // Plain UTF-8 JSON: nothing is compressed or encoded where a search could not see it.
    expect(bytes[0]).toBe('{'.charCodeAt(0));
    expect(() => JSON.parse(content)).not.toThrow();
    expect(content).not.toMatch(/[A-Za-z0-9+/]{200,}/); // no base64 blob
    for (const [field, marker] of Object.entries(PRIVATE))
      expect(bytes.includes(Buffer.from(marker, 'utf8')), `${field} leaked`).toBe(false);
    // The test reaches the data: the shared side of the same records is there.
    for (const [field, marker] of Object.entries(SHARED))
      expect(bytes.includes(Buffer.from(marker, 'utf8')), `${field} missing`).toBe(true);
  });

  it('is a valid, versioned pack naming only what it holds, and logs the export', async () => {
    const { content, export: logged } = await exportTom();
    const pack = sharePackSchema.parse(JSON.parse(content));
    expect(pack).toMatchObject({
      format: 'coachbench-share-pack',
      version: 1,
      rep: { name: 'Tom Fielding' },
    });
    expect(pack.observations.map((o) => o.kind).sort()).toEqual([
      'annotation',
      'observation',
      'scorecard-line',
    ]);
    expect(pack.observations.find((o) => o.kind === 'annotation')).toMatchObject({
      sourceId: ids.call,
      startMs: null,
    });
    expect(pack.behaviours.map((b) => b.id)).toEqual([BEHAVIOUR]);
    expect(pack.calls).toEqual([
      { id: ids.call, date: '2026-02-24', account: 'Acme Logistics', callType: expect.any(String) },
    ]);
    const log = await value(manager, 'sharePacks.log', { repId: ids.tom });
    expect(log.exports[0]).toMatchObject({
      id: logged.id,
      exportedByName: 'Marcus Webb',
      repName: 'Tom Fielding',
      counts: { observations: 3, oneOnOnes: 2, calls: 1, commitments: 1 },
    });
  });

  it('is only written by the rep’s managers', async () => {
    await actAs(manager, ids.priya);
    const refused = await call(manager, 'sharePacks.export', { repId: ids.tom });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('NOT_FOUND');
    await actAs(manager, ids.tom);
    const self = await call(manager, 'sharePacks.export', { repId: ids.tom });
    expect(self.ok ? 'ok' : self.error.code).toBe('FORBIDDEN');
    const log = await value(manager, 'sharePacks.log', { repId: ids.tom });
    expect(log).toEqual({ exports: [], replyImports: [] });
  });
});

describe('the rep’s copy', () => {
  it('opens a pack into a space of its own, touching none of the rep’s records', async () => {
    const { content } = await exportTom();
    const copy = await repCopy();
    try {
      const before = snapshotRows(copy);
      const { preview, opened } = await openIn(copy, content);
      expect(preview).toMatchObject({ managerName: 'Marcus Webb', repName: 'Tom Fielding' });
      expect(opened.pack.observations).toHaveLength(3);
      const after = snapshotRows(copy);
      const changed = Object.keys(after).filter(
        (t) => JSON.stringify(after[t]) !== JSON.stringify(before[t]),
      );
      expect(changed).toEqual(['opened_share_packs']);
      expect(await value(copy, 'observations.list', {})).toEqual([]);
    } finally {
      copy.close();
    }
  });

  it('replaces an older pack from the same manager, and refuses an older one over a newer', async () => {
    const first = (await exportTom()).content;
    manager.clock.advance(60_000);
    const second = (await exportTom()).content;
    const copy = await repCopy();
    try {
      await openIn(copy, first);
      const { opened } = await openIn(copy, second);
      const packs = await value(copy, 'sharePacks.opened', {});
      expect(packs.map((p) => p.pack.packId)).toEqual([opened.pack.packId]);
      const prepared = await value(copy, 'sharePacks.prepareOpen', { content: first });
      const older = await call(copy, 'sharePacks.open', { preparedId: prepared.preparedId });
      expect(older.ok ? 'ok' : older.error.code).toBe('CONFLICT');
    } finally {
      copy.close();
    }
  });

  it('refuses a damaged file, saying where, and opens nothing', async () => {
    const pack = JSON.parse((await exportTom()).content);
    pack.observations[0].level = 7;
    const copy = await repCopy();
    try {
      const bad = await call(copy, 'sharePacks.prepareOpen', { content: JSON.stringify(pack) });
      expect(bad.ok).toBe(false);
      if (!bad.ok) {
        expect(bad.error.code).toBe('INVALID_INPUT');
        expect(bad.error.message).toContain('observations[0].level');
      }
      const notJson = await call(copy, 'sharePacks.prepareOpen', { content: '{"format": ' });
      expect(notJson.ok ? '' : notJson.error.message).toContain('not valid JSON');
      const newer = await call(copy, 'sharePacks.prepareOpen', {
        content: JSON.stringify({ ...pack, version: 2 }),
      });
      expect(newer.ok ? '' : newer.error.message).toContain('from a newer Coachbench');
      expect(await value(copy, 'sharePacks.opened', {})).toEqual([]);
    } finally {
      copy.close();
    }
  });

  it('is for reps: a manager’s copy does not open packs', async () => {
    const { content } = await exportTom();
    await actAs(manager, ids.marcus);
    const prepared = await value(manager, 'sharePacks.prepareOpen', { content });
    const refused = await call(manager, 'sharePacks.open', { preparedId: prepared.preparedId });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
  });
});

describe('round trip: pack → rep → reply file → manager', () => {
  it('brings the rep’s replies and talking points back beside the feedback, all or nothing', async () => {
    const { content } = await exportTom();
    const copy = await repCopy();
    let replyContent: string;
    try {
      const { opened } = await openIn(copy, content);
      await value(copy, 'sharePacks.respond', {
        openedId: opened.id,
        kind: 'reply',
        itemId: ids.scorecardLine,
        stance: 'differ',
        selfLevel: 2,
        text: 'The buyer had named the cost already.',
      });
      await value(copy, 'sharePacks.respond', {
        openedId: opened.id,
        kind: 'reply',
        itemId: ids.sharedObservation,
        stance: 'agree',
        text: 'Fair.',
      });
      await value(copy, 'sharePacks.respond', {
        openedId: opened.id,
        kind: 'agenda-point',
        itemId: ids.next,
        text: 'Help with the Acme business case',
      });
      const noStance = await call(copy, 'sharePacks.respond', {
        openedId: opened.id,
        kind: 'reply',
        itemId: ids.sharedObservation,
        text: 'x',
      });
      expect(noStance.ok ? 'ok' : noStance.error.code).toBe('INVALID_INPUT');
      const file = await value(copy, 'sharePacks.replyFile', { openedId: opened.id });
      expect(file).toMatchObject({ replies: 2, agendaPoints: 1 });
      replyContent = file.content;
    } finally {
      copy.close();
    }

    // Meanwhile the manager deleted the plain observation the rep agreed with.
    await actAs(manager, ids.marcus);
    await value(manager, 'observations.delete', { id: ids.sharedObservation });

    const preview = await value(manager, 'sharePacks.prepareReplies', { content: replyContent });
    expect(preview).toMatchObject({ repName: 'Tom Fielding', managerName: 'Marcus Webb' });
    expect(preview.replies).toHaveLength(2);
    const result = await value(manager, 'sharePacks.importReplies', { preparedId: preview.preparedId });
    expect(result.added).toBe(2);
    expect(result.import.unmatched).toEqual([
      expect.objectContaining({ kind: 'reply', text: 'Fair.', reason: expect.stringContaining('deleted') }),
    ]);

    // The manager sees the reply beside the scorecard line, from Tom, and Tom's talking point is on the agenda.
    const line = await value(manager, 'observations.get', { id: ids.scorecardLine });
    expect(line.replies).toMatchObject([
      {
        authorName: 'Tom Fielding',
        stance: 'differ',
        selfLevel: 2,
        text: 'The buyer had named the cost already.',
      },
    ]);
    const next = await value(manager, 'oneOnOnes.get', { id: ids.next });
    expect(next.agenda.filter((a) => a.author === 'rep').map((a) => a.text)).toEqual([
      'Help with the Acme business case',
    ]);
    // The lost reply is in the log, in words.
    const log = await value(manager, 'sharePacks.log', { repId: ids.tom });
    expect(log.replyImports[0]?.unmatched.map((u) => u.text)).toEqual(['Fair.']);

    // The same file again adds nothing.
    const again = await value(manager, 'sharePacks.prepareReplies', { content: replyContent });
    const second = await value(manager, 'sharePacks.importReplies', { preparedId: again.preparedId });
    expect(second.added).toBe(0);
    expect(second.import.alreadyImported).toBe(2);
    expect((await value(manager, 'observations.get', { id: ids.scorecardLine })).replies).toHaveLength(1);
  });

  it('refuses a reply file for a pack this copy never wrote, or from someone the manager does not manage', async () => {
    const { content } = await exportTom();
    const copy = await repCopy();
    let replyContent: string;
    try {
      const { opened } = await openIn(copy, content);
      await value(copy, 'sharePacks.respond', {
        openedId: opened.id,
        kind: 'reply',
        itemId: ids.scorecardLine,
        stance: 'agree',
        text: 'Yes.',
      });
      replyContent = (await value(copy, 'sharePacks.replyFile', { openedId: opened.id })).content;
    } finally {
      copy.close();
    }
    const stranger = JSON.parse(replyContent);
    stranger.packId = 'not-a-pack-here';
    await actAs(manager, ids.marcus);
    const unknown = await value(manager, 'sharePacks.prepareReplies', { content: JSON.stringify(stranger) });
    const before = snapshotRows(manager);
    const refused = await call(manager, 'sharePacks.importReplies', { preparedId: unknown.preparedId });
    expect(refused.ok ? 'ok' : refused.error.message).toContain('not exported from this copy');
    expect(snapshotRows(manager)).toEqual(before);

    await actAs(manager, ids.priya);
    const other = await value(manager, 'sharePacks.prepareReplies', { content: replyContent });
    const beforePriya = snapshotRows(manager);
    const notHers = await call(manager, 'sharePacks.importReplies', { preparedId: other.preparedId });
    expect(notHers.ok ? 'ok' : notHers.error.code).toBe('NOT_FOUND');
    expect(snapshotRows(manager)).toEqual(beforePriya);
  });
});
