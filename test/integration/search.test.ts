import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutputOf, RichTextDoc, SearchGroup } from '../../shared/contract';
import { matchExpression, SEARCH_CAP, searchIndexCounts } from '../../db/repositories/search';
import { actAs, call, makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

const doc = (...paragraphs: string[]): RichTextDoc =>
  ({
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  }) as RichTextDoc;

let core: TestCore;
let manager: string;
let rep: string;
let otherRep: string;

beforeEach(async () => {
  core = makeCore();
  manager = (await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager', managerId: null }))
    .id;
  rep = (await value(core, 'people.create', { name: 'Tom Fielding', kind: 'rep', managerId: manager })).id;
  otherRep = (await value(core, 'people.create', { name: 'Ana Ruiz', kind: 'rep', managerId: manager })).id;
  await actAs(core, manager);
});
afterEach(() => core.close());

async function search(text: string, extra: Record<string, unknown> = {}): Promise<SearchGroup[]> {
  return (await value(core, 'search.query', { text, ...extra })).groups;
}
const kinds = (groups: SearchGroup[]) => groups.map((g) => g.kind);
const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

async function note(repId: string, title: string, text: string, visibility: 'private' | 'shared' = 'shared') {
  const created = await value(core, 'notes.create', { repId, title, visibility });
  return value(core, 'notes.save', { id: created.id, revision: created.revision, title, doc: doc(text) });
}

describe('search', () => {
  it('finds a note by a word prefix, any case, accents folded either way, with the words marked', async () => {
    const saved = await note(rep, 'Pipeline chat', 'The Brénner deal stalled at legal; Müller wants a call.');
    for (const text of ['brenn', 'BRENNER', 'brénner', 'mull', 'Müller deal']) {
      const groups = await search(text);
      expect(kinds(groups), text).toEqual(['note']);
      const [result] = groups[0]!.results;
      expect(result!.target).toEqual({ kind: 'note', repId: rep, noteId: saved.note.id });
      expect(result!.repName).toBe('Tom Fielding');
      expect(plain(result!.snippet)).toContain('The Brénner deal stalled');
    }
    const [hit] = (await search('brenn'))[0]!.results;
    expect(marked(hit!.snippet)).toEqual(['Brénner']);
    expect(await search('brennerx')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });

  it('finds every kind of record, each opening its exact place', async () => {
    const meeting = await value(core, 'oneOnOnes.create', { repId: rep, date: '2026-02-23' });
    await value(core, 'oneOnOnes.saveNotes', {
      id: meeting.id,
      revision: meeting.shared.revision,
      part: 'shared',
      doc: doc('Talked about the zephyr renewal.'),
    });
    const point = await value(core, 'agenda.add', { oneOnOneId: meeting.id, text: 'Zephyr forecast' });
    const commitment = await value(core, 'commitments.create', {
      oneOnOneId: meeting.id,
      text: 'Send the zephyr proposal',
    });
    const observation = await value(core, 'observations.create', {
      repId: rep,
      behaviourId: 'bhv-asks-implication-questions',
      observedOn: '2026-02-20',
      level: 2,
      comment: 'Zephyr call: never asked what delay costs.',
      visibility: 'shared',
    });
    const review = await value(core, 'callReviews.create', {
      repId: rep,
      date: '2026-02-24',
      account: 'Acme Logistics',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Rep', side: 'rep' },
        { name: 'Buyer', side: 'customer' },
      ],
      transcript: await preparedTranscript(core, {
        text: '[00:00:05] Rep: Hello there.\n[00:01:10] Buyer: The zephyr rollout slipped a quarter.\n',
      }),
      speakerMap: [
        { speaker: 'Rep', participant: 0 },
        { speaker: 'Buyer', participant: 1 },
      ],
    });
    const annotation = await value(core, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: { startSegment: 1, startOffset: 0, endSegment: 1, endOffset: 10 },
      annotationType: 'missed-opportunity',
      behaviourId: 'bhv-asks-implication-questions',
      level: 2,
      comment: 'Should have dug into the zephyr slip.',
      visibility: 'shared',
    });

    const groups = await search('zephyr');
    expect(kinds(groups)).toEqual([
      'oneOnOneNotes',
      'agendaItem',
      'commitment',
      'observation',
      'annotation',
      'transcript',
    ]);
    const target = (kind: string) => groups.find((g) => g.kind === kind)!.results[0]!.target;
    expect(target('oneOnOneNotes')).toEqual({
      kind: 'oneOnOneNotes',
      oneOnOneId: meeting.id,
      part: 'shared',
    });
    expect(target('agendaItem')).toEqual({
      kind: 'agendaItem',
      oneOnOneId: meeting.id,
      agendaItemId: point.id,
    });
    expect(target('commitment')).toEqual({
      kind: 'commitment',
      oneOnOneId: meeting.id,
      commitmentId: commitment.id,
    });
    expect(target('observation')).toEqual({ kind: 'observation', repId: rep, observationId: observation.id });
    expect(target('annotation')).toEqual({
      kind: 'annotation',
      callReviewId: review.id,
      observationId: annotation.id,
    });
    // The transcript moment: the line, and the time to seek the recording to.
    expect(target('transcript')).toEqual({
      kind: 'transcript',
      callReviewId: review.id,
      segment: 1,
      startMs: 70_000,
    });
    expect(groups.find((g) => g.kind === 'transcript')!.results[0]!.occurredOn).toBe('2026-02-24');

    // The library is searchable by name and definition, by everyone.
    const library = await search('implication questions', { kinds: ['behaviour'] });
    expect(library[0]!.results[0]!.target).toEqual({
      kind: 'behaviour',
      behaviourId: 'bhv-asks-implication-questions',
    });
  });

  it('keeps the index in step with edits and removals, in the write’s own transaction', async () => {
    const saved = await note(rep, 'Ride-along', 'Quoted the walrus discount too early.');
    expect(kinds(await search('walrus'))).toEqual(['note']);
    await value(core, 'notes.save', {
      id: saved.note.id,
      revision: saved.note.revision,
      title: 'Ride-along',
      doc: doc('Held the price firmly.'),
    });
    expect(await search('walrus')).toEqual([]);
    expect(kinds(await search('firmly'))).toEqual(['note']);

    const meeting = await value(core, 'oneOnOnes.create', { repId: rep, date: '2026-02-23' });
    const point = await value(core, 'agenda.add', { oneOnOneId: meeting.id, text: 'Pelican account plan' });
    expect(kinds(await search('pelican'))).toEqual(['agendaItem']);
    await value(core, 'agenda.remove', { id: point.id });
    expect(await search('pelican')).toEqual([]);
    expect(searchIndexCounts(core.database.db).pending).toBe(0);
  });

  it('writes nothing to the index when a write is refused', async () => {
    const saved = await note(rep, 'Ride-along', 'Quoted the walrus discount too early.');
    const before = searchIndexCounts(core.database.db);
    const refused = await call(core, 'notes.save', {
      id: saved.note.id,
      revision: saved.note.revision + 5,
      title: 'Ride-along',
      doc: doc('Octopus words that must not be found.'),
    });
    expect(refused.ok).toBe(false);
    expect(await search('octopus')).toEqual([]);
    expect(searchIndexCounts(core.database.db)).toEqual(before);
  });

  it('filters by rep, kind and date range, and counts every match of a kind', async () => {
    await note(rep, 'Tom one', 'Heron pricing talk.');
    await note(rep, 'Tom two', 'Heron pricing again.');
    await note(otherRep, 'Ana one', 'Heron discovery.');
    const all = await search('heron');
    expect(all[0]!.total).toBe(3);
    const limited = await search('heron', { limitPerKind: 1 });
    expect(limited[0]!.total).toBe(3);
    expect(limited[0]!.results).toHaveLength(1);
    const tom = await search('heron', { repId: rep });
    expect(tom[0]!.results.map((r) => r.repId)).toEqual([rep, rep]);
    expect(await search('heron', { kinds: ['commitment'] })).toEqual([]);
    // Notes are dated by the day they were written (the test clock: 2026-03-02).
    expect(await search('heron', { from: '2026-03-03' })).toEqual([]);
    expect((await search('heron', { from: '2026-03-01', to: '2026-03-02' }))[0]!.total).toBe(3);
    const wrongOrder = await call(core, 'search.query', {
      text: 'heron',
      from: '2026-03-05',
      to: '2026-03-01',
    });
    expect(wrongOrder.ok).toBe(false);
    if (!wrongOrder.ok) expect(wrongOrder.error.code).toBe('INVALID_INPUT');
  });

  it('finds private records for their author only', async () => {
    await note(rep, 'Mine', 'Gannet worries.', 'private');
    expect(kinds(await search('gannet'))).toEqual(['note']);
    await actAs(core, rep);
    expect(await search('gannet')).toEqual([]);
  });

  it('returns markup and query syntax as plain text, never as markup or operators', async () => {
    await note(rep, 'Odd', 'Said <img src=x onerror=alert(1)> about the "ibis" NEAR(budget) plan.');
    const [group] = await search('onerror');
    expect(plain(group!.results[0]!.snippet)).toContain('<img src=x onerror=alert(1)>');
    for (const text of [
      '"ibis',
      'ibis" OR',
      'NEAR(budget',
      'title:ibis',
      '-ibis',
      '^ibis',
      '*',
      'AND OR NOT',
    ]) {
      const answer = await call(core, 'search.query', { text });
      expect(answer.ok, text).toBe(true);
    }
    expect(matchExpression('title:ibis "x" OR')).toBe('"title"* "ibis"* "x"* "OR"*');
  });

  it('looks at the newest matches only, narrowed inside the index to what the viewer may find', async () => {
    await note(rep, 'Tom one', 'Heron pricing, written first.');
    // Thousands of newer matching passages about another rep (straight into the index: speed).
    const insert = core.database.sqlite.prepare(
      `INSERT INTO search_documents (source, source_id, kind, rep_id, author_id, visibility, occurred_on, title, body, rep_key, target)
       VALUES ('note', @id, 'note', @rep, NULL, 'shared', '2026-03-02', 'Bulk', 'Heron again', replace(@rep, '-', ''), @target)`,
    );
    core.database.sqlite.transaction(() => {
      for (let i = 0; i < SEARCH_CAP + 50; i++) {
        const target = JSON.stringify({ kind: 'note', repId: otherRep, noteId: `bulk-${i}` });
        insert.run({ id: `bulk-${i}`, rep: otherRep, target });
      }
    })();
    const all = await search('heron', { limitPerKind: 5 });
    expect(all[0]).toMatchObject({ kind: 'note', total: SEARCH_CAP, more: true });
    // Tom sees only his own records: the index narrows to them before the cut, so his older note is found.
    await actAs(core, rep);
    const mine = await search('heron');
    expect(mine[0]).toMatchObject({ total: 1, more: false });
    expect(mine[0]!.results[0]!.repId).toBe(rep);
    // So does a filter by rep, for the manager.
    await actAs(core, manager);
    expect((await search('heron', { repId: rep }))[0]).toMatchObject({ total: 1, more: false });
  });

  it('marks a record already waiting to be indexed without failing the write, whatever its conflict clause', async () => {
    const meeting = await value(core, 'oneOnOnes.create', { repId: rep, date: '2026-03-02' });
    const sqlite = core.database.sqlite;
    // The meeting waits in the backlog (as after the update that added search), and an upsert of one of
    // its notes marks it again: an outer ON CONFLICT clause overrides a trigger's OR IGNORE, so the
    // triggers must not rely on it.
    sqlite.prepare("INSERT INTO search_pending (source, source_id) VALUES ('oneOnOne', ?)").run(meeting.id);
    const upsert = sqlite.prepare(
      `INSERT INTO one_on_one_notes (one_on_one_id, part, doc, text, revision, updated_at)
       VALUES (?, 'shared', '{"type":"doc","content":[]}', 'Kestrel', 1, '2026-03-02T09:00:00.000Z')
       ON CONFLICT (one_on_one_id, part) DO UPDATE SET text = excluded.text, revision = revision + 1`,
    );
    upsert.run(meeting.id);
    upsert.run(meeting.id);
    expect(
      sqlite
        .prepare("SELECT count(*) FROM search_pending WHERE source = 'oneOnOne' AND source_id = ?")
        .pluck()
        .get(meeting.id),
    ).toBe(1);
  });

  it('rebuilds an index that drifted from the records', async () => {
    await note(rep, 'Ride-along', 'Puffin objection handled.');
    core.database.sqlite.exec('DELETE FROM search_documents');
    expect(await search('puffin')).toEqual([]);
    const rebuilt: OutputOf<'search.rebuild'> = await value(core, 'search.rebuild', {});
    expect(rebuilt.records).toBeGreaterThan(0);
    expect(kinds(await search('puffin'))).toEqual(['note']);
    expect(core.events.map((e) => e.name)).toContain('search.rebuilt');
    // The full-text index agrees with its content table.
    core.database.sqlite.exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
  });
});
