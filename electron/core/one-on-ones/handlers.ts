import { prepBrief } from './prep-brief';
import { exportOneOnOneMarkdown } from './export';
import {
  AppError,
  fieldError,
  type OneOnOne,
  type OneOnOneSummary,
  type RepCadence,
} from '../../../shared/contract';
import { addDays, nextDueDate } from '../../../shared/domain/cadence';
import { plainTextOf } from '../../../shared/rich-text/behaviour-tags';
import { findBehaviour } from '../../../db/repositories/behaviours';
import { listObservations } from '../../../db/repositories/observations';
import {
  insertNotes,
  insertOneOnOne,
  lastHeldOneOnOne,
  listFocus,
  listOneOnOneSummaries,
  nextScheduledOneOnOne,
  previousOneOnOne,
  readCadence,
  readNotes,
  replaceFocus,
  saveNotesRow,
  updateOneOnOneRow,
  writeCadence,
} from '../../../db/repositories/one-on-ones';
import { listTemplates } from '../../../db/repositories/templates';
import { listCommitments } from '../../../db/repositories/commitments';
import {
  insertAgendaItem,
  itemsCarriedFrom,
  liveItemsBefore,
  listAgenda,
} from '../../../db/repositories/agenda';
import { findPerson, listPeople } from '../../../db/repositories/people';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { reconcileTags } from '../services/tag-reconcile';
import { requireManagedOneOnOne, requireVisibleOneOnOne, today } from '../services/lookups';
import { accessOf } from '../services/access';
import { defineDomain } from '../registry';

/** Due within a week, with nothing planned, counts as "due soon". */
const DUE_SOON_DAYS = 7;

function changed(ctx: HandlerContext, id: string, repId: string): void {
  ctx.emit('oneOnOnes.changed', { ids: [id], repIds: [repId] });
}

function cadenceOf(ctx: ReadContext, repId: string): RepCadence {
  const rep = findPerson(ctx.db, repId);
  if (!rep) throw new AppError('NOT_FOUND', 'That person no longer exists.', { repId });
  const now = today(ctx);
  const cadence = readCadence(ctx.db, repId);
  const last = lastHeldOneOnOne(ctx.db, repId, now);
  const next = nextScheduledOneOnOne(ctx.db, repId, now);
  const dueOn = cadence && last ? nextDueDate(last.date, cadence) : null;
  const commitments = listCommitments(ctx.db, { repId, status: 'open' }, now);
  let state: RepCadence['state'];
  if (!cadence) state = 'no-cadence';
  else if (!last || !dueOn) state = next ? 'on-track' : 'never-met';
  else if (next && next.date <= dueOn) state = 'on-track';
  else if (dueOn < now) state = 'overdue';
  else if (next || dueOn <= addDays(now, DUE_SOON_DAYS)) state = 'due-soon';
  else state = 'on-track';
  return {
    repId,
    repName: rep.name,
    managerName: rep.managerName,
    cadence,
    lastMetOn: last?.date ?? null,
    next: next ? { id: next.id, date: next.date } : null,
    dueOn,
    state,
    openCommitments: commitments.length,
    overdueCommitments: commitments.filter((c) => c.overdue).length,
  };
}

export const overview: Handler<'oneOnOnes.overview'> = (_input, ctx) => {
  const access = accessOf(ctx);
  return listPeople(ctx.db, { status: 'active', kind: 'rep', search: '' })
    .filter((rep) => access.seesRep(rep.id))
    .map((rep) => cadenceOf(ctx, rep.id));
};

export const setCadence: Handler<'oneOnOnes.setCadence'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  accessOf(ctx).requireManages(rep.id, 'how often they meet');
  writeCadence(ctx.db, rep.id, input.cadence);
  ctx.emit('oneOnOnes.changed', { ids: [], repIds: [rep.id] });
  return cadenceOf(ctx, rep.id);
};

export const listOneOnOnes: Handler<'oneOnOnes.list'> = (input, ctx) => {
  accessOf(ctx).requireRep(input.repId);
  return listOneOnOneSummaries(ctx.db, input.repId);
};

