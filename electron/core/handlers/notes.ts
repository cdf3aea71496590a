import { AppError, fieldError } from '../../../shared/contract';
import {
  collectBehaviourTags,
  filterBehaviourTags,
  plainTextOf,
} from '../../../shared/rich-text/behaviour-tags';
import { findNote, insertNote, listNotes, saveNoteRow } from '../../../db/repositories/notes';
import { anchoredObservationsOf, updateObservationRow } from '../../../db/repositories/observations';
import { findPerson } from '../../../db/repositories/people';
import { type HandlerContext, nowIso } from '../context';
import type { Handler } from '../dispatch';
import { observationsChanged } from './observations';

function requireNote(ctx: HandlerContext, id: string) {
  const note = findNote(ctx.db, id);
  if (!note) throw new AppError('NOT_FOUND', 'That note no longer exists.', { id });
  return note;
}

export const listNotesHandler: Handler<'notes.list'> = (input, ctx) => listNotes(ctx.db, input.repId);
export const getNote: Handler<'notes.get'> = (input, ctx) => requireNote(ctx, input.id);

export const createNote: Handler<'notes.create'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertNote(ctx.db, {
    id,
    repId: rep.id,
    title: input.title,
    doc: { type: 'doc', content: [{ type: 'paragraph' }] },
    text: '',
    createdAt: now,
    updatedAt: now,
  });
  ctx.emit('notes.changed', { ids: [id] });
  return requireNote(ctx, id);
};

/**
 * Saves a note and keeps its behaviour tags and their observations in step, in the same transaction:
 * quotes follow edits, a tag that vanished flags its observation as orphaned (never deletes it), a tag
 * that came back (undo) re-anchors it, and a tag naming an observation of another document is dropped.
 */
export const saveNote: Handler<'notes.save'> = (input, ctx) => {
  const current = requireNote(ctx, input.id);
  if (current.revision !== input.revision) {
    throw new AppError(
      'CONFLICT',
      'This note was saved from another window since you opened it. Your text is still here: copy it, reload the note, and add it again.',
      { currentRevision: current.revision },
    );
  }
  const anchored = anchoredObservationsOf(ctx.db, current.id);
  const known = new Set(anchored.map((o) => o.id));
  const doc = filterBehaviourTags(input.doc, (id) => known.has(id));
  const tags = collectBehaviourTags(doc);
  const now = nowIso(ctx.clock);
  const refreshed: string[] = [];
  const orphaned: string[] = [];
  const reattached: string[] = [];
  for (const observation of anchored) {
    const quote = tags.get(observation.id);
    if (quote === undefined) {
      if (observation.anchorState === 'anchored') {
        updateObservationRow(ctx.db, observation.id, { anchorState: 'orphaned', updatedAt: now });
        orphaned.push(observation.id);
      }
      continue;
    }
    const changes: Parameters<typeof updateObservationRow>[2] = {};
    if (observation.anchorState !== 'anchored') {
      changes.anchorState = 'anchored';
      reattached.push(observation.id);
    }
    if (quote !== observation.evidence) {
      changes.evidence = quote;
      refreshed.push(observation.id);
    }
    if (Object.keys(changes).length > 0)
      updateObservationRow(ctx.db, observation.id, { ...changes, updatedAt: now });
  }
  saveNoteRow(ctx.db, current.id, input.revision, {
    title: input.title,
    doc,
    text: plainTextOf(doc),
    updatedAt: now,
  });
  ctx.emit('notes.changed', { ids: [current.id] });
  const changed = [...refreshed, ...orphaned, ...reattached];
  if (changed.length > 0)
    observationsChanged(
      ctx,
      changed.map((id) => ({ id, repId: current.repId })),
    );
  return { note: requireNote(ctx, current.id), refreshed, orphaned, reattached };
};
