import { fieldError } from '../../../shared/contract';
import { today } from '../../../shared/dates';
import { findCallReview } from '../../../db/repositories/call-reviews';
import {
  deleteDealAnswer,
  listDealAnswers,
  listDealContacts,
  replaceDealContacts,
  upsertDealAnswer,
} from '../../../db/repositories/deals';
import { findNote } from '../../../db/repositories/notes';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { emitDeal, requireWritableDeal } from './access';

/** Evidence must point at something the viewer sees, about the deal's rep. */
function checkSource(
  ctx: ReadContext,
  repId: string,
  kind: 'typed' | 'call-moment' | 'note' | 'proposal-passage' | null,
  sourceId: string | null,
): void {
  const access = accessOf(ctx);
  if (kind === null || kind === 'typed') {
    if (sourceId !== null)
      throw fieldError('INVALID_INPUT', ['sourceId'], 'Typed evidence has no source to link; leave it out.');
    return;
  }
  if (kind === 'call-moment') {
    const call = findCallReview(ctx.db, sourceId!);
    if (
      !call ||
      call.repId !== repId ||
      !access.canRead({ repId: call.repId, visibility: 'shared', authorId: null })
    )
      throw fieldError('INVALID_INPUT', ['sourceId'], 'Choose a call review of the deal’s rep.');
    return;
  }
  if (kind === 'note') {
    const note = findNote(ctx.db, sourceId!);
    if (
      !note ||
      note.repId !== repId ||
      !access.canRead({ repId: note.repId, visibility: note.visibility, authorId: note.authorId })
    )
      throw fieldError('INVALID_INPUT', ['sourceId'], 'Choose a note about the deal’s rep.');
    if (note.visibility === 'private')
      throw fieldError(
        'INVALID_INPUT',
        ['sourceId'],
        'That note is private; evidence on a shared deal must come from a shared note.',
      );
    return;
  }
  throw fieldError(
    'INVALID_INPUT',
    ['sourceKind'],
    'Proposal passages cannot be linked yet: there are no proposal reviews.',
  );
}

export const saveAnswer: Handler<'deals.saveAnswer'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.dealId);
  const evidence = input.status === 'evidence';
  if (evidence && input.evidenceOn! > today(ctx.clock))
    throw fieldError(
      'INVALID_INPUT',
      ['evidenceOn'],
      'Evidence is something that already happened: use today or earlier.',
    );
  checkSource(ctx, row.repId, evidence ? input.sourceKind : null, evidence ? input.sourceId : null);
  const moment = evidence && input.sourceKind === 'call-moment';
  upsertDealAnswer(ctx.db, {
    dealId: row.id,
    questionId: input.questionId,
    answer: input.answer,
    status: input.status,
    evidenceOn: evidence ? input.evidenceOn : null,
    sourceKind: evidence ? input.sourceKind : null,
    sourceId: evidence ? input.sourceId : null,
    sourceSegment: moment ? input.sourceSegment : null,
    sourceMs: moment ? input.sourceMs : null,
    authorId: accessOf(ctx).viewer?.id ?? null,
    updatedAt: nowIso(ctx.clock),
  });
  emitDeal(ctx, row);
  const { dealId: _d, ...answer } = listDealAnswers(ctx.db, [row.id]).find(
    (a) => a.questionId === input.questionId,
  )!;
  return answer;
};

export const clearAnswer: Handler<'deals.clearAnswer'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.dealId);
  deleteDealAnswer(ctx.db, row.id, input.questionId);
  emitDeal(ctx, row);
  return { dealId: row.id, questionId: input.questionId };
};

export const saveContacts: Handler<'deals.saveContacts'> = (input, ctx) => {
  const row = requireWritableDeal(ctx, input.dealId);
  const now = today(ctx.clock);
  input.contacts.forEach((c, i) => {
    if (c.lastContactOn !== null && c.lastContactOn > now)
      throw fieldError(
        'INVALID_INPUT',
        ['contacts', i, 'lastContactOn'],
        'The last contact cannot be in the future.',
      );
  });
  replaceDealContacts(
    ctx.db,
    row.id,
    input.contacts.map((c, position) => ({ id: ctx.newId(), dealId: row.id, ...c, position })),
  );
  emitDeal(ctx, row);
  return listDealContacts(ctx.db, [row.id]).map(({ dealId: _d, ...c }) => c);
};
