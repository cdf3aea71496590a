import { and, desc, eq, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Anchor, AnnotationType, Observation, Reply, SourceKind } from '../../shared/contract';
import type { ReadScope } from '../../shared/domain/visibility';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { observationReplies, observations } from '../schema';

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

/** The stages of each behaviour, in the stages' order: one query for a whole list of observations. */
function stageIdsOf(db: ReadableDB, behaviourIds: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (behaviourIds.length === 0) return map;
  const rows = prepared<{ behaviourId: string; stageId: string }>(
    db,
    `SELECT bs.behaviour_id AS behaviourId, bs.stage_id AS stageId FROM behaviour_stages bs
     JOIN stages s ON s.id = bs.stage_id
     WHERE bs.behaviour_id IN (SELECT value FROM json_each(?)) ORDER BY s.position`,
  ).all(JSON.stringify(behaviourIds));
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

/**
 * `inScope` from shared/domain/visibility.ts, as hand-written SQL with the scope as parameters: the
 * viewer's own (author_id IS ?, which also matches NULL for an unclaimed workspace), or shared about a
 * rep the viewer sees (every rep when the list is null; otherwise the ids as a JSON array).
 */
const SCOPE_SQL = `(o.author_id IS ? OR (o.visibility = 'shared' AND (? IS NULL OR o.rep_id IN (SELECT value FROM json_each(?)))))`;

function scopeParams(scope: ReadScope): unknown[] {
  const reps = scope.sharedRepIds === null ? null : JSON.stringify(scope.sharedRepIds);
  return [scope.authorId, reps, reps ?? '[]'];
}

const OBSERVATION_COLUMNS = `o.id, o.rep_id AS repId, rep.name AS repName, o.behaviour_id AS behaviourId,
  o.behaviour_name_then AS behaviourNameThen, b.name AS behaviourName, b.competency_id AS competencyId,
  o.observed_on AS observedOn, o.level, o.verdict, o.evidence, o.anchor, o.anchor_state AS anchorState,
  o.annotation_type AS annotationType, o.comment, o.source_kind AS sourceKind, o.source_id AS sourceId,
  CASE o.source_kind
    WHEN 'note' THEN (SELECT n.title FROM notes n WHERE n.id = o.source_id)
    WHEN 'one-on-one' THEN (SELECT 'One-to-one on ' || m.date FROM one_on_ones m WHERE m.id = o.source_id)
    WHEN 'call-review' THEN (SELECT 'Call with ' || c.account || ' on ' || c.date FROM call_reviews c WHERE c.id = o.source_id)
    WHEN 'retrospective' THEN (SELECT 'Retrospective: ' || d.account || ', ' || d.name FROM deals d WHERE d.id = o.source_id)
    WHEN 'proposal' THEN (SELECT 'Proposal: ' || r.title FROM proposal_reviews r WHERE r.id = o.source_id)
    WHEN 'role-play' THEN (SELECT 'Role-play: ' || v.title || ' on ' || a.practised_on FROM role_play_attempts a JOIN role_play_script_versions v ON v.id = a.version_id WHERE a.id = o.source_id)
    ELSE NULL END AS sourceTitle,
  o.author_id AS authorId, author.name AS authorName, o.visibility,
  (SELECT coalesce(json_group_array(json_object('id', r.id, 'authorId', r.author_id, 'authorName', p.name, 'stance', r.stance, 'selfLevel', r.self_level, 'text', r.text, 'createdAt', r.created_at)), '[]')
     FROM (SELECT * FROM observation_replies WHERE observation_id = o.id ORDER BY created_at, rowid) r JOIN people p ON p.id = r.author_id) AS replies,
  o.created_at AS createdAt, o.updated_at AS updatedAt, o.revision`;

type ObservationSqlRow = Omit<Observation, 'anchor' | 'replies' | 'stageIds'> & {
  anchor: string | null;
  replies: string;
};

/**
 * Observations matching `filter`, newest first. Hand-written and prepared once per filter shape (the
 * rep page, a call review, the prep brief and every note save read them), with the viewer's scope as
 * parameters of the statement rather than a filter in JS, so a limit counts only what the viewer sees.
 */
export function listObservations(db: ReadableDB, filter: ObservationFilter): Observation[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    params.push(...values);
  };
  if (filter.repId) add('o.rep_id = ?', filter.repId);
  if (filter.behaviourId) add('o.behaviour_id = ?', filter.behaviourId);
  if (filter.competencyId) add('b.competency_id = ?', filter.competencyId);
  if (filter.stageId)
    add(
      'EXISTS (SELECT 1 FROM behaviour_stages bs WHERE bs.behaviour_id = o.behaviour_id AND bs.stage_id = ?)',
      filter.stageId,
    );
  if (filter.sourceKind) add('o.source_kind = ?', filter.sourceKind);
  if (filter.sourceId) add('o.source_id = ?', filter.sourceId);
  if (filter.level !== undefined) add('o.level = ?', filter.level);
  if (filter.verdict) add('o.verdict = ?', filter.verdict);
  if (filter.from) add('o.observed_on >= ?', filter.from);
  if (filter.to) add('o.observed_on <= ?', filter.to);
  if (filter.ids) add('o.id IN (SELECT value FROM json_each(?))', JSON.stringify(filter.ids));
  if (filter.visibleTo) add(SCOPE_SQL, ...scopeParams(filter.visibleTo));
  let text = `SELECT ${OBSERVATION_COLUMNS} FROM observations o
    JOIN people rep ON rep.id = o.rep_id JOIN behaviours b ON b.id = o.behaviour_id
    LEFT JOIN people author ON author.id = o.author_id
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY o.observed_on DESC, o.created_at DESC`;
  if (filter.limit !== undefined) {
    text += ' LIMIT ?';
    params.push(filter.limit);
  }
  const rows = prepared<ObservationSqlRow>(db, text).all(...params);
  const stageIds = stageIdsOf(db, [...new Set(rows.map((row) => row.behaviourId))]);
  return rows.map((row) => ({
    ...row,
    anchor: row.anchor === null ? null : (JSON.parse(row.anchor) as Anchor),
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
