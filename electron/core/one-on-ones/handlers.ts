import { prepBrief } from './prep-brief';
import { exportOneOnOneMarkdown } from './export';
import { AppError, fieldError, type OneOnOne, type OneOnOneSummary } from '../../../shared/contract';
import { today } from '../../../shared/dates';
import { plainTextOf } from '../../../shared/rich-text/behaviour-tags';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { listObservations } from '../../../db/repositories/observations';
import {
  insertNotes,
  insertOneOnOne,
  listFocus,
  laterScheduledOneOnOnes,
  listOneOnOneSummaries,
  nextScheduledOneOnOne,
  previousOneOnOne,
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
  nextAgendaPosition,
  itemsCarriedFrom,
  liveItemsBefore,
  listAgenda,
} from '../../../db/repositories/agenda';
import { findPerson } from '../../../db/repositories/people';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { reconcileTags } from '../services/tag-reconcile';
import { requireManagedOneOnOne, requireVisibleOneOnOne } from '../services/lookups';
import { accessOf } from '../services/access';
import { repCadence, repCadences } from '../services/cadence';
import { defineDomain } from '../registry';

function changed(ctx: HandlerContext, id: string, repId: string): void {
  ctx.emit('oneOnOnes.changed', { ids: [id], repIds: [repId] });
}

export const overview: Handler<'oneOnOnes.overview'> = (_input, ctx) => {
  const access = accessOf(ctx);
  return repCadences(ctx).filter((c) => access.seesRep(c.repId));
};

export const setCadence: Handler<'oneOnOnes.setCadence'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  accessOf(ctx).requireManages(rep.id, 'how often they meet');
  writeCadence(ctx.db, rep.id, input.cadence);
  ctx.emit('oneOnOnes.changed', { ids: [], repIds: [rep.id] });
  return repCadence(ctx, rep.id);
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
  const now = today(ctx.clock);
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
 * carried elsewhere, counting the carries, and every recurring point, fresh; and the focus behaviours,
 * which hold until the manager changes them.
 */
