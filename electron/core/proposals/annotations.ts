import { AppError, fieldError, type ProposalAnnotation } from '../../../shared/contract';
import {
  deleteProposalAnnotation,
  findProposalAnnotation,
  insertProposalAnnotation,
  insertProposalReply,
  updateProposalAnnotation,
} from '../../../db/repositories/proposals';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { activeBehaviour, recordObservation } from '../services/observations';
import { annotationAbout, proposalChanged, quoteAt, requireVersion, toAnnotation } from './assemble';

function requireAnnotation(ctx: ReadContext, id: string) {
  const annotation = findProposalAnnotation(ctx.db, id);
  const found = annotation ? requireVersion(ctx, annotation.versionId) : null;
  if (!annotation || !found || !accessOf(ctx).canRead(annotationAbout(found.review, annotation)))
    throw new AppError('NOT_FOUND', 'That annotation no longer exists.', { id });
  return { annotation, ...found };
}

function answer(ctx: ReadContext, id: string): ProposalAnnotation {
  return toAnnotation(findProposalAnnotation(ctx.db, id)!);
}

export const annotateProposal: Handler<'proposals.annotate'> = (input, ctx) => {
  const { review, version } = requireVersion(ctx, input.versionId);
  const access = accessOf(ctx);
  const authorId = access.viewer?.id ?? null;
  access.requireWrite({ repId: review.repId, visibility: input.visibility, authorId }, 'An annotation');
  // Everything on a private review stays private: a shared observation would name it in its source.
  if (review.visibility === 'private' && input.visibility === 'shared')
    throw fieldError(
      'INVALID_INPUT',
      ['visibility'],
      'This proposal review is private, so its annotations are private too.',
    );
  const quote = quoteAt(version.plainText, input.range, ['range']);
  if (input.behaviourId !== null) activeBehaviour(ctx, input.behaviourId);
  const observation =
    input.behaviourId === null
      ? null
      : recordObservation(ctx, {
          repId: review.repId,
          behaviourId: input.behaviourId,
          observedOn: review.date,
          level: input.level,
          verdict: null,
          evidence: quote,
          // The passage is held by the annotation (its version and range), which points at the observation.
          anchor: null,
          comment:
            [input.comment, input.suggestedRewrite && `Suggested rewrite: ${input.suggestedRewrite}`]
              .filter(Boolean)
              .join('\n') || null,
          sourceKind: 'proposal',
          sourceId: review.id,
          visibility: input.visibility,
        });
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertProposalAnnotation(ctx.db, {
    id,
    versionId: version.id,
    authorId,
    start: input.range.start,
    end: input.range.end,
    quote,
    comment: input.comment,
    suggestedRewrite: input.suggestedRewrite,
    behaviourId: input.behaviourId,
    level: input.level,
    observationId: observation?.id ?? null,
    visibility: input.visibility,
    resolved: 0,
    needsRecheck: 0,
    carriedFromId: null,
    createdAt: now,
    updatedAt: now,
  });
  proposalChanged(ctx, review);
  return answer(ctx, id);
};

function requireWritableAnnotation(ctx: HandlerContext, id: string, what: string) {
  const found = requireAnnotation(ctx, id);
  accessOf(ctx).requireWrite(annotationAbout(found.review, found.annotation), what);
  return found;
}

/** A re-check done: the annotation is placed on the passage of the new version it now applies to. */
export const reanchorProposalAnnotation: Handler<'proposals.reanchor'> = (input, ctx) => {
  const { annotation, review, version } = requireWritableAnnotation(
    ctx,
    input.annotationId,
    'This annotation',
  );
  const quote = quoteAt(version.plainText, input.range, ['range']);
  updateProposalAnnotation(ctx.db, annotation.id, {
    start: input.range.start,
    end: input.range.end,
    quote,
    needsRecheck: 0,
    updatedAt: nowIso(ctx.clock),
  });
  proposalChanged(ctx, review);
  return answer(ctx, annotation.id);
};

/** Anyone who reads an annotation may answer it: the rep first of all. */
export const replyToProposalAnnotation: Handler<'proposals.reply'> = (input, ctx) => {
  const { annotation, review } = requireAnnotation(ctx, input.annotationId);
  const access = accessOf(ctx);
  if (access.viewer === null)
    throw new AppError('FORBIDDEN', 'Say who you are (Settings › Who is using Coachbench) before replying.');
  insertProposalReply(ctx.db, {
    id: ctx.newId(),
    annotationId: annotation.id,
    authorId: access.viewer.id,
    text: input.text,
    createdAt: nowIso(ctx.clock),
  });
  proposalChanged(ctx, review);
  return answer(ctx, annotation.id);
};

/** Resolving is for whoever may change the annotation, and for the rep it is about (who made the fix). */
export const resolveProposalAnnotation: Handler<'proposals.resolve'> = (input, ctx) => {
  const { annotation, review } = requireAnnotation(ctx, input.annotationId);
  const access = accessOf(ctx);
  if (access.viewer?.id !== review.repId)
    access.requireWrite(annotationAbout(review, annotation), 'This annotation');
  updateProposalAnnotation(ctx.db, annotation.id, {
    resolved: input.resolved ? 1 : 0,
    updatedAt: nowIso(ctx.clock),
  });
  proposalChanged(ctx, review);
  return answer(ctx, annotation.id);
};

export const deleteProposalAnnotationHandler: Handler<'proposals.deleteAnnotation'> = (input, ctx) => {
  const { annotation, review } = requireWritableAnnotation(ctx, input.annotationId, 'This annotation');
  deleteProposalAnnotation(ctx.db, annotation.id);
  proposalChanged(ctx, review);
  return { id: annotation.id };
};
