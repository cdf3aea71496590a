import {
  AppError,
  type ChecklistLine,
  fieldError,
  type ProposalAnnotation,
  type ProposalDetail,
  type ProposalSummary,
} from '../../../shared/contract';
import { CHECKLIST_QUESTIONS, compareChecklists } from '../../../shared/domain/proposal-checklist';
import { proposalSignals } from '../../../shared/domain/proposal-checklist';
import {
  findProposalVersion,
  latestProposalVersionId,
  listChecklistLines,
  listProposalAnnotations,
  listProposalSummaries,
  listProposalVersions,
  type ProposalAnnotationRecord,
  type ProposalVersionRow,
} from '../../../db/repositories/proposals';
import type { HandlerContext, ReadContext } from '../context';
import { accessOf } from '../services/access';

/** A review the viewer may read; one private to someone else, or about a rep they do not see, is not there. */
export function requireProposal(ctx: ReadContext, id: string): ProposalSummary {
  const review = listProposalSummaries(ctx.db, { id })[0];
  if (!review || !accessOf(ctx).canRead(review))
    throw new AppError('NOT_FOUND', 'That proposal review no longer exists.', { id });
  return review;
}

/** A review the viewer may change: their own, or a shared one about a rep they manage. */
export function requireWritableProposal(ctx: ReadContext, id: string): ProposalSummary {
  const review = requireProposal(ctx, id);
  accessOf(ctx).requireWrite(review, 'This proposal review');
  return review;
}

export type VersionRow = NonNullable<ReturnType<typeof findProposalVersion>>;

export function requireVersion(
  ctx: ReadContext,
  versionId: string,
  at: string[] = ['versionId'],
): {
  review: ProposalSummary;
  version: VersionRow;
} {
  const version = findProposalVersion(ctx.db, versionId);
  if (!version) throw fieldError('NOT_FOUND', at, 'That version of the proposal no longer exists.');
  return { review: requireProposal(ctx, version.reviewId), version };
}

/** An annotation is about the review's rep; its own visibility and author decide who reads it. */
export function annotationAbout(
  review: ProposalSummary,
  a: { visibility: 'private' | 'shared'; authorId: string | null },
) {
  return { repId: review.repId, visibility: a.visibility, authorId: a.authorId };
}

export function visibleAnnotations(
  ctx: ReadContext,
  review: ProposalSummary,
  versionId: string,
): ProposalAnnotation[] {
  const access = accessOf(ctx);
  return listProposalAnnotations(ctx.db, versionId)
    .filter((a) => access.canRead(annotationAbout(review, a)))
    .map(toAnnotation);
}

export function toAnnotation(a: ProposalAnnotationRecord): ProposalAnnotation {
  return { ...a, level: a.level as ProposalAnnotation['level'] };
}

/** The checklist of a version, every question in order (unrated ones with a null rating). */
export function checklistOf(
  ctx: ReadContext,
  version: Pick<ProposalVersionRow, 'id' | 'plainText'>,
): ChecklistLine[] {
  const rows = new Map(listChecklistLines(ctx.db, version.id).map((r) => [r.key, r]));
  return CHECKLIST_QUESTIONS.map(({ key, question }) => {
    const row = rows.get(key);
    return {
      key,
      question,
      rating: row?.rating ?? null,
      note: row?.note ?? null,
      behaviourId: row?.behaviourId ?? null,
      behaviourName: row?.behaviourName ?? null,
      observationId: row?.observationId ?? null,
      anchor:
        row && row.anchorStart !== null && row.anchorEnd !== null
          ? {
              start: row.anchorStart,
              end: row.anchorEnd,
              quote: version.plainText.slice(row.anchorStart, row.anchorEnd),
            }
          : null,
    };
  });
}

export function assembleProposal(ctx: ReadContext, id: string, versionId?: string): ProposalDetail {
  const review = requireProposal(ctx, id);
  const versions = listProposalVersions(ctx.db, review.id);
  const chosenId = versionId ?? latestProposalVersionId(ctx.db, review.id);
  const version = chosenId === undefined ? undefined : findProposalVersion(ctx.db, chosenId);
  if (!version || version.reviewId !== review.id)
    throw fieldError('NOT_FOUND', ['versionId'], 'That version of the proposal no longer exists.');
  const checklist = checklistOf(ctx, version);
  const previous = versions.filter((v) => v.number < version.number).at(-1);
  const previousChecklist = previous ? checklistOf(ctx, { id: previous.id, plainText: '' }) : null;
  const rated = (lines: ChecklistLine[]) =>
    lines.flatMap((l) => (l.rating === null ? [] : [{ key: l.key, rating: l.rating }]));
  return {
    review,
    versions,
    version: {
      id: version.id,
      number: version.number,
      label: version.label,
      format: version.format,
      fileName: version.fileName,
      sha256: version.sha256,
      size: version.size,
      createdAt: version.createdAt,
      document: version.document,
      pageStarts: version.pageStarts,
      warnings: version.warnings,
      signals: proposalSignals(version.plainText, review.account),
    },
    annotations: visibleAnnotations(ctx, review, version.id),
    checklist,
    checklistComparison: previousChecklist
      ? compareChecklists(rated(previousChecklist), rated(checklist))
      : null,
  };
}

export function proposalChanged(ctx: HandlerContext, review: { id: string; repId: string }): void {
  ctx.emit('proposals.changed', { ids: [review.id], repIds: [review.repId] });
}

/** The exact words of [start, end) in a version's text, refused when outside it or blank. */
export function quoteAt(
  plainText: string,
  range: { start: number; end: number },
  at: (string | number)[],
): string {
  if (range.end > plainText.length)
    throw fieldError(
      'INVALID_INPUT',
      at,
      `The selection ends at character ${range.end}, past the end of this version (${plainText.length} characters).`,
    );
  const quote = plainText.slice(range.start, range.end);
  if (quote.trim() === '')
    throw fieldError('INVALID_INPUT', at, 'Select some words of the proposal to annotate.');
  return quote;
}
