import { AppError, fieldError, type LossReason } from '../../../shared/contract';
import {
  findLossReason,
  insertLossReason,
  listLossReasonHistory,
  listLossReasons,
  nextLossReasonPosition,
  recordLossReasonChange,
  setLossReasonPosition,
  updateLossReasonRow,
} from '../../../db/repositories/loss-reasons';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import { defineDomain } from '../registry';

function requireReason(ctx: ReadContext, id: string): LossReason {
  const reason = findLossReason(ctx.db, id);
  if (!reason) throw new AppError('NOT_FOUND', 'That loss reason no longer exists.', { id });
  return reason;
}

function checkName(ctx: ReadContext, name: string, selfId: string | null): void {
  // Archived reasons count: two reasons of one name would make past deals ambiguous.
  const clash = listLossReasons(ctx.db, true).find(
    (r) => r.name.toLowerCase() === name.toLowerCase() && r.id !== selfId,
  );
  if (clash)
    throw fieldError(
      'CONFLICT',
      ['name'],
      `There is already a loss reason called “${clash.name}”${clash.archivedAt ? ' (archived: unarchive it instead)' : ''}.`,
    );
}

function changed(ctx: HandlerContext, ...ids: string[]): void {
  ctx.emit('lossReasons.changed', { ids });
}

function setArchived(ctx: HandlerContext, id: string, archived: boolean): LossReason {
  const reason = requireReason(ctx, id);
  if ((reason.archivedAt !== null) === archived) return reason;
  const now = nowIso(ctx.clock);
  updateLossReasonRow(ctx.db, id, { archivedAt: archived ? now : null, updatedAt: now });
  const updated = requireReason(ctx, id);
  recordLossReasonChange(ctx.db, updated, {
    at: now,
    kind: archived ? 'archived' : 'unarchived',
    previousName: null,
  });
  changed(ctx, id);
  return updated;
}

export const lossReasonsDomain = defineDomain('lossReasons', {
  list: (input, ctx) => listLossReasons(ctx.db, input.includeArchived),
  history: (input, ctx) => {
    requireReason(ctx, input.id);
    return listLossReasonHistory(ctx.db, input.id);
  },
  create: (input, ctx) => {
    checkName(ctx, input.name, null);
    const id = `loss-${ctx.newId()}`;
    const now = nowIso(ctx.clock);
    insertLossReason(ctx.db, { id, ...input, position: nextLossReasonPosition(ctx.db), now });
    const created = requireReason(ctx, id);
    recordLossReasonChange(ctx.db, created, { at: now, kind: 'created', previousName: null });
    changed(ctx, id);
    return created;
  },
  update: (input, ctx) => {
    const reason = requireReason(ctx, input.id);
    if (reason.revision !== input.revision)
      throw new AppError(
        'CONFLICT',
        'This loss reason was changed elsewhere since you opened it. Reload it, then make your change again.',
      );
    const renamed = reason.name !== input.name;
    if (!renamed && reason.description === input.description) return reason;
    if (renamed) checkName(ctx, input.name, reason.id);
    const now = nowIso(ctx.clock);
    updateLossReasonRow(ctx.db, reason.id, {
      name: input.name,
      description: input.description,
      updatedAt: now,
    });
    const updated = requireReason(ctx, reason.id);
    recordLossReasonChange(ctx.db, updated, {
      at: now,
      kind: renamed ? 'renamed' : 'edited',
      previousName: renamed ? reason.name : null,
    });
    changed(ctx, reason.id);
    return updated;
  },
  archive: (input, ctx) => setArchived(ctx, input.id, true),
  unarchive: (input, ctx) => setArchived(ctx, input.id, false),
  reorder: (input, ctx) => {
    const all = listLossReasons(ctx.db, true);
    const known = new Set(all.map((r) => r.id));
    if (
      new Set(input.ids).size !== input.ids.length ||
      input.ids.length !== known.size ||
      input.ids.some((id) => !known.has(id))
    )
      throw fieldError('INVALID_INPUT', ['ids'], 'Give every loss reason exactly once, in the new order.');
    input.ids.forEach((id, position) => {
      setLossReasonPosition(ctx.db, id, position);
    });
    changed(ctx, ...input.ids);
    return listLossReasons(ctx.db, true);
  },
});
