import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/contract';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { call, makeCore, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
let note: Note;
beforeEach(async () => {
  core = makeCore();
  repId = (await value(core, 'people.create', { name: 'Sophie Laurent' })).id;
  note = await value(core, 'notes.create', { repId, title: 'Ride-along, Lyon' });
});
afterEach(() => core.close());

type Run = { text: string; tags?: string[] };
const tag = (id: string) => ({ type: 'behaviourTag', attrs: { observationId: id } });
const paragraph = (...runs: Run[]) => ({
  type: 'paragraph',
  content: runs.map((r) =>
    r.tags?.length ? { type: 'text', text: r.text, marks: r.tags.map(tag) } : { type: 'text', text: r.text },
  ),
});
const doc = (...paragraphs: ReturnType<typeof paragraph>[]) => ({
  type: 'doc' as const,
  content: paragraphs,
});

async function tagObservation(evidence: string, behaviourIndex = 3) {
  return value(core, 'observations.create', {
    repId,
    behaviourId: DEFAULT_BEHAVIOURS[behaviourIndex]!.id,
    observedOn: '2026-03-01',
    level: 2,
    evidence,
    anchor: { kind: 'mark', documentId: note.id },
    sourceKind: 'note',
    sourceId: note.id,
  });
}

async function save(body: ReturnType<typeof doc>) {
  const result = await value(core, 'notes.save', {
    id: note.id,
    revision: note.revision,
    title: note.title,
    doc: body,
  });
  note = result.note;
  return result;
}

const evidenceOf = async (id: string) => (await value(core, 'observations.get', { id })).evidence;
const stateOf = async (id: string) => (await value(core, 'observations.get', { id })).anchorState;

describe('coaching notes and their behaviour tags', () => {
  it('saves the document and its plain text, and refuses an older revision', async () => {
    const saved = await save(doc(paragraph({ text: 'She opened with the agenda.' })));
    expect(saved.note).toMatchObject({ revision: 2, excerpt: 'She opened with the agenda.' });
    const stale = await call(core, 'notes.save', { id: note.id, revision: 1, title: note.title, doc: doc() });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await value(core, 'notes.get', { id: note.id })).excerpt).toBe('She opened with the agenda.');
    expect((await value(core, 'notes.list', { repId }))[0]).toMatchObject({
      title: 'Ride-along, Lyon',
      observationCount: 0,
    });
  });

  it('refreshes the quote of a tag whose text was edited', async () => {
    const obs = await tagObservation('asked who signs');
    await save(doc(paragraph({ text: 'Then she ' }, { text: 'asked who signs', tags: [obs.id] })));
    const result = await save(
      doc(paragraph({ text: 'Then she ' }, { text: 'asked who signs the contract', tags: [obs.id] })),
    );
    expect(result.refreshed).toEqual([obs.id]);
    expect(await evidenceOf(obs.id)).toBe('asked who signs the contract');
    expect((await value(core, 'notes.list', { repId }))[0]!.observationCount).toBe(1);
  });

  it('keeps overlapping tags apart, each with its own quote, across paragraphs', async () => {
    const a = await tagObservation('x', 3);
    const b = await tagObservation('y', 8);
    await save(
      doc(
        paragraph(
          { text: 'Opened with ' },
          { text: 'the agenda and ', tags: [a.id] },
          { text: 'the cost of delay', tags: [a.id, b.id] },
        ),
        paragraph({ text: 'in their own numbers', tags: [b.id] }, { text: '.' }),
      ),
    );
    expect(await evidenceOf(a.id)).toBe('the agenda and the cost of delay');
    expect(await evidenceOf(b.id)).toBe('the cost of delay in their own numbers');
  });

  it('flags an observation whose tagged text vanished as orphaned, never deletes it, and re-attaches it on undo', async () => {
    const obs = await tagObservation('pricing too early');
    const tagged = doc(paragraph({ text: 'Raised ' }, { text: 'pricing too early', tags: [obs.id] }));
    await save(tagged);
    const removed = await save(doc(paragraph({ text: 'Raised it.' })));
    expect(removed.orphaned).toEqual([obs.id]);
    expect(await stateOf(obs.id)).toBe('orphaned');
    expect(await evidenceOf(obs.id)).toBe('pricing too early');
    const back = await save(tagged);
    expect(back.reattached).toEqual([obs.id]);
    expect(await stateOf(obs.id)).toBe('anchored');
  });

  it('leaves an observation the user chose to keep unanchored until its tag returns', async () => {
    const obs = await tagObservation('weak close');
    await save(doc(paragraph({ text: 'weak close', tags: [obs.id] })));
    await value(core, 'observations.unanchor', { id: obs.id });
    const result = await save(doc(paragraph({ text: 'Nothing tagged now.' })));
    expect(result.orphaned).toEqual([]);
    expect(await stateOf(obs.id)).toBe('unanchored');
  });

  it('drops tags that name observations of another document, or none at all', async () => {
    const other = await value(core, 'notes.create', { repId, title: 'Other' });
    const foreign = await value(core, 'observations.create', {
      repId,
      behaviourId: DEFAULT_BEHAVIOURS[1]!.id,
      observedOn: '2026-03-01',
      verdict: 'gap',
      anchor: { kind: 'mark', documentId: other.id },
      sourceKind: 'note',
      sourceId: other.id,
    });
    const result = await save(doc(paragraph({ text: 'pasted', tags: [foreign.id, 'made-up-id'] })));
    expect(JSON.stringify(result.note.doc)).not.toContain('behaviourTag');
    expect(await evidenceOf(foreign.id)).toBeNull();
  });

  it('rejects a document that is not a tiptap doc', async () => {
    const bad = await call(core, 'notes.save', {
      id: note.id,
      revision: note.revision,
      title: 'x',
      doc: { type: 'html', content: [] } as never,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
