import { and, asc, eq } from 'drizzle-orm';
import type { RichTextDoc } from '../../shared/contract/rich-text';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import {
  dealLosses,
  dealLossSecondaryReasons,
  retrospectiveActions,
  retrospectiveEvents,
  retrospectives,
} from '../schema';

export type DealLossRow = typeof dealLosses.$inferSelect;
export type RetrospectiveRow = typeof retrospectives.$inferSelect;
export type RetrospectiveActionRow = typeof retrospectiveActions.$inferSelect;
export type RetrospectiveEventRow = typeof retrospectiveEvents.$inferSelect;
export interface SecondaryReasonRow {
  reasonId: string;
  label: string;
}

export function findDealLoss(db: ReadableDB, dealId: string): DealLossRow | undefined {
  return db.select().from(dealLosses).where(eq(dealLosses.dealId, dealId)).get();
}

export function listSecondaryReasons(db: ReadableDB, dealId: string): SecondaryReasonRow[] {
  return db
    .select({ reasonId: dealLossSecondaryReasons.reasonId, label: dealLossSecondaryReasons.label })
    .from(dealLossSecondaryReasons)
    .where(eq(dealLossSecondaryReasons.dealId, dealId))
    .orderBy(asc(dealLossSecondaryReasons.position))
    .all();
}

export function insertDealLoss(db: WritableDB, row: DealLossRow): void {
  db.insert(dealLosses).values(row).run();
}

export function updateDealLoss(
  db: WritableDB,
  dealId: string,
  fields: Partial<Omit<DealLossRow, 'dealId' | 'createdAt'>>,
): void {
  db.update(dealLosses).set(fields).where(eq(dealLosses.dealId, dealId)).run();
}

export function replaceSecondaryReasons(db: WritableDB, dealId: string, reasons: SecondaryReasonRow[]): void {
  db.delete(dealLossSecondaryReasons).where(eq(dealLossSecondaryReasons.dealId, dealId)).run();
  reasons.forEach((r, position) => {
    db.insert(dealLossSecondaryReasons)
      .values({ dealId, ...r, position })
      .run();
  });
}

export function findRetrospective(db: ReadableDB, dealId: string): RetrospectiveRow | undefined {
  return db.select().from(retrospectives).where(eq(retrospectives.dealId, dealId)).get();
}

export function insertRetrospective(db: WritableDB, row: RetrospectiveRow): void {
  db.insert(retrospectives).values(row).run();
}

export function updateRetrospective(
  db: WritableDB,
  dealId: string,
  fields: {
    document?: RichTextDoc;
    plainText?: string;
    decisionProcess?: 'evidence' | 'assumption' | null;
    updatedAt: string;
    revision: number;
  },
): void {
  db.update(retrospectives).set(fields).where(eq(retrospectives.dealId, dealId)).run();
}

export function listRetrospectiveEvents(db: ReadableDB, dealId: string): RetrospectiveEventRow[] {
  return db
    .select()
    .from(retrospectiveEvents)
    .where(eq(retrospectiveEvents.dealId, dealId))
    .orderBy(asc(retrospectiveEvents.position))
    .all();
}

export function replaceRetrospectiveEvents(
  db: WritableDB,
  dealId: string,
  rows: RetrospectiveEventRow[],
): void {
  db.delete(retrospectiveEvents).where(eq(retrospectiveEvents.dealId, dealId)).run();
  for (const row of rows) db.insert(retrospectiveEvents).values(row).run();
}

export function listRetrospectiveActions(db: ReadableDB, dealId: string): RetrospectiveActionRow[] {
  return db
    .select()
    .from(retrospectiveActions)
    .where(eq(retrospectiveActions.dealId, dealId))
    .orderBy(asc(retrospectiveActions.position))
    .all();
}

export function replaceRetrospectiveActions(
  db: WritableDB,
  dealId: string,
  rows: RetrospectiveActionRow[],
): void {
  db.delete(retrospectiveActions).where(eq(retrospectiveActions.dealId, dealId)).run();
  for (const row of rows) db.insert(retrospectiveActions).values(row).run();
}

