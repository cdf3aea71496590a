import { AppError, fieldError } from '../../../shared/contract';
import type { Deal } from '../../../shared/contract/deals';
import { today } from '../../../shared/dates';
import { findPerson } from '../../../db/repositories/people';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import {
  type DealRow,
  findDealByCrmId,
  insertDeal,
  insertDealHistory,
  listDealAnswers,
  listDealContacts,
  listDealHistory,
  listDeals,
  updateDealRow,
} from '../../../db/repositories/deals';
import { nowIso, type ReadContext } from '../context';
import { defineDomain, type Handler } from '../registry';
import { accessOf } from '../services/access';
import { flaggedDeals, withFlags } from '../services/deals';
import { exitCriteria, saveExitCriteria } from './criteria';
import { importDeals } from './import';
import { prepareDealImport } from './import-prepare';
import { dealRecord, emitDeal, requireVisibleDeal, requireWritableDeal } from './access';
import { clearAnswer, saveAnswer, saveContacts } from './card';
import { dealsForTarget, linkDeal, unlinkDeal, visibleLinks } from './links';

function checkStage(ctx: ReadContext, stageId: string, unchangedFrom?: string): void {
  const stage = findTaxonomy(ctx.db, 'stage', stageId);
  if (!stage) throw fieldError('INVALID_INPUT', ['stageId'], 'Choose a stage from the library.');
  if (stage.archivedAt !== null && stageId !== unchangedFrom)
    throw fieldError(
      'INVALID_INPUT',
      ['stageId'],
      `The stage “${stage.name}” is archived; choose an active one.`,
    );
}

