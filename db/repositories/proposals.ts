import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ProposalFormat, ProposalSummary, RichTextDoc } from '../../shared/contract';
import type { ChecklistKey, ChecklistRating } from '../../shared/domain/proposal-checklist';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import {
  behaviours,
  people,
  proposalAnnotationReplies,
  proposalAnnotations,
  proposalChecklistLines,
  proposalReviews,
  proposalVersions,
} from '../schema';

export type ProposalReviewRow = typeof proposalReviews.$inferSelect;

export function findProposalReview(db: ReadableDB, id: string): ProposalReviewRow | undefined {
  return db.select().from(proposalReviews).where(eq(proposalReviews.id, id)).get();
}

export function insertProposalReview(db: WritableDB, row: typeof proposalReviews.$inferInsert): void {
  db.insert(proposalReviews).values(row).run();
}

export function updateProposalReview(
  db: WritableDB,
  id: string,
  changes: Partial<Omit<ProposalReviewRow, 'id' | 'repId' | 'authorId' | 'createdAt'>>,
): void {
  db.update(proposalReviews).set(changes).where(eq(proposalReviews.id, id)).run();
}

// The versions' count and latest label ride along: the list shows them, one statement for the list.
const SUMMARY = `SELECT r.id, r.rep_id AS repId, p.name AS repName, r.author_id AS authorId, r.title, r.account,
    r.deal, r.value, r.currency, r.date, r.visibility, r.created_at AS createdAt, r.updated_at AS updatedAt,
    r.revision,
    (SELECT count(*) FROM proposal_versions v WHERE v.review_id = r.id) AS versionCount,
    (SELECT v.label FROM proposal_versions v WHERE v.review_id = r.id ORDER BY v.number DESC LIMIT 1) AS latestVersionLabel
  FROM proposal_reviews r JOIN people p ON p.id = r.rep_id`;

/** Every proposal review (of one rep, or one by id), newest first; the caller applies the visibility rule. */
export function listProposalSummaries(
  db: ReadableDB,
  filter: { repId?: string; id?: string },
): ProposalSummary[] {
  const sqlText = filter.id
    ? `${SUMMARY} WHERE r.id = ?`
    : filter.repId
      ? `${SUMMARY} WHERE r.rep_id = ? ORDER BY r.date DESC, r.created_at DESC`
      : `${SUMMARY} ORDER BY r.date DESC, r.created_at DESC`;
  const params = filter.id ? [filter.id] : filter.repId ? [filter.repId] : [];
  return prepared<ProposalSummary>(db, sqlText).all(...params);
}

export type ProposalVersionRow = Omit<typeof proposalVersions.$inferSelect, 'original'>;
export type ProposalVersionMeta = Pick<
  ProposalVersionRow,
  'id' | 'number' | 'label' | 'format' | 'fileName' | 'sha256' | 'size' | 'createdAt'
>;

const VERSION_META = {
  id: proposalVersions.id,
  number: proposalVersions.number,
  label: proposalVersions.label,
  format: proposalVersions.format,
  fileName: proposalVersions.fileName,
  sha256: proposalVersions.sha256,
  size: proposalVersions.size,
  createdAt: proposalVersions.createdAt,
};

export function listProposalVersions(db: ReadableDB, reviewId: string): ProposalVersionMeta[] {
  return db
    .select(VERSION_META)
    .from(proposalVersions)
    .where(eq(proposalVersions.reviewId, reviewId))
    .orderBy(asc(proposalVersions.number))
    .all();
}

/** A version with its document and text, without the original file's bytes. */
export function findProposalVersion(
  db: ReadableDB,
  id: string,
): (ProposalVersionRow & { format: ProposalFormat }) | undefined {
  return db
    .select({
      ...VERSION_META,
      reviewId: proposalVersions.reviewId,
      document: proposalVersions.document,
      plainText: proposalVersions.plainText,
      pageStarts: proposalVersions.pageStarts,
      warnings: proposalVersions.warnings,
    })
    .from(proposalVersions)
    .where(eq(proposalVersions.id, id))
    .get();
}

