import { AppError, fieldError } from '../../../shared/contract';
import { listTemplates } from '../../../db/repositories/templates';
import {
  deleteAgendaItem,
  findAgendaItem,
  insertAgendaItem,
  markCarriedCopiesDone,
  listAgenda,
  nextAgendaPosition,
  updateAgendaItem as updateAgendaRow,
} from '../../../db/repositories/agenda';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { requireManagedOneOnOne, requireVisibleOneOnOne } from '../services/lookups';
import { defineDomain } from '../registry';
import { accessOf } from '../services/access';
import type { ReadContext } from '../context';

/**
 * A talking point as the visibility rule sees it: shared with the rep and their managers; one the rep
 * raised is theirs to change, the others are their managers'.
 */
function asRecord(repId: string, author: 'manager' | 'rep') {
  return { repId, visibility: 'shared' as const, authorId: author === 'rep' ? repId : null };
}

function requireItem(ctx: ReadContext, id: string) {
  const item = findAgendaItem(ctx.db, id);
  if (!item) throw new AppError('NOT_FOUND', 'That talking point no longer exists.', { id });
  const meeting = requireVisibleOneOnOne(ctx, item.oneOnOneId);
  accessOf(ctx).requireWrite(asRecord(meeting.repId, item.author), 'This talking point');
  return { item, meeting };
}

export const addAgendaItem: Handler<'agenda.add'> = (input, ctx) => {
  const meeting = requireVisibleOneOnOne(ctx, input.oneOnOneId);
  accessOf(ctx).requireWrite(asRecord(meeting.repId, input.author), 'A talking point');
  const item = insertAgendaItem(ctx.db, {
    id: ctx.newId(),
    oneOnOneId: meeting.id,
    text: input.text,
    author: input.author,
    recurring: input.recurring,
    done: false,
    carriedCount: 0,
    carriedFromId: null,
    position: nextAgendaPosition(ctx.db, meeting.id),
    createdAt: nowIso(ctx.clock),
  });
  ctx.emit('oneOnOnes.changed', { ids: [meeting.id], repIds: [meeting.repId] });
  return item;
};

export const updateAgendaItem: Handler<'agenda.update'> = (input, ctx) => {
  const { item, meeting } = requireItem(ctx, input.id);
  if (input.done && !item.done) markCarriedCopiesDone(ctx.db, item.id);
  const updated = updateAgendaRow(ctx.db, item.id, {
    text: input.text,
    done: input.done,
    recurring: input.recurring,
  });
  ctx.emit('oneOnOnes.changed', { ids: [meeting.id], repIds: [meeting.repId] });
  return updated;
};

export const removeAgendaItem: Handler<'agenda.remove'> = (input, ctx) => {
  const { item, meeting } = requireItem(ctx, input.id);
  deleteAgendaItem(ctx.db, item.id);
  ctx.emit('oneOnOnes.changed', { ids: [meeting.id], repIds: [meeting.repId] });
  return { id: item.id };
};

export const applyTemplate: Handler<'agenda.applyTemplate'> = (input, ctx) => {
  const meeting = requireManagedOneOnOne(ctx, input.oneOnOneId);
  const template = listTemplates(ctx.db).find((t) => t.id === input.templateId);
  if (!template) throw fieldError('INVALID_INPUT', ['templateId'], 'That agenda template does not exist.');
  const existing = new Set(listAgenda(ctx.db, meeting.id).map((i) => i.text.trim().toLowerCase()));
  let position = nextAgendaPosition(ctx.db, meeting.id);
  const now = nowIso(ctx.clock);
  for (const text of template.items) {
    if (existing.has(text.trim().toLowerCase())) continue;
    insertAgendaItem(ctx.db, {
      id: ctx.newId(),
      oneOnOneId: meeting.id,
      text,
      author: 'manager',
      recurring: false,
      done: false,
      carriedCount: 0,
      carriedFromId: null,
      position: position++,
      createdAt: now,
    });
  }
  ctx.emit('oneOnOnes.changed', { ids: [meeting.id], repIds: [meeting.repId] });
  return listAgenda(ctx.db, meeting.id);
};

export const agendaDomain = defineDomain('agenda', {
  add: addAgendaItem,
  update: updateAgendaItem,
  remove: removeAgendaItem,
  applyTemplate: applyTemplate,
});