function planOneOnOne(
  ctx: HandlerContext,
  rep: { id: string },
  date: string,
  template?: { items: string[] },
): string {
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  const previous = previousOneOnOne(ctx.db, rep.id, date, undefined, true);
  insertOneOnOne(ctx.db, {
    id,
    repId: rep.id,
    date,
    status: 'scheduled',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  insertNotes(ctx.db, id, 'shared', now);
  // The private part is the planner's own: no one else reads it.
  insertNotes(ctx.db, id, 'private', now, accessOf(ctx).viewer?.id ?? null);
  let position = 0;
  // Every open point not yet continued anywhere comes along, counting the carry, even from an older
  // meeting (a point added after the next meeting was planned is not lost); recurring points repeat
  // fresh from the previous meeting.
  const carried = liveItemsBefore(ctx.db, rep.id, date);
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
  // A cancelled meeting was planned with the focus of the one before, so it passes it on unchanged.
  if (previous) {
    const focus = listFocus(ctx.db, previous.id).filter(
      (f) => findBehaviourRef(ctx.db, f.behaviourId)?.archivedAt === null,
    );
    if (focus.length > 0)
      replaceFocus(
        ctx.db,
        id,
        focus.map((f) => f.behaviourId),
      );
  }
  changed(ctx, id, rep.id);
  return id;
}

/** A rep who is still on the team, whose one-to-ones the viewer holds. */
function requireActiveRep(ctx: ReadContext, repId: string) {
  const rep = findPerson(ctx.db, repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null) throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is archived.`);
  accessOf(ctx).requireManages(rep.id, 'their one-to-ones');
  return rep;
}

export const createOneOnOne: Handler<'oneOnOnes.create'> = (input, ctx) => {
  const rep = requireActiveRep(ctx, input.repId);
  const template = input.templateId
    ? listTemplates(ctx.db).find((t) => t.id === input.templateId)
    : undefined;
  if (input.templateId && !template)
    throw fieldError('INVALID_INPUT', ['templateId'], 'That agenda template does not exist.');
  return assembleOneOnOne(ctx, planOneOnOne(ctx, rep, input.date, template));
};

/**
 * The rep's next planned one-to-one; when there is none, plans it on `date`, or on the day the cadence
 * says it is due (today when that has passed). With neither, asks for a date on the `date` field.
 */
function nextOrPlanned(ctx: HandlerContext, repId: string, date: string | undefined) {
  const rep = requireActiveRep(ctx, repId);
  const now = today(ctx.clock);
  const next = nextScheduledOneOnOne(ctx.db, rep.id, now);
  if (next) return { id: next.id, planned: false };
  const { dueOn } = repCadence(ctx, rep.id);
  // ISO dates compare as text: the later of the due date and today.
  const onDate = date ?? (dueOn ? [dueOn, now].sort()[1]! : null);
  if (!onDate)
    throw fieldError(
      'INVALID_INPUT',
      ['date'],
      `No one-to-one with ${rep.name} is planned and there is no cadence to plan one from: choose a date.`,
    );
  if (onDate < now)
    throw fieldError(
      'INVALID_INPUT',
      ['date'],
      'The next one-to-one cannot be in the past: choose today or later.',
    );
  return { id: planOneOnOne(ctx, rep, onDate), planned: true };
}

export const addToNext: Handler<'oneOnOnes.addToNext'> = (input, ctx) => {
  if ((input.agendaText === undefined) === (input.focusBehaviourId === undefined))
    throw fieldError('INVALID_INPUT', [], 'Give either a talking point or a focus behaviour to add.');
  const next = nextOrPlanned(ctx, input.repId, input.date);
  const meeting = requireManagedOneOnOne(ctx, next.id);
  if (input.agendaText !== undefined) {
    const text = input.agendaText;
    const already = listAgenda(ctx.db, meeting.id).some(
      (i) => i.text.trim().toLowerCase() === text.trim().toLowerCase(),
    );
    if (!already)
      insertAgendaItem(ctx.db, {
        id: ctx.newId(),
        oneOnOneId: meeting.id,
        text,
        author: 'manager',
        recurring: false,
        done: false,
        carriedCount: 0,
        carriedFromId: null,
        position: nextAgendaPosition(ctx.db, meeting.id),
        createdAt: nowIso(ctx.clock),
      });
  } else {
    const current = listFocus(ctx.db, meeting.id).map((f) => f.behaviourId);
    const behaviourId = input.focusBehaviourId!;
    if (!current.includes(behaviourId)) {
      if (current.length >= MAX_FOCUS)
        throw fieldError(
          'INVALID_INPUT',
          ['focusBehaviourId'],
          'The next one-to-one already has three focus behaviours: remove one there first.',
        );
      checkFocusBehaviours(ctx, meeting.id, [behaviourId], ['focusBehaviourId']);
      writeFocus(ctx, meeting, [...current, behaviourId]);
    }
  }
  changed(ctx, meeting.id, meeting.repId);
  return { oneOnOne: assembleOneOnOne(ctx, meeting.id), planned: next.planned };
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
  ctx.emit('oneOnOnes.notesSaved', {
    id: row.id,
    repId: row.repId,
    part: input.part,
    revision: input.revision + 1,
  });
  return {
    revision: input.revision + 1,
    orphaned: result.orphaned,
    refreshed: result.refreshed,
    reattached: result.reattached,
  };
};

const MAX_FOCUS = 3;

function checkFocusBehaviours(
  ctx: ReadContext,
  oneOnOneId: string,
  behaviourIds: string[],
  path: (string | number)[],
) {
  const already = new Set(listFocus(ctx.db, oneOnOneId).map((f) => f.behaviourId));
  behaviourIds.forEach((behaviourId, index) => {
    const behaviour = findBehaviourRef(ctx.db, behaviourId);
    const at = path.length > 0 ? path : ['behaviourIds', index];
    if (!behaviour) throw fieldError('INVALID_INPUT', at, 'Choose behaviours from the library.');
    if (behaviour.archivedAt !== null && !already.has(behaviourId)) {
      throw fieldError('INVALID_INPUT', at, `“${behaviour.name}” is archived; choose an active behaviour.`);
    }
  });
}

/**
 * Sets a meeting's focus, and the focus of the rep's later planned meetings that still carry this
 * meeting's previous focus unchanged: focus holds until the manager changes it, wherever it was planned.
 */
function writeFocus(
  ctx: HandlerContext,
  meeting: { id: string; repId: string; date: string },
  behaviourIds: string[],
) {
  const before = listFocus(ctx.db, meeting.id)
    .map((f) => f.behaviourId)
    .join(',');
  replaceFocus(ctx.db, meeting.id, behaviourIds);
  for (const later of laterScheduledOneOnOnes(ctx.db, meeting.repId, meeting.date, meeting.id)) {
    if (
      listFocus(ctx.db, later.id)
        .map((f) => f.behaviourId)
        .join(',') !== before
    )
      continue;
    replaceFocus(ctx.db, later.id, behaviourIds);
    changed(ctx, later.id, meeting.repId);
  }
}

export const setFocus: Handler<'oneOnOnes.setFocus'> = (input, ctx) => {
  const row = requireManagedOneOnOne(ctx, input.id);
  if (new Set(input.behaviourIds).size !== input.behaviourIds.length) {
    throw fieldError('INVALID_INPUT', ['behaviourIds'], 'A behaviour is chosen twice.');
  }
  checkFocusBehaviours(ctx, row.id, input.behaviourIds, []);
  writeFocus(ctx, row, input.behaviourIds);
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
  addToNext: addToNext,
});
