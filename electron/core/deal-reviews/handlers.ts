import { AppError, type DealReview, fieldError } from '../../../shared/contract';
import { today } from '../../../shared/dates';
import { insertCommitment, listCommitments } from '../../../db/repositories/commitments';
import {
  type DealReviewRow,
  dealReviewCommitmentIds,
  deleteDealReview,
  hasDealReviewCommitments,
  insertDealReview,
  linkDealReviewCommitment,
  listDealReviewRows,
  nextDealReviewPosition,
  updateDealReviewRow,
} from '../../../db/repositories/deal-reviews';
import { findDealRow, updateDealRow } from '../../../db/repositories/deals';
import { listObservations } from '../../../db/repositories/observations';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import { defineDomain, type Handler } from '../registry';
import { accessOf } from '../services/access';
import { withFlags } from '../services/deals';
import { listDeals } from '../../../db/repositories/deals';
import { requireManagedOneOnOne, requireOneOnOne, requireVisibleOneOnOne } from '../services/lookups';
import { observationsChanged, recordObservation } from '../services/observations';

/** Reviews as answers: the deal with its flags, the review's commitments and its findings the viewer may read. */
function assemble(ctx: ReadContext, rows: DealReviewRow[]): DealReview[] {
  if (rows.length === 0) return [];
  const deals = new Map(
    withFlags(ctx, listDeals(ctx.db, { ids: rows.map((r) => r.dealId) })).map((d) => [d.id, d]),
  );
  const commitmentIds = dealReviewCommitmentIds(
    ctx.db,
    rows.map((r) => r.id),
  );
  const day = today(ctx.clock);
  const scope = accessOf(ctx).scope();
  return rows.map((row) => {
    const ids = commitmentIds.get(row.id) ?? [];
    return {
      id: row.id,
      oneOnOneId: row.oneOnOneId,
      deal: deals.get(row.dealId)!,
      agreedNextStep: row.agreedNextStep,
      summary: row.summary,
      commitments: ids.length === 0 ? [] : listCommitments(ctx.db, { ids }, day),
      findings: listObservations(ctx.db, { sourceKind: 'deal-review', sourceId: row.id, visibleTo: scope }),
      position: row.position,
      revision: row.revision,
    };
  });
}

function reviewById(ctx: ReadContext, id: string): DealReview {
  return assemble(ctx, listDealReviewRows(ctx.db, { id }))[0]!;
}

/** The review, in a one-to-one the viewer manages (reviews are run by the rep's manager). */
function requireManagedReview(ctx: ReadContext, id: string): DealReviewRow {
  const row = listDealReviewRows(ctx.db, { id })[0];
  if (!row) throw new AppError('NOT_FOUND', 'That deal review no longer exists.', { id });
  const meeting = requireOneOnOne(ctx, row.oneOnOneId);
  if (!accessOf(ctx).seesRep(meeting.repId))
    throw new AppError('NOT_FOUND', 'That deal review no longer exists.', { id });
  requireManagedOneOnOne(ctx, row.oneOnOneId);
  return row;
}

function emit(
  ctx: HandlerContext,
  row: { id: string; oneOnOneId: string; dealId: string },
  repId: string,
): void {
  ctx.emit('dealReviews.changed', { ids: [row.id], oneOnOneIds: [row.oneOnOneId], repIds: [repId] });
  ctx.emit('deals.changed', { ids: [row.dealId], repIds: [repId] });
}

export const listDealReviews: Handler<'dealReviews.list'> = (input, ctx) => {
  requireVisibleOneOnOne(ctx, input.oneOnOneId);
  return assemble(ctx, listDealReviewRows(ctx.db, { oneOnOneId: input.oneOnOneId }));
};

