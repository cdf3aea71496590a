import { AppError, fieldError, type OpenedPack } from '../../../shared/contract';
import { formatDate } from '../../../shared/dates';
import {
  SHARE_REPLY_FORMAT,
  SHARE_REPLY_VERSION,
  type SharePack,
  type ShareReply,
} from '../../../shared/domain/share-pack';
import { findPerson } from '../../../db/repositories/people';
import {
  findOpenedPack,
  findOpenedPackFrom,
  insertResponse,
  listOpenedPacks,
  listResponses,
  type OpenedPackRow,
  replaceOpenedPack,
  toPackResponse,
} from '../../../db/repositories/share-packs';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { viewerOf } from '../services/access';

/*
 * The rep's side. An opened pack lives apart from the rep's own records (its own table, whole, as the
 * manager wrote it) and only the person who opened it sees it: nothing in it is merged into their
 * observations, one-to-ones or commitments, and nothing they write about it touches the pack.
 */

/** Only a rep's own copy opens packs: they are that rep's coaching, from their manager. */
function requireRepOwner(ctx: ReadContext) {
  const viewer = viewerOf(ctx);
  if (viewer === null)
    throw new AppError(
      'CONFLICT',
      'Say who you are (at first run, or in Settings) before opening a share pack.',
    );
  const person = findPerson(ctx.db, viewer.id)!;
  if (person.kind !== 'rep')
    throw new AppError(
      'FORBIDDEN',
      `Share packs open in a rep’s own Coachbench; you are using this copy as ${person.name}, a manager.`,
    );
  return person;
}

function opened(ctx: ReadContext, row: OpenedPackRow): OpenedPack {
  return {
    id: row.id,
    openedAt: row.openedAt,
    pack: row.pack,
    responses: listResponses(ctx.db, row.openedBy, row.managerKey).map(toPackResponse),
  };
}

/** An opened pack of the viewer's; anyone else's is not there. */
function requireOpened(ctx: ReadContext, id: string) {
  const viewer = viewerOf(ctx);
  const row = findOpenedPack(ctx.db, id);
  if (!row || viewer === null || row.openedBy !== viewer.id)
    throw fieldError('NOT_FOUND', ['openedId'], 'That share pack is no longer open here.');
  return row;
}

export const openPack: Handler<'sharePacks.open'> = (input, ctx) => {
  const person = requireRepOwner(ctx);
  const pack = ctx.prepared.use('sharePacks.prepareOpen', input.preparedId, ['preparedId']);
  const current = findOpenedPackFrom(ctx.db, person.id, pack.manager.id);
  if (current && current.exportedAt > pack.exportedAt)
    throw new AppError(
      'CONFLICT',
      `This pack from ${pack.manager.name} was written on ${formatDate(pack.exportedAt.slice(0, 10), 'medium', ctx.locale)}, before the one already open (${formatDate(current.exportedAt.slice(0, 10), 'medium', ctx.locale)}); the newer one stays.`,
    );
  const row: OpenedPackRow = {
    id: ctx.newId(),
    openedBy: person.id,
    managerKey: pack.manager.id,
    packId: pack.packId,
    exportedAt: pack.exportedAt,
    openedAt: nowIso(ctx.clock),
    pack,
  };
  replaceOpenedPack(ctx.db, row);
  ctx.emit('sharePacks.changed', { repIds: [] });
  return opened(ctx, row);
};

export const openedPacks: Handler<'sharePacks.opened'> = (_input, ctx) => {
  const viewer = viewerOf(ctx);
  if (viewer === null) return [];
  return listOpenedPacks(ctx.db, viewer.id).map((row) => opened(ctx, row));
};

function behaviourName(pack: SharePack, id: string): string {
  return pack.behaviours.find((b) => b.id === id)?.name ?? 'a behaviour';
}

export const respond: Handler<'sharePacks.respond'> = (input, ctx) => {
  const row = requireOpened(ctx, input.openedId);
  const pack = row.pack;
  let about: string;
  if (input.kind === 'reply') {
    const o = pack.observations.find((x) => x.id === input.itemId);
    if (!o) throw fieldError('NOT_FOUND', ['itemId'], 'That feedback is not in the share pack.');
    about = `${behaviourName(pack, o.behaviourId)}, ${o.observedOn}`;
  } else {
    const m = pack.oneOnOnes.find((x) => x.id === input.itemId);
    if (!m) throw fieldError('NOT_FOUND', ['itemId'], 'That one-to-one is not in the share pack.');
    if (m.status !== 'scheduled')
      throw fieldError(
        'INVALID_INPUT',
        ['itemId'],
        `The one-to-one on ${m.date} has already ${m.status === 'held' ? 'been held' : 'been cancelled'}; add talking points to the next one.`,
      );
    if (input.text.length > 500)
      throw fieldError('INVALID_INPUT', ['text'], 'A talking point can be at most 500 characters');
    about = `One-to-one on ${m.date}`;
  }
  const response = {
    id: ctx.newId(),
    authorId: row.openedBy,
    managerKey: row.managerKey,
    kind: input.kind,
    itemId: input.itemId,
    about,
    stance: input.kind === 'reply' ? (input.stance ?? null) : null,
    selfLevel: input.kind === 'reply' ? (input.selfLevel ?? null) : null,
    text: input.text,
    createdAt: nowIso(ctx.clock),
  };
  insertResponse(ctx.db, response);
  ctx.emit('sharePacks.changed', { repIds: [] });
  return toPackResponse(response);
};

export const replyFile: Handler<'sharePacks.replyFile'> = (input, ctx) => {
  const row = requireOpened(ctx, input.openedId);
  const responses = listResponses(ctx.db, row.openedBy, row.managerKey);
  const file: ShareReply = {
    format: SHARE_REPLY_FORMAT,
    version: SHARE_REPLY_VERSION,
    packId: row.packId,
    writtenAt: nowIso(ctx.clock),
    manager: row.pack.manager,
    rep: row.pack.rep,
    replies: responses
      .filter((r) => r.kind === 'reply')
      .map((r) => ({
        id: r.id,
        observationId: r.itemId,
        about: r.about,
        stance: r.stance ?? 'agree',
        selfLevel: r.selfLevel,
        text: r.text,
        createdAt: r.createdAt,
      })),
    agendaPoints: responses
      .filter((r) => r.kind === 'agenda-point')
      .map((r) => ({ id: r.id, oneOnOneId: r.itemId, about: r.about, text: r.text, createdAt: r.createdAt })),
  };
  return {
    fileName: `coachbench-reply-${row.pack.rep.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${file.writtenAt.slice(0, 10)}.json`,
    content: `${JSON.stringify(file, null, 2)}\n`,
    replies: file.replies.length,
    agendaPoints: file.agendaPoints.length,
  };
};
