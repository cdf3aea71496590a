import { AppError, fieldError, type UnmatchedReply } from '../../../shared/contract';
import { insertAgendaItem, nextAgendaPosition } from '../../../db/repositories/agenda';
import { findObservation, insertReply } from '../../../db/repositories/observations';
import { findOneOnOne } from '../../../db/repositories/one-on-ones';
import { findPerson } from '../../../db/repositories/people';
import { existingReplyIds, findPackExport, insertReplyImport } from '../../../db/repositories/share-packs';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';

/**
 * The manager imports what the rep wrote back. All or nothing: the file is checked whole in the
 * worker, then here against this copy (the pack was exported from it, for this rep, by someone the
 * viewer may act for), and only then written in this one transaction. A reply to feedback deleted or
 * made private since, or a talking point for a one-to-one that is gone or already held, is kept in the
 * import log with what it said: listed, never dropped.
 */
export const importReplies: Handler<'sharePacks.importReplies'> = (input, ctx) => {
  const access = accessOf(ctx);
  if (access.viewer === null)
    throw new AppError('CONFLICT', 'Say who you are (in Settings) before importing replies.');
  const file = ctx.prepared.use('sharePacks.prepareReplies', input.preparedId, ['preparedId']);
  const exported = findPackExport(ctx.db, file.packId);
  if (!exported)
    throw fieldError(
      'INVALID_INPUT',
      ['preparedId'],
      `This reply from ${file.rep.name} answers a share pack that was not exported from this copy of Coachbench, so there is nothing here to attach it to.`,
    );
  const rep = findPerson(ctx.db, exported.repId)!;
  if (exported.repId !== file.rep.id)
    throw fieldError(
      'INVALID_INPUT',
      ['preparedId'],
      `This reply says it is from ${file.rep.name}, but the pack it answers was for ${rep.name}.`,
    );
  access.requireManages(rep.id, 'their coaching');

  const already = existingReplyIds(ctx.db, [
    ...file.replies.map((r) => r.id),
    ...file.agendaPoints.map((p) => p.id),
  ]);
  const unmatched: UnmatchedReply[] = [];
  const changedObservations: { id: string; sourceKind: string; sourceId: string | null }[] = [];
  const changedMeetings = new Set<string>();
  let replies = 0;
  let agendaPoints = 0;
  let alreadyImported = 0;

  for (const reply of file.replies) {
    if (already.has(reply.id)) {
      alreadyImported += 1;
      continue;
    }
    const o = findObservation(ctx.db, reply.observationId);
    const reason =
      !o || o.repId !== rep.id
        ? 'That feedback has been deleted since the pack was written.'
        : o.visibility !== 'shared'
          ? 'That feedback is no longer shared with the rep.'
          : null;
    if (reason) {
      unmatched.push({
        kind: 'reply',
        itemId: reply.observationId,
        about: reply.about,
        stance: reply.stance,
        selfLevel: reply.selfLevel,
        text: reply.text,
        writtenAt: reply.createdAt,
        reason,
      });
      continue;
    }
    insertReply(ctx.db, {
      id: reply.id,
      observationId: o!.id,
      authorId: rep.id,
      stance: reply.stance,
      selfLevel: reply.selfLevel,
      text: reply.text,
      createdAt: reply.createdAt,
    });
    changedObservations.push(o!);
    replies += 1;
  }

  for (const point of file.agendaPoints) {
    if (already.has(point.id)) {
      alreadyImported += 1;
      continue;
    }
    const meeting = findOneOnOne(ctx.db, point.oneOnOneId);
    const reason =
      !meeting || meeting.repId !== rep.id
        ? 'That one-to-one has been deleted since the pack was written.'
        : meeting.status !== 'scheduled'
          ? `That one-to-one (${meeting.date}) has already been ${meeting.status === 'held' ? 'held' : 'cancelled'}.`
          : null;
    if (reason) {
      unmatched.push({
        kind: 'agenda-point',
        itemId: point.oneOnOneId,
        about: point.about,
        stance: null,
        selfLevel: null,
        text: point.text,
        writtenAt: point.createdAt,
        reason,
      });
      continue;
    }
    insertAgendaItem(ctx.db, {
      id: point.id,
      oneOnOneId: meeting!.id,
      text: point.text.slice(0, 500),
      author: 'rep',
      recurring: false,
      done: false,
      carriedCount: 0,
      carriedFromId: null,
      position: nextAgendaPosition(ctx.db, meeting!.id),
      createdAt: point.createdAt,
    });
    changedMeetings.add(meeting!.id);
    agendaPoints += 1;
  }

  const importedAt = nowIso(ctx.clock);
  const row = {
    id: ctx.newId(),
    repId: rep.id,
    importedBy: access.viewer.id,
    importedAt,
    packId: file.packId,
    replies,
    agendaPoints,
    alreadyImported,
    unmatched,
  };
  insertReplyImport(ctx.db, row);

  if (changedObservations.length > 0) {
    ctx.emit('observations.changed', {
      ids: changedObservations.map((o) => o.id),
      repIds: [rep.id],
      countsChanged: false,
    });
    const calls = [
      ...new Set(
        changedObservations
          .filter((o) => o.sourceKind === 'call-review' && o.sourceId)
          .map((o) => o.sourceId!),
      ),
    ];
    if (calls.length > 0) ctx.emit('callReviews.changed', { ids: calls, repIds: [rep.id] });
  }
  if (changedMeetings.size > 0)
    ctx.emit('oneOnOnes.changed', { ids: [...changedMeetings], repIds: [rep.id] });
  ctx.emit('sharePacks.changed', { repIds: [rep.id] });
  const importer = findPerson(ctx.db, access.viewer.id)!;
  return {
    import: { ...row, repName: rep.name, importedByName: importer.name },
    added: replies + agendaPoints,
  };
};
