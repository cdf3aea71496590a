import { eq, sql } from 'drizzle-orm';
import type { Anchor, AnnotationType, Observation, SourceKind } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { observations } from '../schema';

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
}

// Hand-written and prepared once per shape of filter (db/prepared.ts): this list is on every rep page,
// the prep brief, a one-to-one's focus evidence and a call review, and drizzle rebuilding it on every
// read cost more than running it.
const OBSERVATION_COLUMNS = `o.id, o.rep_id AS repId, rep.name AS repName, o.behaviour_id AS behaviourId,
  o.behaviour_name_then AS behaviourNameThen, b.name AS behaviourName, b.competency_id AS competencyId,
  o.observed_on AS observedOn, o.level, o.verdict, o.evidence, o.anchor, o.anchor_state AS anchorState,
  o.annotation_type AS annotationType, o.comment, o.source_kind AS sourceKind, o.source_id AS sourceId,
  CASE o.source_kind
    WHEN 'note' THEN (SELECT n.title FROM notes n WHERE n.id = o.source_id)
    WHEN 'one-on-one' THEN (SELECT 'One-to-one on ' || m.date FROM one_on_ones m WHERE m.id = o.source_id)
    WHEN 'call-review' THEN (SELECT 'Call with ' || c.account || ' on ' || c.date FROM call_reviews c WHERE c.id = o.source_id)
    ELSE NULL END AS sourceTitle,
  o.author_id AS authorId, author.name AS authorName, o.visibility, o.created_at AS createdAt,
  o.updated_at AS updatedAt, o.revision`;

type ObservationSqlRow = Omit<Observation, 'stageIds' | 'anchor'> & { anchor: string | null };

/** Every behaviour's stages, in stage order: one small read instead of a subquery per observation. */
function stageIdsByBehaviour(db: ReadableDB): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of prepared<{ behaviourId: string; stageId: string }>(
    db,
    'SELECT bs.behaviour_id AS behaviourId, bs.stage_id AS stageId FROM behaviour_stages bs JOIN stages s ON s.id = bs.stage_id ORDER BY s.position',
  ).all()) {
    const ids = map.get(row.behaviourId);
    if (ids) ids.push(row.stageId);
    else map.set(row.behaviourId, [row.stageId]);
  }
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
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
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
  if (filter.ids) {
    // One statement per list length would fill the cache with shapes: a JSON array is one parameter.
    add('o.id IN (SELECT value FROM json_each(?))', JSON.stringify(filter.ids));
  }
  const sql = `SELECT ${OBSERVATION_COLUMNS}
    FROM observations o JOIN people rep ON rep.id = o.rep_id JOIN behaviours b ON b.id = o.behaviour_id
    LEFT JOIN people author ON author.id = o.author_id
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY o.observed_on DESC, o.created_at DESC LIMIT ?`;
  // LIMIT -1: every match.
  const rows = prepared<ObservationSqlRow>(db, sql).all(...params, filter.limit ?? -1);
  if (rows.length === 0) return [];
  const stages = stageIdsByBehaviour(db);
  return rows.map((row) => ({
    ...row,
    stageIds: stages.get(row.behaviourId) ?? [],
    anchor: row.anchor === null ? null : (JSON.parse(row.anchor) as Anchor),
    sourceKind: row.sourceKind as SourceKind,
  }));
}

/** Each behaviour's most recent level on or before `to`, for one rep (behaviours never rated are absent). */
export function latestLevelsBefore(
  db: ReadableDB,
  repId: string,
  behaviourIds: string[],
  to: string,
): Map<string, number> {
  if (behaviourIds.length === 0) return new Map();
  const rows = prepared<{ behaviourId: string; level: number }>(
    db,
    `SELECT behaviourId, level FROM (
       SELECT o.behaviour_id AS behaviourId, o.level,
         row_number() OVER (PARTITION BY o.behaviour_id ORDER BY o.observed_on DESC, o.created_at DESC) AS latest
       FROM observations o
       WHERE o.rep_id = ? AND o.observed_on <= ? AND o.level IS NOT NULL
         AND o.behaviour_id IN (SELECT value FROM json_each(?)))
     WHERE latest = 1`,
  ).all(repId, to, JSON.stringify(behaviourIds));
  return new Map(rows.map((r) => [r.behaviourId, r.level]));
}

export function findObservation(db: ReadableDB, id: string): Observation | undefined {
  return listObservations(db, { ids: [id], limit: 1 })[0];
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

/**
 * Observations anchored by a tag mark in one document, with what they last quoted. A mark's anchor always
 * names the observation's own source document (recordObservation refuses anything else), so the
 * (source_kind, source_id) index finds them: every autosave used to scan the whole team's observations.
 */
export function anchoredObservationsOf(
  db: ReadableDB,
  documentId: string,
  part: 'body' | 'shared' | 'private' = 'body',
): { id: string; evidence: string | null; anchorState: ObservationRow['anchorState']; repId: string }[] {
  return prepared<{
    id: string;
    evidence: string | null;
    anchorState: ObservationRow['anchorState'];
    repId: string;
  }>(
    db,
    // anchor_document_id and anchor_part are written from the anchor on insert (anchorColumns), and indexed.
    'SELECT id, evidence, anchor_state AS anchorState, rep_id AS repId FROM observations WHERE anchor_document_id = ? AND anchor_part = ?',
  ).all(documentId, part);
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