export function findProposalOriginal(
  db: ReadableDB,
  id: string,
):
  | { fileName: string | null; sha256: string | null; format: ProposalFormat; original: Buffer | null }
  | undefined {
  return db
    .select({
      fileName: proposalVersions.fileName,
      sha256: proposalVersions.sha256,
      format: proposalVersions.format,
      original: proposalVersions.original,
    })
    .from(proposalVersions)
    .where(eq(proposalVersions.id, id))
    .get();
}

export function latestProposalVersionId(db: ReadableDB, reviewId: string): string | undefined {
  return db
    .select({ id: proposalVersions.id })
    .from(proposalVersions)
    .where(eq(proposalVersions.reviewId, reviewId))
    .orderBy(desc(proposalVersions.number))
    .limit(1)
    .get()?.id;
}

export function insertProposalVersion(
  db: WritableDB,
  row: Omit<typeof proposalVersions.$inferInsert, 'document'> & { document: RichTextDoc },
): void {
  db.insert(proposalVersions).values(row).run();
}

export interface ProposalAnnotationRecord {
  id: string;
  versionId: string;
  authorId: string | null;
  authorName: string | null;
  start: number | null;
  end: number | null;
  quote: string;
  comment: string | null;
  suggestedRewrite: string | null;
  behaviourId: string | null;
  behaviourName: string | null;
  level: number | null;
  observationId: string | null;
  visibility: 'private' | 'shared';
  resolved: boolean;
  needsRecheck: boolean;
  carriedFromId: string | null;
  replies: {
    id: string;
    authorId: string | null;
    authorName: string | null;
    text: string;
    createdAt: string;
  }[];
  createdAt: string;
}

const annotationColumns = {
  id: proposalAnnotations.id,
  versionId: proposalAnnotations.versionId,
  authorId: proposalAnnotations.authorId,
  authorName: people.name,
  start: proposalAnnotations.start,
  end: proposalAnnotations.end,
  quote: proposalAnnotations.quote,
  comment: proposalAnnotations.comment,
  suggestedRewrite: proposalAnnotations.suggestedRewrite,
  behaviourId: proposalAnnotations.behaviourId,
  behaviourName: behaviours.name,
  level: proposalAnnotations.level,
  observationId: proposalAnnotations.observationId,
  visibility: proposalAnnotations.visibility,
  resolved: proposalAnnotations.resolved,
  needsRecheck: proposalAnnotations.needsRecheck,
  carriedFromId: proposalAnnotations.carriedFromId,
  createdAt: proposalAnnotations.createdAt,
  // The thread rides along, oldest first: whoever reads the annotation reads its replies.
  replies: sql<string>`(SELECT coalesce(json_group_array(json_object('id', r.id, 'authorId', r.author_id, 'authorName', rp.name, 'text', r.text, 'createdAt', r.created_at)), '[]') FROM (SELECT * FROM proposal_annotation_replies WHERE annotation_id = ${proposalAnnotations.id} ORDER BY created_at, rowid) r LEFT JOIN people rp ON rp.id = r.author_id)`,
};

type AnnotationSelect = {
  [K in keyof typeof annotationColumns]: K extends 'replies' ? string : unknown;
};

function toAnnotation(row: AnnotationSelect): ProposalAnnotationRecord {
  return {
    ...(row as unknown as ProposalAnnotationRecord),
    resolved: row.resolved === 1,
    needsRecheck: row.needsRecheck === 1,
    replies: JSON.parse(row.replies) as ProposalAnnotationRecord['replies'],
  };
}