/** A rep's open action items from every retrospective, soonest due first (undated last). */
export function listOpenActionsOfRep(
  db: ReadableDB,
  repId: string,
): (RetrospectiveActionRow & { account: string; dealName: string })[] {
  return prepared<RetrospectiveActionRow & { account: string; dealName: string }>(
    db,
    `SELECT a.id, a.deal_id AS dealId, a.rep_id AS repId, a.text, a.owner, a.due_on AS dueOn, a.status,
       a.position, a.created_at AS createdAt, a.updated_at AS updatedAt, d.account, d.name AS dealName
     FROM retrospective_actions a JOIN deals d ON d.id = a.deal_id
     WHERE a.rep_id = ? AND a.status = 'open'
     ORDER BY coalesce(a.due_on, '9999'), a.created_at, a.id`,
  ).all(repId);
}

/** One lost deal's facts for the analytics (the deal's own columns, its loss record and retrospective). */
export interface LossFactsRow {
  dealId: string;
  repId: string;
  segment: string | null;
  valueMinor: number;
  currency: string;
  lostOn: string;
  stageId: string;
  outcome: 'competitor' | 'no-decision' | 'built-in-house' | 'unknown' | null;
  primaryReasonId: string | null;
  primaryReasonLabel: string | null;
  secondaryReasonIds: string;
  repViewReasonId: string | null;
  managerViewReasonId: string | null;
  decisionProcess: 'evidence' | 'assumption' | null;
  hasRetrospective: number;
}

/** Every lost deal of the given reps with how it was lost; one statement (the deals_rep_idx index). */
export function listLossFacts(db: ReadableDB, repIds: readonly string[]): LossFactsRow[] {
  return prepared<LossFactsRow>(
    db,
    `SELECT d.id AS dealId, d.rep_id AS repId, d.segment, d.value_minor AS valueMinor, d.currency,
       d.closed_on AS lostOn, d.stage_id AS stageId, l.outcome, l.primary_reason_id AS primaryReasonId,
       l.primary_reason_label AS primaryReasonLabel,
       (SELECT json_group_array(reason_id) FROM (SELECT s.reason_id FROM deal_loss_secondary_reasons s
         WHERE s.deal_id = d.id ORDER BY s.position)) AS secondaryReasonIds,
       l.rep_view_reason_id AS repViewReasonId, l.manager_view_reason_id AS managerViewReasonId,
       r.decision_process AS decisionProcess, r.deal_id IS NOT NULL AS hasRetrospective
     FROM deals d
       LEFT JOIN deal_losses l ON l.deal_id = d.id
       LEFT JOIN retrospectives r ON r.deal_id = d.id
     WHERE d.rep_id IN (SELECT value FROM json_each(?)) AND d.outcome = 'lost'
     ORDER BY d.closed_on DESC, d.id`,
  ).all(JSON.stringify(repIds));
}

/** Behaviour tags of retrospectives (their observations), with what the visibility rule needs. */
export function listRetrospectiveTags(
  db: ReadableDB,
  repIds: readonly string[],
): {
  dealId: string;
  behaviourId: string;
  repId: string;
  visibility: 'private' | 'shared';
  authorId: string | null;
}[] {
  return prepared<{
    dealId: string;
    behaviourId: string;
    repId: string;
    visibility: 'private' | 'shared';
    authorId: string | null;
  }>(
    db,
    `SELECT o.source_id AS dealId, o.behaviour_id AS behaviourId, o.rep_id AS repId, o.visibility,
       o.author_id AS authorId
     FROM observations o
     WHERE o.source_kind = 'retrospective' AND o.rep_id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(repIds));
}

export function findAction(db: ReadableDB, id: string, dealId: string): RetrospectiveActionRow | undefined {
  return db
    .select()
    .from(retrospectiveActions)
    .where(and(eq(retrospectiveActions.id, id), eq(retrospectiveActions.dealId, dealId)))
    .get();
}