export const addDealReview: Handler<'dealReviews.add'> = (input, ctx) => {
  const meeting = requireManagedOneOnOne(ctx, input.oneOnOneId);
  const deal = findDealRow(ctx.db, input.dealId);
  if (!deal || deal.repId !== meeting.repId)
    throw fieldError('INVALID_INPUT', ['dealId'], 'Choose one of the rep’s deals.');
  if (listDealReviewRows(ctx.db, { oneOnOneId: meeting.id }).some((r) => r.dealId === deal.id))
    throw fieldError('CONFLICT', ['dealId'], `“${deal.name}” is already on this one-to-one’s review.`);
  const now = nowIso(ctx.clock);
  const row: DealReviewRow = {
    id: ctx.newId(),
    oneOnOneId: meeting.id,
    dealId: deal.id,
    agreedNextStep: null,
    summary: null,
    position: nextDealReviewPosition(ctx.db, meeting.id),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  insertDealReview(ctx.db, row);
  emit(ctx, row, meeting.repId);
  return reviewById(ctx, row.id);
};

export const removeDealReview: Handler<'dealReviews.remove'> = (input, ctx) => {
  const row = requireManagedReview(ctx, input.id);
  const review = reviewById(ctx, row.id);
  if (
    hasDealReviewCommitments(ctx.db, row.id) ||
    review.findings.length > 0 ||
    row.summary ||
    row.agreedNextStep
  )
    throw new AppError(
      'CONFLICT',
      'This review has a record (next step, summary, commitments or findings); it stays.',
    );
  deleteDealReview(ctx.db, row.id);
  emit(ctx, row, review.deal.repId);
  return { id: row.id };
};

export const saveDealReview: Handler<'dealReviews.save'> = (input, ctx) => {
  const row = requireManagedReview(ctx, input.id);
  if (row.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This review was changed elsewhere. Reload it, then make your change again.',
    );
  if (input.nextStepOn !== null && input.nextStepOn < today(ctx.clock))
    throw fieldError(
      'INVALID_INPUT',
      ['nextStepOn'],
      'An agreed next step is still to come: use today or later.',
    );
  const now = nowIso(ctx.clock);
  updateDealReviewRow(ctx.db, row.id, {
    agreedNextStep: input.agreedNextStep,
    summary: input.summary,
    updatedAt: now,
  });
  // What was agreed is the deal's next step from now on (its date, when one was agreed).
  const deal = findDealRow(ctx.db, row.dealId)!;
  if (input.agreedNextStep !== null && deal.outcome === 'open')
    updateDealRow(ctx.db, deal.id, {
      nextStep: input.agreedNextStep,
      nextStepOn: input.nextStepOn ?? deal.nextStepOn,
      nextStepOwner: deal.nextStepOwner ?? 'Rep',
      updatedAt: now,
    });
  emit(ctx, row, deal.repId);
  return reviewById(ctx, row.id);
};

export const commitInReview: Handler<'dealReviews.commit'> = (input, ctx) => {
  const row = requireManagedReview(ctx, input.id);
  const deal = findDealRow(ctx.db, row.dealId)!;
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertCommitment(ctx.db, {
    id,
    repId: deal.repId,
    oneOnOneId: row.oneOnOneId,
    // Named after the deal, so the commitment reads on its own in the next prep brief.
    text: `${deal.account} — ${deal.name}: ${input.text}`.slice(0, 700),
    owner: input.owner,
    dueOn: input.dueOn,
    behaviourId: null,
    status: 'open',
    dropReason: null,
    closedOn: null,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  linkDealReviewCommitment(ctx.db, row.id, id);
  ctx.emit('commitments.changed', { ids: [id], oneOnOneIds: [row.oneOnOneId], repIds: [deal.repId] });
  emit(ctx, row, deal.repId);
  return reviewById(ctx, row.id);
};

export const addFinding: Handler<'dealReviews.addFinding'> = (input, ctx) => {
  const row = requireManagedReview(ctx, input.id);
  const deal = findDealRow(ctx.db, row.dealId)!;
  const meeting = requireOneOnOne(ctx, row.oneOnOneId);
  const observation = recordObservation(ctx, {
    repId: deal.repId,
    behaviourId: input.behaviourId,
    observedOn: meeting.date <= today(ctx.clock) ? meeting.date : today(ctx.clock),
    level: input.level,
    verdict: input.verdict,
    evidence: `${deal.account} — ${deal.name}`,
    anchor: null,
    comment: input.comment,
    sourceKind: 'deal-review',
    sourceId: row.id,
    visibility: input.visibility,
  });
  observationsChanged(ctx, [observation], true);
  emit(ctx, row, deal.repId);
  return reviewById(ctx, row.id);
};

export const dealReviewsDomain = defineDomain('dealReviews', {
  list: listDealReviews,
  add: addDealReview,
  remove: removeDealReview,
  save: saveDealReview,
  commit: commitInReview,
  addFinding,
});