function checkRep(ctx: ReadContext, repId: string): void {
  const rep = findPerson(ctx.db, repId);
  if (!rep || !accessOf(ctx).inDirectory(repId))
    throw fieldError('INVALID_INPUT', ['repId'], 'Choose a rep from the team.');
  if (rep.kind !== 'rep') throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is not a rep.`);
  accessOf(ctx).requireWrite(dealRecord({ repId }), 'A deal');
}

function dealById(ctx: ReadContext, id: string): Deal {
  return flaggedDeals(ctx, { ids: [id] })[0]!;
}

export const listDealsHandler: Handler<'deals.list'> = (input, ctx) => {
  const access = accessOf(ctx);
  if (input.repId) access.requireRep(input.repId);
  const deals = listDeals(ctx.db, {
    outcome: input.outcome ?? 'open',
    ...(input.repId ? { repId: input.repId } : {}),
    ...(input.repId ? {} : { repIds: access.scope().sharedRepIds ?? undefined }),
  });
  return withFlags(
    ctx,
    deals.filter((d) => access.canRead(dealRecord(d))),
  );
};

export const getDeal: Handler<'deals.get'> = (input, ctx) => {
  const deal = requireVisibleDeal(ctx, input.id);
  return {
    deal: withFlags(ctx, [deal])[0]!,
    history: listDealHistory(ctx.db, [deal.id]).map(({ dealId: _d, ...h }) => h),
    links: visibleLinks(ctx, [deal.id]),
    answers: listDealAnswers(ctx.db, [deal.id]).map(({ dealId: _d, ...a }) => a),
    contacts: listDealContacts(ctx.db, [deal.id]).map(({ dealId: _d, ...c }) => c),
  };
};

export const createDeal: Handler<'deals.create'> = (input, ctx) => {
  checkRep(ctx, input.repId);
  checkStage(ctx, input.stageId);
  if (input.crmSource !== null && input.crmId !== null) {
    const existing = findDealByCrmId(ctx.db, input.crmSource, input.crmId);
    if (existing)
      throw fieldError(
        'CONFLICT',
        ['crmId'],
        `The deal “${existing.name}” already has ${input.crmSource} id ${input.crmId}.`,
      );
  }
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  const row: DealRow = {
    id,
    repId: input.repId,
    account: input.account,
    name: input.name,
    valueMinor: input.valueMinor,
    currency: input.currency,
    segment: input.segment,
    product: input.product,
    stageId: input.stageId,
    expectedCloseOn: input.expectedCloseOn,
    forecastCategory: input.forecastCategory,
    nextStep: input.nextStep,
    nextStepOn: input.nextStepOn,
    nextStepOwner: input.nextStepOwner,
    crmSource: input.crmSource,
    crmId: input.crmId,
    outcome: 'open',
    closedOn: null,
    openedOn: input.openedOn ?? today(ctx.clock),
    notes: input.notes,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
  insertDeal(ctx.db, row);
  emitDeal(ctx, row);
  return dealById(ctx, id);
};

export const updateDeal: Handler<'deals.update'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.id, input.revision);
  updateDealRow(ctx.db, row.id, {
    account: input.account,
    name: input.name,
    valueMinor: input.valueMinor,
    currency: input.currency,
    segment: input.segment,
    product: input.product,
    nextStep: input.nextStep,
    nextStepOn: input.nextStepOn,
    nextStepOwner: input.nextStepOwner,
    notes: input.notes,
    updatedAt: nowIso(ctx.clock),
  });
  emitDeal(ctx, row);
  return dealById(ctx, row.id);
};

/** The day a change happened: today unless given, never in the future, never before the deal opened. */
function changeDay(ctx: ReadContext, row: DealRow, given: string | undefined, field: string): string {
  const day = given ?? today(ctx.clock);
  if (day > today(ctx.clock))
    throw fieldError('INVALID_INPUT', [field], 'That day is still to come; use today or earlier.');
  if (day < row.openedOn)
    throw fieldError(
      'INVALID_INPUT',
      [field],
      `The deal was opened on ${row.openedOn}; use that day or later.`,
    );
  return day;
}

export const moveDeal: Handler<'deals.move'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.id, input.revision);
  if (row.outcome !== 'open')
    throw new AppError('CONFLICT', `This deal is ${row.outcome}; reopen it before moving it.`);
  const changedOn = changeDay(ctx, row, input.changedOn, 'changedOn');
  const now = nowIso(ctx.clock);
  const author = accessOf(ctx).viewer?.id ?? null;
  const changes: Partial<DealRow> = {};
  const record = (
    field: 'stage' | 'close-date' | 'forecast-category',
    from: string | null,
    to: string | null,
  ) =>
    insertDealHistory(ctx.db, {
      id: ctx.newId(),
      dealId: row.id,
      field,
      fromValue: from,
      toValue: to,
      changedOn,
      authorId: author,
      reason: input.reason,
      createdAt: now,
    });
  if (input.stageId !== undefined && input.stageId !== row.stageId) {
    checkStage(ctx, input.stageId);
    record('stage', row.stageId, input.stageId);
    changes.stageId = input.stageId;
  }
  if (input.expectedCloseOn !== undefined && input.expectedCloseOn !== row.expectedCloseOn) {
    record('close-date', row.expectedCloseOn, input.expectedCloseOn);
    changes.expectedCloseOn = input.expectedCloseOn;
  }
  if (input.forecastCategory !== undefined && input.forecastCategory !== row.forecastCategory) {
    record('forecast-category', row.forecastCategory, input.forecastCategory);
    changes.forecastCategory = input.forecastCategory;
  }
  if (Object.keys(changes).length === 0)
    throw fieldError('INVALID_INPUT', ['stageId'], 'Nothing moved: the deal already has these values.');
  updateDealRow(ctx.db, row.id, { ...changes, updatedAt: now });
  emitDeal(ctx, row);
  return dealById(ctx, row.id);
};

export const closeDeal: Handler<'deals.close'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.id, input.revision);
  if (input.outcome === row.outcome)
    throw fieldError('INVALID_INPUT', ['outcome'], `This deal is already ${row.outcome}.`);
  const closedOn = input.outcome === 'open' ? null : changeDay(ctx, row, input.closedOn, 'closedOn');
  const now = nowIso(ctx.clock);
  insertDealHistory(ctx.db, {
    id: ctx.newId(),
    dealId: row.id,
    field: 'outcome',
    fromValue: row.outcome,
    toValue: input.outcome,
    changedOn: closedOn ?? today(ctx.clock),
    authorId: accessOf(ctx).viewer?.id ?? null,
    reason: input.reason,
    createdAt: now,
  });
  updateDealRow(ctx.db, row.id, { outcome: input.outcome, closedOn, updatedAt: now });
  emitDeal(ctx, row);
  return dealById(ctx, row.id);
};

export const dealsDomain = defineDomain('deals', {
  list: listDealsHandler,
  get: getDeal,
  create: createDeal,
  update: updateDeal,
  move: moveDeal,
  close: closeDeal,
  link: linkDeal,
  unlink: unlinkDeal,
  saveAnswer,
  clearAnswer,
  saveContacts,
  exitCriteria,
  saveExitCriteria,
  forTarget: dealsForTarget,
  prepareImport: prepareDealImport,
  import: importDeals,
});
