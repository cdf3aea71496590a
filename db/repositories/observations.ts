import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Anchor, AnnotationType, Observation, Reply, SourceKind } from '../../shared/contract';
import type { ReadScope } from '../../shared/domain/visibility';
import type { ReadableDB, WritableDB } from '../open';
import { behaviourStages, behaviours, observationReplies, observations, people, stages } from '../schema';

const rep = alias(people, 'rep');
const author = alias(people, 'author');

export interface ObservationRow {
  id: string;
  repId: string;
  behaviourId: string;
  behaviourNameThen: string;
  observedOn: string;
  level: number | null;
  verdict: 'strength' | 'gap' | null;
  evidence: string | null;
  anchor: Anchor | null;
  anchorState: 'anchored' | 'unanchored' | 'orphaned' | null;
  annotationType: AnnotationType | null;
  comment: string | null;
  sourceKind: SourceKind;
  sourceId: string | null;
  authorId: string | null;
  visibility: 'private' | 'shared';
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface ObservationFilter {
  repId?: string | undefined;
  behaviourId?: string | undefined;
  competencyId?: string | undefined;
  stageId?: string | undefined;
  sourceKind?: SourceKind | undefined;
  sourceId?: string | undefined;
  level?: number | undefined;
  verdict?: 'strength' | 'gap' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  ids?: string[];
  /** At most this many, newest first; without it, every match (callers bound it by rep, source or dates). */
  limit?: number | undefined;
  /**
   * Whose eyes the answer is for (the visibility rule's scope), applied before the limit; null only for
   * the core's own bookkeeping inside a write, never for an answer.
   */
  visibleTo: ReadScope | null;
}

/** `inScope` from shared/domain/visibility.ts, as SQL. */
function scopeCondition(scope: ReadScope): SQL {
  const byAuthor =
    scope.authorId === null ? isNull(observations.authorId) : eq(observations.authorId, scope.authorId);
  const shared =
    scope.sharedRepIds === null
      ? eq(observations.visibility, 'shared')
      : and(eq(observations.visibility, 'shared'), inArray(observations.repId, [...scope.sharedRepIds]));
  return or(byAuthor, shared)!;
}

// The title of whatever the observation came from, so a list can link back to it by name.
const sourceTitle = sql<string | null>`CASE ${observations.sourceKind}
  WHEN 'note' THEN (SELECT n.title FROM notes n WHERE n.id = ${observations.sourceId})
  WHEN 'one-on-one' THEN (SELECT 'One-to-one on ' || m.date FROM one_on_ones m WHERE m.id = ${observations.sourceId})
  WHEN 'call-review' THEN (SELECT 'Call with ' || c.account || ' on ' || c.date FROM call_reviews c WHERE c.id = ${observations.sourceId})
  WHEN 'role-play' THEN (SELECT 'Role-play: ' || v.title || ' on ' || a.practised_on FROM role_play_attempts a JOIN role_play_script_versions v ON v.id = a.version_id WHERE a.id = ${observations.sourceId})
  ELSE NULL END`;

// Replies ride along with the observation they answer, so whoever reads it reads them, oldest first.
const replyList = sql<string>`(SELECT coalesce(json_group_array(json_object('id', r.id, 'authorId', r.author_id, 'authorName', p.name, 'stance', r.stance, 'selfLevel', r.self_level, 'text', r.text, 'createdAt', r.created_at)), '[]') FROM (SELECT * FROM observation_replies WHERE observation_id = ${observations.id} ORDER BY created_at, rowid) r JOIN people p ON p.id = r.author_id)`;

/** The stages of each behaviour, in the stages' order: one query for a whole list of observations. */
function stageIdsOf(db: ReadableDB, behaviourIds: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (behaviourIds.length === 0) return map;
  const rows = db
    .select({ behaviourId: behaviourStages.behaviourId, stageId: behaviourStages.stageId })
    .from(behaviourStages)
    .innerJoin(stages, eq(stages.id, behaviourStages.stageId))
    .where(inArray(behaviourStages.behaviourId, behaviourIds))
    .orderBy(asc(stages.position))
    .all();
  for (const row of rows) map.set(row.behaviourId, [...(map.get(row.behaviourId) ?? []), row.stageId]);
  return map;
}

/** The anchor's document and part as plain columns, so lookups by document use an index. */
function anchorColumns(anchor: Anchor | null): {
  anchorDocumentId: string | null;
  anchorPart: 'body' | 'shared' | 'private' | 'transcript' | null;
} {
  if (anchor === null) return { anchorDocumentId: null, anchorPart: null };
  return {
    anchorDocumentId: anchor.documentId,
    anchorPart: anchor.kind === 'mark' ? (anchor.part ?? 'body') : 'transcript',
  };
}

export function listObservations(db: ReadableDB, filter: ObservationFilter): Observation[] {
  const where: SQL[] = [];
  if (filter.repId) where.push(eq(observations.repId, filter.repId));
  if (filter.behaviourId) where.push(eq(observations.behaviourId, filter.behaviourId));
  if (filter.competencyId) where.push(eq(behaviours.competencyId, filter.competencyId));
  if (filter.stageId) {
    where.push(
      sql`EXISTS (SELECT 1 FROM behaviour_stages bs WHERE bs.behaviour_id = ${observations.behaviourId} AND bs.stage_id = ${filter.stageId})`,
    );
  }
  if (filter.sourceKind) where.push(eq(observations.sourceKind, filter.sourceKind));
  if (filter.sourceId) where.push(eq(observations.sourceId, filter.sourceId));
  if (filter.level !== undefined) where.push(eq(observations.level, filter.level));
  if (filter.verdict) where.push(eq(observations.verdict, filter.verdict));
  if (filter.from) where.push(sql`${observations.observedOn} >= ${filter.from}`);
  if (filter.to) where.push(sql`${observations.observedOn} <= ${filter.to}`);
  if (filter.ids) where.push(inArray(observations.id, filter.ids));
  if (filter.visibleTo) where.push(scopeCondition(filter.visibleTo));
  const query = db
    .select({
      id: observations.id,
      repId: observations.repId,
      repName: rep.name,
      behaviourId: observations.behaviourId,
      behaviourNameThen: observations.behaviourNameThen,
      behaviourName: behaviours.name,
      competencyId: behaviours.competencyId,
      observedOn: observations.observedOn,
      level: observations.level,
      verdict: observations.verdict,
      evidence: observations.evidence,
      anchor: observations.anchor,
      anchorState: observations.anchorState,
      annotationType: observations.annotationType,
      comment: observations.comment,
      sourceKind: observations.sourceKind,
      sourceId: observations.sourceId,
      sourceTitle,
      authorId: observations.authorId,
      authorName: author.name,
      visibility: observations.visibility,
      replies: replyList,
      createdAt: observations.createdAt,
      updatedAt: observations.updatedAt,
      revision: observations.revision,
    })
    .from(observations)
    .innerJoin(rep, eq(rep.id, observations.repId))
    .innerJoin(behaviours, eq(behaviours.id, observations.behaviourId))
    .leftJoin(author, eq(author.id, observations.authorId))
    .where(and(...where))
    .orderBy(desc(observations.observedOn), desc(observations.createdAt));
  const rows = filter.limit === undefined ? query.all() : query.limit(filter.limit).all();
  const stageIds = stageIdsOf(db, [...new Set(rows.map((row) => row.behaviourId))]);
  return rows.map((row) => ({
    ...row,
    stageIds: stageIds.get(row.behaviourId) ?? [],
    replies: JSON.parse(row.replies) as Reply[],
  }));
}

/**
 * The level the rep was last rated at on a behaviour before a date, in what `visibleTo` may read
 * (observations with a verdict only are skipped), or null: one row, whatever the history holds.
 */
export function latestLevelBefore(
  db: ReadableDB,
  repId: string,
  behaviourId: string,
  before: string,
  visibleTo: ReadScope | null,
): number | null {
  return (
    db
      .select({ level: observations.level })
      .from(observations)
      .where(
        and(
          eq(observations.repId, repId),
          eq(observations.behaviourId, behaviourId),
          lt(observations.observedOn, before),
          isNotNull(observations.level),
          visibleTo ? scopeCondition(visibleTo) : undefined,
        ),
      )
      .orderBy(desc(observations.observedOn), desc(observations.createdAt))
      .limit(1)
      .get()?.level ?? null
  );
}

export function findObservation(db: ReadableDB, id: string): Observation | undefined {
  return listObservations(db, { ids: [id], limit: 1, visibleTo: null })[0];
}

export function insertObservation(db: WritableDB, row: ObservationRow): void {
  db.insert(observations)
    .values({ ...row, ...anchorColumns(row.anchor) })
    .run();
}

export function updateObservationRow(
  db: WritableDB,
  id: string,
  changes: Partial<Omit<ObservationRow, 'id' | 'createdAt' | 'revision' | 'anchor'>>,
): void {
  db.update(observations)
    .set({ ...changes, revision: sql`${observations.revision} + 1` })
    .where(eq(observations.id, id))
    .run();
}

export function deleteObservationRow(db: WritableDB, id: string): void {
  db.delete(observations).where(eq(observations.id, id)).run();
}

/** Observations anchored by a tag mark in one document, with what they last quoted. */
export function anchoredObservationsOf(
  db: ReadableDB,
  documentId: string,
  part: 'body' | 'shared' | 'private' = 'body',
) {
  return db
    .select({
      id: observations.id,
      evidence: observations.evidence,
      anchorState: observations.anchorState,
      repId: observations.repId,
    })
    .from(observations)
    .where(and(eq(observations.anchorDocumentId, documentId), eq(observations.anchorPart, part)))
    .all();
}

export function moveObservations(
  db: WritableDB,
  fromBehaviourId: string,
  toBehaviourId: string,
  updatedAt: string,
): number {
  return db
    .update(observations)
    .set({ behaviourId: toBehaviourId, updatedAt, revision: sql`${observations.revision} + 1` })
    .where(eq(observations.behaviourId, fromBehaviourId))
    .run().changes;
}

export function repIdsOfBehaviour(db: ReadableDB, behaviourId: string): string[] {
  return db
    .selectDistinct({ repId: observations.repId })
    .from(observations)
    .where(eq(observations.behaviourId, behaviourId))
    .all()
    .map((r) => r.repId);
}

export function insertReply(db: WritableDB, row: typeof observationReplies.$inferInsert): void {
  db.insert(observationReplies).values(row).run();
}
