import { and, eq, sql } from 'drizzle-orm';
import type { Deal, DealAnswer, DealContact, DealHistoryEntry } from '../../shared/contract/deals';
import type { Visibility } from '../../shared/domain/visibility';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { dealAnswers, dealContacts, type dealHistory, dealLinks, deals, stageExitCriteria } from '../schema';

export type DealRow = typeof deals.$inferSelect;
export type DealHistoryRow = typeof dealHistory.$inferSelect;
export type DealAnswerRow = typeof dealAnswers.$inferSelect;
export type DealContactRow = typeof dealContacts.$inferSelect;

/** What a deal filter can say; every field narrows, none means every deal. */
export interface DealFilter {
  ids?: readonly string[];
  repId?: string;
  repIds?: readonly string[];
  outcome?: 'open' | 'won' | 'lost';
}

const DEAL_COLUMNS = `d.id, d.rep_id AS repId, p.name AS repName, d.account, d.name, d.value_minor AS valueMinor,
  d.currency, d.segment, d.product, d.stage_id AS stageId, s.name AS stageName, s.position AS stagePosition,
  d.expected_close_on AS expectedCloseOn, d.forecast_category AS forecastCategory, d.next_step AS nextStep,
  d.next_step_on AS nextStepOn, d.next_step_owner AS nextStepOwner, d.crm_source AS crmSource,
  d.crm_id AS crmId, d.outcome, d.closed_on AS closedOn, d.opened_on AS openedOn, d.notes,
  (SELECT count(*) FROM deal_history h
    WHERE h.deal_id = d.id AND h.field = 'close-date' AND h.from_value IS NOT NULL) AS closeDateMoves,
  d.revision`;

