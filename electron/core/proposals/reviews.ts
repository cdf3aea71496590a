import { fieldError } from '../../../shared/contract';
import { today } from '../../../shared/dates';
import { compareChecklists } from '../../../shared/domain/proposal-checklist';
import { alignVersions, carryAnnotation } from '../../../shared/domain/proposal-versions';
import { findPerson } from '../../../db/repositories/people';
import {
  findProposalOriginal,
  insertProposalAnnotation,
  insertProposalReply,
  insertProposalReview,
  insertProposalVersion,
  listProposalAnnotations,
  listProposalSummaries,
  listProposalVersions,
  updateProposalReview,
} from '../../../db/repositories/proposals';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import {
  assembleProposal,
  checklistOf,
  proposalChanged,
  requireProposal,
  requireVersion,
  requireWritableProposal,
} from './assemble';

export const listProposals: Handler<'proposals.list'> = (input, ctx) => {
  const access = accessOf(ctx);
  if (input.repId) access.requireRep(input.repId);
  return listProposalSummaries(ctx.db, { repId: input.repId }).filter((r) => access.canRead(r));
};

export const getProposal: Handler<'proposals.get'> = (input, ctx) =>
  assembleProposal(ctx, input.id, input.versionId);

function checkDate(ctx: ReadContext, date: string): void {
  if (date > today(ctx.clock))
    throw fieldError('INVALID_INPUT', ['date'], 'A proposal cannot be dated in the future.');
}

/** Writes one imported version (kept by proposals.prepare) and answers its id. */
function writeVersion(
  ctx: HandlerContext,
  reviewId: string,
  number: number,
  label: string,
  preparedId: string,
) {
  const prepared = ctx.prepared.use('proposals.prepare', preparedId, ['source', 'preparedId']);
  const id = ctx.newId();
  insertProposalVersion(ctx.db, {
    id,
    reviewId,
    number,
    label,
    format: prepared.format,
    fileName: prepared.fileName,
    sha256: prepared.sha256,
    size: prepared.size,
    original: prepared.original
      ? Buffer.from(prepared.original.buffer, prepared.original.byteOffset, prepared.original.byteLength)
      : null,
    document: prepared.document,
    plainText: prepared.plainText,
    pageStarts: prepared.pageStarts,
    warnings: prepared.warnings,
    createdAt: nowIso(ctx.clock),
  });
  return { id, plainText: prepared.plainText };
}

