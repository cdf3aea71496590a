import { AppError, fieldError, type LossReason } from '../../../shared/contract';
import type { Deal } from '../../../shared/contract/deals';
import { DECISION_PROMPT } from '../../../shared/domain/retrospective';
import { retroAnswersOf } from '../../../shared/rich-text/retro-answers';
import { plainTextOf } from '../../../shared/rich-text/schema';
import { listLossReasons } from '../../../db/repositories/loss-reasons';
import {
  type DealLossRow,
  findDealLoss,
  findRetrospective,
  insertDealLoss,
  insertRetrospective,
  listRetrospectiveActions,
  replaceRetrospectiveActions,
  replaceRetrospectiveEvents,
  replaceSecondaryReasons,
  updateDealLoss,
  updateRetrospective,
} from '../../../db/repositories/lost-deals';
import { type HandlerContext, nowIso } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { requireWritableLostDeal } from '../services/deal-visibility';
import { reconcileTags } from '../services/tag-reconcile';
import { dealLossOf, retrospectiveOf } from './detail';

function changed(ctx: HandlerContext, deal: Deal): void {
  ctx.emit('lostDeals.changed', { ids: [deal.id], repIds: [deal.repId] });
}

/** Whose view the viewer records: the rep's on their own deal, a manager's otherwise. */
function viewerSide(ctx: HandlerContext, deal: Deal): 'rep' | 'manager' {
  return accessOf(ctx).viewer?.id === deal.repId ? 'rep' : 'manager';
}

/**
 * A reason a deal may be recorded with: one of the taxonomy, not archived, unless this deal already
 * has it (an archived reason stays on the deals that used it, and saving them again must not fail).
 */
function checkReason(
  reasons: ReadonlyMap<string, LossReason>,
  id: string,
  alreadyUsed: ReadonlySet<string>,
  path: (string | number)[],
): LossReason {
  const reason = reasons.get(id);
  if (!reason) throw fieldError('INVALID_INPUT', path, 'That loss reason does not exist.');
  if (reason.archivedAt !== null && !alreadyUsed.has(id))
    throw fieldError('INVALID_INPUT', path, `“${reason.name}” is archived; choose another reason.`);
  return reason;
}

function usedBy(row: DealLossRow | undefined, secondary: readonly string[]): Set<string> {
  if (!row) return new Set();
  return new Set(
    [row.primaryReasonId, row.repViewReasonId, row.managerViewReasonId, ...secondary].filter(
      (id): id is string => id !== null,
    ),
  );
}

export const saveQuickForm: Handler<'lostDeals.saveQuickForm'> = (input, ctx) => {
  const deal = requireWritableLostDeal(ctx, input.dealId);
  const existing = findDealLoss(ctx.db, deal.id);
  if (existing && input.revision !== existing.revision)
    throw new AppError(
      'CONFLICT',
      'How this deal was lost was recorded elsewhere since you opened it. Reload it, then make your change again.',
    );
  if (input.competitor !== null && input.outcome !== 'competitor')
    throw fieldError(
      'INVALID_INPUT',
      ['competitor'],
      'Name a competitor only when the deal was lost to one.',
    );
  const reasons = new Map(listLossReasons(ctx.db, true).map((r) => [r.id, r]));
  const before = existing ? dealLossOf(ctx, existing) : null;
  const used = usedBy(existing, before?.secondaryReasons.map((r) => r.reasonId) ?? []);
  const primary =
    input.primaryReasonId === null
      ? null
      : checkReason(reasons, input.primaryReasonId, used, ['primaryReasonId']);
  const seen = new Set<string>();
  const secondary = input.secondaryReasonIds.map((id, i) => {
    const path = ['secondaryReasonIds', i];
    const reason = checkReason(reasons, id, used, path);
    if (id === primary?.id)
      throw fieldError('INVALID_INPUT', path, `“${reason.name}” is already the primary reason.`);
    if (seen.has(id)) throw fieldError('INVALID_INPUT', path, `“${reason.name}” is listed twice.`);
    seen.add(id);
    // A reason kept from before keeps the name it was recorded with.
    const kept = before?.secondaryReasons.find((r) => r.reasonId === id);
    return { reasonId: id, label: kept?.label ?? reason.name };
  });
  const primaryLabel =
    primary === null
      ? null
      : existing?.primaryReasonId === primary.id
        ? existing.primaryReasonLabel
        : primary.name;
  const side = viewerSide(ctx, deal);
  const view =
    side === 'rep'
      ? { repViewReasonId: primary?.id ?? null, repViewLabel: primaryLabel }
      : { managerViewReasonId: primary?.id ?? null, managerViewLabel: primaryLabel };
  const now = nowIso(ctx.clock);
  const fields = {
    outcome: input.outcome,
    competitor: input.competitor,
    primaryReasonId: primary?.id ?? null,
    primaryReasonLabel: primaryLabel,
    whatWouldHaveChanged: input.whatWouldHaveChanged,
    ...view,
    updatedAt: now,
  };
  if (existing) {
    updateDealLoss(ctx.db, deal.id, { ...fields, revision: existing.revision + 1 });
  } else {
    insertDealLoss(ctx.db, {
      dealId: deal.id,
      repViewReasonId: null,
      repViewLabel: null,
      managerViewReasonId: null,
      managerViewLabel: null,
      crmReason: null,
      ...fields,
      authorId: accessOf(ctx).viewer?.id ?? null,
      createdAt: now,
      revision: 1,
    });
  }
  replaceSecondaryReasons(ctx.db, deal.id, secondary);
  changed(ctx, deal);
  return dealLossOf(ctx, findDealLoss(ctx.db, deal.id)!);
};