/** A version's annotations in reading order (re-checks, which have no place, last). */
export function listProposalAnnotations(db: ReadableDB, versionId: string): ProposalAnnotationRecord[] {
  return db
    .select(annotationColumns)
    .from(proposalAnnotations)
    .leftJoin(people, eq(people.id, proposalAnnotations.authorId))
    .leftJoin(behaviours, eq(behaviours.id, proposalAnnotations.behaviourId))
    .where(eq(proposalAnnotations.versionId, versionId))
    .orderBy(
      sql`${proposalAnnotations.start} IS NULL`,
      asc(proposalAnnotations.start),
      asc(proposalAnnotations.createdAt),
    )
    .all()
    .map((row) => toAnnotation(row as AnnotationSelect));
}

export function findProposalAnnotation(db: ReadableDB, id: string): ProposalAnnotationRecord | undefined {
  const row = db
    .select(annotationColumns)
    .from(proposalAnnotations)
    .leftJoin(people, eq(people.id, proposalAnnotations.authorId))
    .leftJoin(behaviours, eq(behaviours.id, proposalAnnotations.behaviourId))
    .where(eq(proposalAnnotations.id, id))
    .get();
  return row ? toAnnotation(row as AnnotationSelect) : undefined;
}

export function insertProposalAnnotation(db: WritableDB, row: typeof proposalAnnotations.$inferInsert): void {
  db.insert(proposalAnnotations).values(row).run();
}

export function updateProposalAnnotation(
  db: WritableDB,
  id: string,
  changes: Partial<
    Pick<
      typeof proposalAnnotations.$inferInsert,
      'start' | 'end' | 'quote' | 'resolved' | 'needsRecheck' | 'observationId' | 'updatedAt'
    >
  >,
): void {
  db.update(proposalAnnotations).set(changes).where(eq(proposalAnnotations.id, id)).run();
}

export function deleteProposalAnnotation(db: WritableDB, id: string): void {
  db.delete(proposalAnnotations).where(eq(proposalAnnotations.id, id)).run();
}

export function insertProposalReply(
  db: WritableDB,
  row: typeof proposalAnnotationReplies.$inferInsert,
): void {
  db.insert(proposalAnnotationReplies).values(row).run();
}

export interface ChecklistRow {
  key: ChecklistKey;
  rating: ChecklistRating | null;
  note: string | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  behaviourId: string | null;
  behaviourName: string | null;
  observationId: string | null;
}

export function listChecklistLines(db: ReadableDB, versionId: string): ChecklistRow[] {
  return db
    .select({
      key: proposalChecklistLines.question,
      rating: proposalChecklistLines.rating,
      note: proposalChecklistLines.note,
      anchorStart: proposalChecklistLines.anchorStart,
      anchorEnd: proposalChecklistLines.anchorEnd,
      behaviourId: proposalChecklistLines.behaviourId,
      behaviourName: behaviours.name,
      observationId: proposalChecklistLines.observationId,
    })
    .from(proposalChecklistLines)
    .leftJoin(behaviours, eq(behaviours.id, proposalChecklistLines.behaviourId))
    .where(eq(proposalChecklistLines.versionId, versionId))
    .all();
}

export function replaceChecklistLine(db: WritableDB, row: typeof proposalChecklistLines.$inferInsert): void {
  db.insert(proposalChecklistLines)
    .values(row)
    .onConflictDoUpdate({
      target: [proposalChecklistLines.versionId, proposalChecklistLines.question],
      set: {
        rating: row.rating ?? null,
        note: row.note ?? null,
        anchorStart: row.anchorStart ?? null,
        anchorEnd: row.anchorEnd ?? null,
        behaviourId: row.behaviourId ?? null,
        observationId: row.observationId ?? null,
        updatedAt: row.updatedAt,
      },
    })
    .run();
}

export function deleteChecklistLine(db: WritableDB, versionId: string, key: ChecklistKey): void {
  db.delete(proposalChecklistLines)
    .where(and(eq(proposalChecklistLines.versionId, versionId), eq(proposalChecklistLines.question, key)))
    .run();
}
