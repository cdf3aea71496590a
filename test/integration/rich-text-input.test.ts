import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note, RichTextDoc } from '../../shared/contract';
import { call, makeCore, type TestCore, value } from '../helpers/core';

let core: TestCore;
let note: Note;
let meeting: { id: string; revision: number };
beforeEach(async () => {
  core = makeCore();
  const repId = (await value(core, 'people.create', { name: 'Eve Martin' })).id;
  note = await value(core, 'notes.create', { repId, title: 'Pipeline chat' });
  const created = await value(core, 'oneOnOnes.create', { repId, date: '2026-03-02' });
  meeting = { id: created.id, revision: created.shared.revision };
});
afterEach(() => core.close());

const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
function nested(depth: number) {
  let node: Record<string, unknown> = para({ type: 'text', text: 'deep' });
  for (let i = 0; i < depth - 3; i += 1)
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [node] }] };
  return doc(node);
}

const saveNote = (body: unknown) =>
  call(core, 'notes.save', {
    id: note.id,
    revision: note.revision,
    title: note.title,
    doc: body as RichTextDoc,
  });
const saveShared = (body: unknown) =>
  call(core, 'oneOnOnes.saveNotes', { ...meeting, part: 'shared', doc: body as RichTextDoc });

describe('documents the editor cannot load are refused at the door', () => {
  const link = doc(
    para({ type: 'text', text: 'see this deck', marks: [{ type: 'link', attrs: { href: 'x' } }] }),
  );
  const image = doc(para({ type: 'text', text: 'KEEP' }), { type: 'image', attrs: { src: 'x' } });

  it.each([
    ['a link mark', link, 'doc.content.0.content.0.marks.0.type: "link" is not allowed here'],
    ['an image node', image, 'doc.content.1.type: "image" is not allowed here'],
  ])('refuses %s with the path, for a note and for one-to-one notes', async (_name, body, message) => {
    for (const result of [await saveNote(body), await saveShared(body)]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toContain(message);
    }
    // Nothing was written.
    expect((await value(core, 'notes.get', { id: note.id })).revision).toBe(note.revision);
  });

  it.each([2_046, 200_000])(
    'refuses a document nested %i deep as invalid input, not an internal error',
    async (depth) => {
      for (const result of [await saveNote(nested(depth)), await saveShared(nested(depth))]) {
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(/nested more than 64 levels deep/);
      }
    },
  );

  it('still saves what the editor writes', async () => {
    const body = doc(para({ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [para({ type: 'text', text: 'one' })] }],
    });
    expect(await saveNote(body)).toMatchObject({ ok: true });
    expect(await saveShared(body)).toMatchObject({ ok: true });
  });
});
