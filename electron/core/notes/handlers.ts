import { AppError, fieldError } from '../../../shared/contract';
import { plainTextOf } from '../../../shared/rich-text/behaviour-tags';
import { findNote, insertNote, listNotes, saveNoteRow } from '../../../db/repositories/notes';
import { findPerson } from '../../../db/repositories/people';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { reconcileTags } from '../services/tag-reconcile';
import { defineDomain } from '../registry';
import { accessOf } from '../services/access';

/** A note the viewer may read; someone else's private note is answered as not there. */
function requireNote(ctx: ReadContext, id: string) {
  const note = findNote(ctx.db, id);
  if (!note || !accessOf(ctx).canRead(note))
    throw new AppError('NOT_FOUND', 'That note no longer exists.', { id });
  return note;
}

export const listNotesHandler: Handler<'notes.list'> = (input, ctx) => {
  const access = accessOf(ctx);
  access.requireRep(input.repId);
  return listNotes(ctx.db, input.repId, access.scope());
};
export const getNote: Handler<'notes.get'> = (input, ctx) => requireNote(ctx, input.id);

export const createNote: Handler<'notes.create'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  const authorId = accessOf(ctx).viewer?.id ?? null;
  accessOf(ctx).requireWrite({ repId: rep.id, visibility: input.visibility, authorId }, 'A note');
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertNote(ctx.db, {
    id,
    repId: rep.id,
    authorId,
    visibility: input.visibility,
    title: input.title,
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    text: '',
    createdAt: now,
    updatedAt: now,
  });
  const note = requireNote(ctx, id);
  ctx.emit('notes.changed', { ids: [id], repIds: [rep.id], revisions: { [id]: note.revision } });
  return note;
};

/** Saves a note; its behaviour tags and their observations are reconciled in the same transaction. */
export const saveNote: Handler<'notes.save'> = (input, ctx) => {
  const current = requireNote(ctx, input.id);
  const access = accessOf(ctx);
  access.requireWrite(current, 'This note');
  const visibility = input.visibility ?? current.visibility;
  if (visibility !== current.visibility && current.authorId !== (access.viewer?.id ?? null))
    throw fieldError(
      'FORBIDDEN',
      ['visibility'],
      `Only ${current.authorName ?? 'its author'} can change who sees this note.`,
    );
  if (current.revision !== input.revision) {
    throw new AppError(
      'CONFLICT',
      'This note was saved from another window since you opened it. Your text is still here: copy it, reload the note, and add it again.',
      { currentRevision: current.revision },
    );
  }
  const { doc, refreshed, orphaned, reattached } = reconcileTags(
    ctx,
    { documentId: current.id, part: 'body', repId: current.repId },
    input.doc,
  );
  saveNoteRow(ctx.db, current.id, input.revision, {
    title: input.title,
    doc,
    text: plainTextOf(doc),
    updatedAt: nowIso(ctx.clock),
    visibility,
  });
  const note = requireNote(ctx, current.id);
  ctx.emit('notes.changed', {
    ids: [note.id],
    repIds: [note.repId],
    revisions: { [note.id]: note.revision },
  });
  return { note, refreshed, orphaned, reattached };
};

export const notesDomain = defineDomain('notes', {
  list: listNotesHandler,
  get: getNote,
  create: createNote,
  save: saveNote,
});