export const recordView: Handler<'lostDeals.recordView'> = (input, ctx) => {
  const deal = requireWritableLostDeal(ctx, input.dealId);
  const existing = findDealLoss(ctx.db, deal.id);
  if (!existing)
    throw fieldError(
      'INVALID_INPUT',
      ['dealId'],
      'Fill in the quick form for this loss first: outcome and reasons.',
    );
  const side = viewerSide(ctx, deal);
  const current = side === 'rep' ? existing.repViewReasonId : existing.managerViewReasonId;
  let label: string | null = null;
  if (input.reasonId !== null) {
    const reasons = new Map(listLossReasons(ctx.db, true).map((r) => [r.id, r]));
    const reason = checkReason(reasons, input.reasonId, new Set(current ? [current] : []), ['reasonId']);
    label =
      current === reason.id
        ? side === 'rep'
          ? existing.repViewLabel
          : existing.managerViewLabel
        : reason.name;
  }
  updateDealLoss(ctx.db, deal.id, {
    ...(side === 'rep'
      ? { repViewReasonId: input.reasonId, repViewLabel: label }
      : { managerViewReasonId: input.reasonId, managerViewLabel: label }),
    updatedAt: nowIso(ctx.clock),
    revision: existing.revision + 1,
  });
  changed(ctx, deal);
  return dealLossOf(ctx, findDealLoss(ctx.db, deal.id)!);
};

export const saveRetrospective: Handler<'lostDeals.saveRetrospective'> = (input, ctx) => {
  const deal = requireWritableLostDeal(ctx, input.dealId);
  const existing = findRetrospective(ctx.db, deal.id);
  if (existing ? input.revision !== existing.revision : input.revision !== undefined)
    throw new AppError(
      'CONFLICT',
      existing
        ? 'This retrospective was saved elsewhere since you opened it. Reload it, then make your change again.'
        : 'This retrospective no longer exists as you saw it. Reload it.',
    );
  // Tags become observations through observations.create; saving keeps their quotes in step.
  const { doc } = reconcileTags(
    ctx,
    { documentId: deal.id, part: 'body', repId: deal.repId },
    input.document,
  );
  const decision = retroAnswersOf(doc).find((a) => a.prompt === DECISION_PROMPT && a.status !== null);
  const now = nowIso(ctx.clock);
  const fields = {
    document: doc,
    plainText: plainTextOf(doc),
    decisionProcess: decision?.status ?? null,
    updatedAt: now,
  };
  if (existing) updateRetrospective(ctx.db, deal.id, { ...fields, revision: existing.revision + 1 });
  else
    insertRetrospective(ctx.db, {
      dealId: deal.id,
      ...fields,
      authorId: accessOf(ctx).viewer?.id ?? null,
      createdAt: now,
      revision: 1,
    });
  changed(ctx, deal);
  return retrospectiveOf(ctx, deal.id)!;
};

function requireStarted(ctx: HandlerContext, deal: Deal) {
  const retrospective = findRetrospective(ctx.db, deal.id);
  if (!retrospective)
    throw fieldError('INVALID_INPUT', ['dealId'], 'Start the retrospective first, then add to it.');
  return retrospective;
}

function touch(ctx: HandlerContext, deal: Deal, revision: number): void {
  updateRetrospective(ctx.db, deal.id, { updatedAt: nowIso(ctx.clock), revision: revision + 1 });
}

export const saveTimeline: Handler<'lostDeals.saveTimeline'> = (input, ctx) => {
  const deal = requireWritableLostDeal(ctx, input.dealId);
  const retrospective = requireStarted(ctx, deal);
  replaceRetrospectiveEvents(
    ctx.db,
    deal.id,
    input.events
      .map((e, i) => ({ ...e, i }))
      // The timeline reads in date order; events of one day keep the order given.
      .sort((a, b) => a.happenedOn.localeCompare(b.happenedOn) || a.i - b.i)
      .map(({ i: _i, ...e }, position) => ({ id: ctx.newId(), dealId: deal.id, ...e, position })),
  );
  touch(ctx, deal, retrospective.revision);
  changed(ctx, deal);
  return retrospectiveOf(ctx, deal.id)!;
};

export const saveActions: Handler<'lostDeals.saveActions'> = (input, ctx) => {
  const deal = requireWritableLostDeal(ctx, input.dealId);
  const retrospective = requireStarted(ctx, deal);
  const before = new Map(listRetrospectiveActions(ctx.db, deal.id).map((a) => [a.id, a]));
  const now = nowIso(ctx.clock);
  const rows = input.actions.map((a, position) => {
    const kept = a.id === undefined ? undefined : before.get(a.id);
    if (a.id !== undefined && !kept)
      throw fieldError(
        'INVALID_INPUT',
        ['actions', position, 'id'],
        'That action item is not part of this retrospective.',
      );
    const same =
      kept &&
      kept.text === a.text &&
      kept.owner === a.owner &&
      kept.dueOn === a.dueOn &&
      kept.status === a.status;
    return {
      id: kept?.id ?? ctx.newId(),
      dealId: deal.id,
      repId: deal.repId,
      text: a.text,
      owner: a.owner,
      dueOn: a.dueOn,
      status: a.status,
      position,
      createdAt: kept?.createdAt ?? now,
      updatedAt: same ? kept.updatedAt : now,
    };
  });
  replaceRetrospectiveActions(ctx.db, deal.id, rows);
  touch(ctx, deal, retrospective.revision);
  changed(ctx, deal);
  return retrospectiveOf(ctx, deal.id)!;
};