export const createProposal: Handler<'proposals.create'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null) throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is archived.`);
  const access = accessOf(ctx);
  const authorId = access.viewer?.id ?? null;
  access.requireWrite({ repId: rep.id, visibility: input.visibility, authorId }, 'A proposal review');
  checkDate(ctx, input.date);
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertProposalReview(ctx.db, {
    id,
    repId: rep.id,
    authorId,
    title: input.title,
    account: input.account,
    deal: input.deal,
    value: input.value,
    currency: input.currency,
    date: input.date,
    visibility: input.visibility,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  writeVersion(ctx, id, 1, input.versionLabel, input.source.preparedId);
  proposalChanged(ctx, { id, repId: rep.id });
  return requireProposal(ctx, id);
};

function hasSharedWork(ctx: ReadContext, reviewId: string): boolean {
  return listProposalVersions(ctx.db, reviewId).some(
    (v) =>
      listProposalAnnotations(ctx.db, v.id).some((a) => a.visibility === 'shared') ||
      checklistOf(ctx, { id: v.id, plainText: '' }).some((l) => l.rating !== null || l.note !== null),
  );
}

export const updateProposal: Handler<'proposals.update'> = (input, ctx) => {
  const review = requireWritableProposal(ctx, input.id);
  if (review.revision !== input.revision)
    throw fieldError(
      'CONFLICT',
      ['revision'],
      'This proposal review was changed since you opened it; reload to see the changes, then make yours again.',
    );
  // Making a shared review private (or back) is its author's decision alone.
  if (input.visibility !== review.visibility)
    accessOf(ctx).requireWrite({ ...review, visibility: 'private' }, 'Who can see this proposal review');
  // Shared annotations and checklist observations name the review: they would outlive its privacy.
  if (input.visibility === 'private' && review.visibility === 'shared' && hasSharedWork(ctx, review.id))
    throw fieldError(
      'INVALID_INPUT',
      ['visibility'],
      'This review already has shared annotations or a checklist the rep can see, so it cannot become private.',
    );
  checkDate(ctx, input.date);
  updateProposalReview(ctx.db, review.id, {
    title: input.title,
    account: input.account,
    deal: input.deal,
    value: input.value,
    currency: input.currency,
    date: input.date,
    visibility: input.visibility,
    updatedAt: nowIso(ctx.clock),
    revision: review.revision + 1,
  });
  proposalChanged(ctx, review);
  return requireProposal(ctx, review.id);
};

/**
 * A revised version: written, then every open annotation of the version before it (whoever wrote it:
 * this is the core's bookkeeping, and each copy keeps its author and visibility) lands on the new text:
 * carried to the same words when they did not change, or listed as needing a re-check, with the old quote.
 */
export const addProposalVersion: Handler<'proposals.addVersion'> = (input, ctx) => {
  const review = requireWritableProposal(ctx, input.reviewId);
  const versions = listProposalVersions(ctx.db, review.id);
  const previous = versions.at(-1)!;
  if (versions.some((v) => v.label.toLowerCase() === input.label.toLowerCase()))
    throw fieldError(
      'INVALID_INPUT',
      ['label'],
      `There is already a version called “${input.label}”; give this one another label.`,
    );
  const { plainText: oldText } = requireVersion(ctx, previous.id).version;
  const written = writeVersion(ctx, review.id, previous.number + 1, input.label, input.source.preparedId);
  const alignment = alignVersions(oldText, written.plainText);
  const now = nowIso(ctx.clock);
  let carried = 0;
  let needsRecheck = 0;
  for (const a of listProposalAnnotations(ctx.db, previous.id)) {
    if (a.resolved) continue;
    const landed =
      a.start === null || a.end === null
        ? ({ kind: 'needs-recheck' } as const)
        : carryAnnotation({ start: a.start, end: a.end, quote: a.quote }, alignment, written.plainText);
    const id = ctx.newId();
    insertProposalAnnotation(ctx.db, {
      id,
      versionId: written.id,
      authorId: a.authorId,
      start: landed.kind === 'carried' ? landed.start : null,
      end: landed.kind === 'carried' ? landed.end : null,
      quote: a.quote,
      comment: a.comment,
      suggestedRewrite: a.suggestedRewrite,
      behaviourId: a.behaviourId,
      level: a.level,
      observationId: a.observationId,
      visibility: a.visibility,
      resolved: 0,
      needsRecheck: landed.kind === 'carried' ? 0 : 1,
      carriedFromId: a.id,
      createdAt: a.createdAt,
      updatedAt: now,
    });
    // The thread goes on where the annotation now is.
    for (const reply of a.replies)
      insertProposalReply(ctx.db, {
        id: ctx.newId(),
        annotationId: id,
        authorId: reply.authorId,
        text: reply.text,
        createdAt: reply.createdAt,
      });
    if (landed.kind === 'carried') carried += 1;
    else needsRecheck += 1;
  }
  updateProposalReview(ctx.db, review.id, { updatedAt: now, revision: review.revision + 1 });
  proposalChanged(ctx, review);
  return { versionId: written.id, carried, needsRecheck };
};

export const compareProposalVersions: Handler<'proposals.compare'> = (input, ctx) => {
  const from = requireVersion(ctx, input.fromVersionId, ['fromVersionId']);
  const to = requireVersion(ctx, input.toVersionId, ['toVersionId']);
  if (from.review.id !== to.review.id)
    throw fieldError('INVALID_INPUT', ['toVersionId'], 'Both versions must belong to the same proposal.');
  const rated = (v: typeof from.version) =>
    checklistOf(ctx, v).flatMap((l) => (l.rating === null ? [] : [{ key: l.key, rating: l.rating }]));
  return {
    parts: alignVersions(from.version.plainText, to.version.plainText).parts,
    checklist: compareChecklists(rated(from.version), rated(to.version)),
  };
};

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown',
  txt: 'text/plain',
  // Served as text: the original HTML is opened for reading, never run.
  html: 'text/plain',
  paste: 'text/plain',
} as const;

export const proposalOriginal: Handler<'proposals.original'> = (input, ctx) => {
  requireVersion(ctx, input.versionId);
  const file = findProposalOriginal(ctx.db, input.versionId)!;
  if (file.original === null || file.sha256 === null)
    throw fieldError(
      'NOT_FOUND',
      ['versionId'],
      'This version was pasted, so there is no original file to open.',
    );
  return {
    fileName: file.fileName ?? `proposal.${file.format}`,
    mimeType: MIME_TYPES[file.format],
    sha256: file.sha256,
    contentBase64: file.original.toString('base64'),
  };
};