/** Deals as the contract shows them, soonest expected close first. Prepared once per filter shape. */
export function listDeals(db: ReadableDB, filter: DealFilter): Omit<Deal, 'flags'>[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.ids) {
    clauses.push('d.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.ids));
  }
  if (filter.repId) {
    clauses.push('d.rep_id = ?');
    params.push(filter.repId);
  }
  if (filter.repIds) {
    clauses.push('d.rep_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.repIds));
  }
  if (filter.outcome) {
    clauses.push('d.outcome = ?');
    params.push(filter.outcome);
  }
  return prepared<Omit<Deal, 'flags'>>(
    db,
    `SELECT ${DEAL_COLUMNS}
     FROM deals d JOIN people p ON p.id = d.rep_id JOIN stages s ON s.id = d.stage_id
     ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
     ORDER BY coalesce(d.expected_close_on, '9999'), d.account, d.name, d.id`,
  ).all(...params);
}

export function findDeal(db: ReadableDB, id: string): Omit<Deal, 'flags'> | undefined {
  return listDeals(db, { ids: [id] })[0];
}

export function findDealRow(db: ReadableDB, id: string): DealRow | undefined {
  return db.select().from(deals).where(eq(deals.id, id)).get();
}

const DEAL_ROW_COLUMNS = `id, rep_id AS repId, account, name, value_minor AS valueMinor, currency, segment, product,
  stage_id AS stageId, expected_close_on AS expectedCloseOn, forecast_category AS forecastCategory,
  next_step AS nextStep, next_step_on AS nextStepOn, next_step_owner AS nextStepOwner, crm_source AS crmSource,
  crm_id AS crmId, outcome, closed_on AS closedOn, opened_on AS openedOn, notes, created_at AS createdAt,
  updated_at AS updatedAt, revision`;

// Prepared once: an import looks up every row's CRM id (10,000 rows in one transaction).
export function findDealByCrmId(db: ReadableDB, crmSource: string, crmId: string): DealRow | undefined {
  return prepared<DealRow>(
    db,
    `SELECT ${DEAL_ROW_COLUMNS} FROM deals WHERE crm_source = ? AND crm_id = ?`,
  ).get(crmSource, crmId);
}

const INSERT_DEAL = `INSERT INTO deals (id, rep_id, account, name, value_minor, currency, segment, product, stage_id,
  expected_close_on, forecast_category, next_step, next_step_on, next_step_owner, crm_source, crm_id, outcome,
  closed_on, opened_on, notes, created_at, updated_at, revision)
  VALUES (@id, @repId, @account, @name, @valueMinor, @currency, @segment, @product, @stageId, @expectedCloseOn,
  @forecastCategory, @nextStep, @nextStepOn, @nextStepOwner, @crmSource, @crmId, @outcome, @closedOn, @openedOn,
  @notes, @createdAt, @updatedAt, @revision)`;

// Prepared once, for the same reason as findDealByCrmId.
export function insertDeal(db: WritableDB, row: DealRow): void {
  prepared(db, INSERT_DEAL).run(row);
}

export function updateDealRow(
  db: WritableDB,
  id: string,
  changes: Partial<Omit<DealRow, 'id' | 'revision' | 'createdAt'>>,
): void {
  db.update(deals)
    .set({ ...changes, revision: sql`${deals.revision} + 1` })
    .where(eq(deals.id, id))
    .run();
}

/** Every fact of a deal from an import, prepared once (see insertDeal). */
export function overwriteDeal(
  db: WritableDB,
  row: Omit<DealRow, 'createdAt' | 'revision' | 'crmSource' | 'crmId' | 'openedOn' | 'nextStepOwner'>,
): void {
  prepared(
    db,
    `UPDATE deals SET rep_id = @repId, account = @account, name = @name, value_minor = @valueMinor,
       currency = @currency, segment = @segment, product = @product, stage_id = @stageId,
       expected_close_on = @expectedCloseOn, forecast_category = @forecastCategory, next_step = @nextStep,
       next_step_on = @nextStepOn, outcome = @outcome, closed_on = @closedOn, notes = @notes,
       updated_at = @updatedAt, revision = revision + 1
     WHERE id = @id`,
  ).run(row);
}

export function insertDealHistory(db: WritableDB, row: DealHistoryRow): void {
  prepared(
    db,
    `INSERT INTO deal_history (id, deal_id, field, from_value, to_value, changed_on, author_id, reason, created_at)
     VALUES (@id, @dealId, @field, @fromValue, @toValue, @changedOn, @authorId, @reason, @createdAt)`,
  ).run(row);
}

/** A deal's history, oldest first (the order the changes were recorded in on the same day). */
export function listDealHistory(
  db: ReadableDB,
  dealIds: readonly string[],
): (DealHistoryEntry & { dealId: string })[] {
  return prepared<DealHistoryEntry & { dealId: string }>(
    db,
    `SELECT h.id, h.deal_id AS dealId, h.field, h.from_value AS fromValue, h.to_value AS toValue,
       h.changed_on AS changedOn, h.author_id AS authorId, p.name AS authorName, h.reason
     FROM deal_history h LEFT JOIN people p ON p.id = h.author_id
     WHERE h.deal_id IN (SELECT value FROM json_each(?))
     ORDER BY h.deal_id, h.changed_on, h.created_at, h.id`,
  ).all(JSON.stringify(dealIds));
}

/** A link with what the visibility rule needs to know about its target, and what it shows. */
export interface DealLinkRow {
  id: string;
  dealId: string;
  kind: 'call-review' | 'proposal-review' | 'note';
  targetId: string;
  title: string | null;
  date: string | null;
  targetRepId: string | null;
  targetVisibility: Visibility | null;
  targetAuthorId: string | null;
}

export function listDealLinks(
  db: ReadableDB,
  where: { dealIds?: readonly string[]; target?: { kind: string; id: string } },
): DealLinkRow[] {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (where.dealIds) {
    clauses.push('l.deal_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(where.dealIds));
  }
  if (where.target) {
    clauses.push('l.kind = ? AND l.target_id = ?');
    params.push(where.target.kind, where.target.id);
  }
  return prepared<DealLinkRow>(
    db,
    `SELECT l.id, l.deal_id AS dealId, l.kind, l.target_id AS targetId,
       CASE l.kind
         WHEN 'call-review' THEN (SELECT c.account || coalesce(' — ' || c.deal, '') FROM call_reviews c WHERE c.id = l.target_id)
         WHEN 'note' THEN (SELECT n.title FROM notes n WHERE n.id = l.target_id)
       END AS title,
       CASE l.kind
         WHEN 'call-review' THEN (SELECT c.date FROM call_reviews c WHERE c.id = l.target_id)
         WHEN 'note' THEN (SELECT substr(n.updated_at, 1, 10) FROM notes n WHERE n.id = l.target_id)
       END AS date,
       CASE l.kind
         WHEN 'call-review' THEN (SELECT c.rep_id FROM call_reviews c WHERE c.id = l.target_id)
         WHEN 'note' THEN (SELECT n.rep_id FROM notes n WHERE n.id = l.target_id)
       END AS targetRepId,
       CASE l.kind
         WHEN 'call-review' THEN 'shared'
         WHEN 'note' THEN (SELECT n.visibility FROM notes n WHERE n.id = l.target_id)
       END AS targetVisibility,
       CASE l.kind
         WHEN 'note' THEN (SELECT n.author_id FROM notes n WHERE n.id = l.target_id)
       END AS targetAuthorId
     FROM deal_links l
     ${clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : ''}
     ORDER BY l.deal_id, l.created_at, l.id`,
  ).all(...params);
}

export function insertDealLink(db: WritableDB, row: typeof dealLinks.$inferInsert): void {
  db.insert(dealLinks).values(row).onConflictDoNothing().run();
}

export function deleteDealLink(db: WritableDB, dealId: string, linkId: string): number {
  return db
    .delete(dealLinks)
    .where(and(eq(dealLinks.id, linkId), eq(dealLinks.dealId, dealId)))
    .run().changes;
}

export function listDealAnswers(
  db: ReadableDB,
  dealIds: readonly string[],
): (DealAnswer & { dealId: string })[] {
  return prepared<DealAnswer & { dealId: string }>(
    db,
    `SELECT deal_id AS dealId, question_id AS questionId, answer, status, evidence_on AS evidenceOn,
       source_kind AS sourceKind, source_id AS sourceId, source_segment AS sourceSegment,
       source_ms AS sourceMs, updated_at AS updatedAt
     FROM deal_answers WHERE deal_id IN (SELECT value FROM json_each(?))
     ORDER BY deal_id, question_id`,
  ).all(JSON.stringify(dealIds));
}

export function upsertDealAnswer(db: WritableDB, row: DealAnswerRow): void {
  db.insert(dealAnswers)
    .values(row)
    .onConflictDoUpdate({
      target: [dealAnswers.dealId, dealAnswers.questionId],
      set: {
        answer: row.answer,
        status: row.status,
        evidenceOn: row.evidenceOn,
        sourceKind: row.sourceKind,
        sourceId: row.sourceId,
        sourceSegment: row.sourceSegment,
        sourceMs: row.sourceMs,
        authorId: row.authorId,
        updatedAt: row.updatedAt,
      },
    })
    .run();
}

export function deleteDealAnswer(db: WritableDB, dealId: string, questionId: string): void {
  db.delete(dealAnswers)
    .where(and(eq(dealAnswers.dealId, dealId), eq(dealAnswers.questionId, questionId)))
    .run();
}

export function listDealContacts(
  db: ReadableDB,
  dealIds: readonly string[],
): (DealContact & { dealId: string })[] {
  return prepared<DealContact & { dealId: string }>(
    db,
    `SELECT id, deal_id AS dealId, name, title, role, last_contact_on AS lastContactOn
     FROM deal_contacts WHERE deal_id IN (SELECT value FROM json_each(?))
     ORDER BY deal_id, position`,
  ).all(JSON.stringify(dealIds));
}

export function replaceDealContacts(db: WritableDB, dealId: string, rows: DealContactRow[]): void {
  db.delete(dealContacts).where(eq(dealContacts.dealId, dealId)).run();
  if (rows.length > 0) db.insert(dealContacts).values(rows).run();
}

export interface ExitCriterionRow {
  id: string;
  stageId: string;
  stageName: string;
  stagePosition: number;
  text: string;
  questionId: string | null;
  position: number;
}

/** Every stage's exit criteria, stages in order. */
export function listExitCriteria(db: ReadableDB): ExitCriterionRow[] {
  return prepared<ExitCriterionRow>(
    db,
    `SELECT c.id, c.stage_id AS stageId, s.name AS stageName, s.position AS stagePosition, c.text,
       c.question_id AS questionId, c.position
     FROM stage_exit_criteria c JOIN stages s ON s.id = c.stage_id
     ORDER BY s.position, c.position`,
  ).all();
}

export function replaceExitCriteria(
  db: WritableDB,
  stageId: string,
  rows: (typeof stageExitCriteria.$inferInsert)[],
): void {
  db.delete(stageExitCriteria).where(eq(stageExitCriteria.stageId, stageId)).run();
  if (rows.length > 0) db.insert(stageExitCriteria).values(rows).run();
}