/** Focus behaviours with what was observed on them from `since`, up to `until` when given. */
function focusWithEvidence(
  ctx: ReadContext,
  repId: string,
  oneOnOneId: string,
  since: string,
  until?: string,
) {
  return listFocus(ctx.db, oneOnOneId).map((f) => ({
    ...f,
    evidence: listObservations(ctx.db, {
      repId,
      behaviourId: f.behaviourId,
      from: since,
      to: until,
      limit: 50,
      visibleTo: accessOf(ctx).scope(),
    }),
  }));
}

/** The private part for its author; for the rep's other managers only whose it is; for the rep, nothing. */
function privatePart(ctx: ReadContext, row: { id: string; repId: string }) {
  const notes = readNotes(ctx.db, row.id, 'private')!;
  const access = accessOf(ctx);
  const item = { repId: row.repId, visibility: 'private' as const, authorId: notes.authorId };
  const author = notes.authorId ? findPerson(ctx.db, notes.authorId) : undefined;
  return {
    private: access.canRead(item) ? { doc: notes.doc, revision: notes.revision } : null,
    privateAuthor: author && access.managesRep(row.repId) ? { id: author.id, name: author.name } : null,
  };
}

export function assembleOneOnOne(ctx: ReadContext, id: string): OneOnOne {
  const row = requireVisibleOneOnOne(ctx, id);
  const rep = findPerson(ctx.db, row.repId)!;
  const previous = previousOneOnOne(ctx.db, row.repId, row.date, row.id);
  const now = today(ctx);
  const commitments = [
    ...listCommitments(ctx.db, { oneOnOneId: row.id }, now),
    ...listCommitments(ctx.db, { repId: row.repId, status: 'open' }, now).filter(
      (c) => c.oneOnOneId !== row.id && c.madeOn < row.date,
    ),
  ];
  const [summary] = listOneOnOneSummaries(ctx.db, row.repId, row.id) as [OneOnOneSummary];
  return {
    ...summary,
    repName: rep.name,
    previous: previous ? { id: previous.id, date: previous.date } : null,
    agenda: listAgenda(ctx.db, row.id),
    commitments,
    focus: focusWithEvidence(ctx, row.repId, row.id, row.date),
    // What this meeting opens with: the evidence between the last meeting and this one, not after it.
    previousFocus: previous ? focusWithEvidence(ctx, row.repId, previous.id, previous.date, row.date) : [],
    shared: (({ doc, revision }) => ({ doc, revision }))(readNotes(ctx.db, row.id, 'shared')!),
    ...privatePart(ctx, row),
    revision: row.revision,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const getOneOnOne: Handler<'oneOnOnes.get'> = (input, ctx) => assembleOneOnOne(ctx, input.id);

/**
 * Plans a one-to-one. From the previous one (by date) it brings every open talking point not already
 * carried elsewhere, counting the carries, and every recurring point, fresh.
 */
export const createOneOnOne: Handler<'oneOnOnes.create'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null) throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is archived.`);
  const template = input.templateId
    ? listTemplates(ctx.db).find((t) => t.id === input.templateId)
    : undefined;
  if (input.templateId && !template)
    throw fieldError('INVALID_INPUT', ['templateId'], 'That agenda template does not exist.');
  const access = accessOf(ctx);
  access.requireManages(rep.id, 'their one-to-ones');
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  const previous = previousOneOnOne(ctx.db, rep.id, input.date, undefined, true);
  insertOneOnOne(ctx.db, {
    id,
    repId: rep.id,
    date: input.date,
    status: 'scheduled',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  insertNotes(ctx.db, id, 'shared', now);
  // The private part is the planner's own: no one else reads it.
  insertNotes(ctx.db, id, 'private', now, access.viewer?.id ?? null);
  let position = 0;
  // Every open point not yet continued anywhere comes along, counting the carry, even from an older
  // meeting (a point added after the next meeting was planned is not lost); recurring points repeat
  // fresh from the previous meeting.
  const carried = liveItemsBefore(ctx.db, rep.id, input.date);
  const recurring = previous ? listAgenda(ctx.db, previous.id).filter((item) => item.recurring) : [];
  const recurringCarried = itemsCarriedFrom(
    ctx.db,
    recurring.map((i) => i.id),
  );
  for (const item of [...carried, ...recurring.filter((i) => !recurringCarried.has(i.id))]) {
    insertAgendaItem(ctx.db, {
      id: ctx.newId(),
      oneOnOneId: id,
      text: item.text,
      author: item.author,
      recurring: item.recurring,
      done: false,
      carriedCount: item.recurring ? 0 : item.carriedCount + 1,
      carriedFromId: item.id,
      position: position++,
      createdAt: now,
    });
  }
  for (const text of template?.items ?? []) {
    insertAgendaItem(ctx.db, {
      id: ctx.newId(),
      oneOnOneId: id,
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
  changed(ctx, id, rep.id);
  return assembleOneOnOne(ctx, id);
};

export const updateOneOnOne: Handler<'oneOnOnes.update'> = (input, ctx) => {
  const row = requireManagedOneOnOne(ctx, input.id);
  if (row.revision !== input.revision) {
    throw new AppError(
      'CONFLICT',
      'This one-to-one was changed in another window. Reload it, then make your change again.',
    );
  }
  updateOneOnOneRow(ctx.db, row.id, { date: input.date, status: input.status, updatedAt: nowIso(ctx.clock) });
  changed(ctx, row.id, row.repId);
  return assembleOneOnOne(ctx, row.id);
};

export const saveOneOnOneNotes: Handler<'oneOnOnes.saveNotes'> = (input, ctx) => {
  const row = requireVisibleOneOnOne(ctx, input.id);
  const current = readNotes(ctx.db, row.id, input.part)!;
  if (input.part === 'private') {
    const item = { repId: row.repId, visibility: 'private' as const, authorId: current.authorId };
    // Someone else's private notes are not there for this viewer: saving over them is refused, unread.
    if (!accessOf(ctx).canRead(item)) throw new AppError('NOT_FOUND', 'These private notes are not yours.');
    accessOf(ctx).requireWrite(item, 'These notes');
  } else {
    accessOf(ctx).requireManages(row.repId, 'the shared notes');
  }
  if (current.revision !== input.revision) {
    throw new AppError(
      'CONFLICT',
      `These ${input.part} notes were saved from another window since you opened them. Your text is still here: copy it, reload, and add it again.`,
      { currentRevision: current.revision },
    );
  }
  const result = reconcileTags(ctx, { documentId: row.id, part: input.part, repId: row.repId }, input.doc);
  saveNotesRow(ctx.db, row.id, input.part, input.revision, {
    doc: result.doc,
    text: plainTextOf(result.doc),
    updatedAt: nowIso(ctx.clock),
  });
  changed(ctx, row.id, row.repId);
  return {
    revision: input.revision + 1,
    orphaned: result.orphaned,
    refreshed: result.refreshed,
    reattached: result.reattached,
  };
};

export const setFocus: Handler<'oneOnOnes.setFocus'> = (input, ctx) => {
  const row = requireManagedOneOnOne(ctx, input.id);
  if (new Set(input.behaviourIds).size !== input.behaviourIds.length) {
    throw fieldError('INVALID_INPUT', ['behaviourIds'], 'A behaviour is chosen twice.');
  }
  input.behaviourIds.forEach((behaviourId, index) => {
    const behaviour = findBehaviour(ctx.db, behaviourId);
    if (!behaviour)
      throw fieldError('INVALID_INPUT', ['behaviourIds', index], 'Choose behaviours from the library.');
    const already = listFocus(ctx.db, row.id).some((f) => f.behaviourId === behaviourId);
    if (behaviour.archivedAt !== null && !already) {
      throw fieldError(
        'INVALID_INPUT',
        ['behaviourIds', index],
        `“${behaviour.name}” is archived; choose an active behaviour.`,
      );
    }
  });
  replaceFocus(ctx.db, row.id, input.behaviourIds);
  changed(ctx, row.id, row.repId);
  return assembleOneOnOne(ctx, row.id);
};

export const oneOnOnesDomain = defineDomain('oneOnOnes', {
  overview: overview,
  setCadence: setCadence,
  list: listOneOnOnes,
  get: getOneOnOne,
  create: createOneOnOne,
  update: updateOneOnOne,
  saveNotes: saveOneOnOneNotes,
  setFocus: setFocus,
  prepBrief: prepBrief,
  exportMarkdown: exportOneOnOneMarkdown,
});
