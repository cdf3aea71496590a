import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stages } from './behaviours';
import { commitments, oneOnOnes } from './one-on-ones';
import { people } from './people';

/**
 * One deal from open to won or lost (issues 19 and 15 share it: a lost deal is a deal whose outcome is
 * lost; the lost-deal retrospective's tables reference `deals.id`).
 *
 * Money is an integer count of the currency's minor units (cents) with its ISO 4217 code, never a float.
 * A CRM id is unique per source, so a re-import updates the deal instead of doubling it.
 */
export const deals = sqliteTable(
  'deals',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    account: text('account').notNull(),
    name: text('name').notNull(),
    valueMinor: integer('value_minor').notNull(),
    currency: text('currency').notNull(),
    segment: text('segment'),
    product: text('product'),
    stageId: text('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
    expectedCloseOn: text('expected_close_on'),
    forecastCategory: text('forecast_category', { enum: ['pipeline', 'best-case', 'commit'] }).notNull(),
    nextStep: text('next_step'),
    nextStepOn: text('next_step_on'),
    nextStepOwner: text('next_step_owner'),
    /** Where the CRM id comes from ('salesforce', 'hubspot', 'csv'…); set exactly when crmId is. */
    crmSource: text('crm_source'),
    crmId: text('crm_id'),
    outcome: text('outcome', { enum: ['open', 'won', 'lost'] }).notNull(),
    /** The day it was won or lost; null while open. */
    closedOn: text('closed_on'),
    /** The day the deal was opened (in the CRM, or here). */
    openedOn: text('opened_on').notNull(),
    notes: text('notes'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('deals_rep_idx').on(t.repId, t.outcome),
    index('deals_stage_idx').on(t.stageId),
    uniqueIndex('deals_crm_idx').on(t.crmSource, t.crmId),
    check('deals_value_not_negative', sql`${t.valueMinor} >= 0`),
    check('deals_currency_iso', sql`length(${t.currency}) = 3 AND ${t.currency} = upper(${t.currency})`),
    check('deals_forecast_known', sql`${t.forecastCategory} IN ('pipeline', 'best-case', 'commit')`),
    check('deals_outcome_known', sql`${t.outcome} IN ('open', 'won', 'lost')`),
    check('deals_closed_when_decided', sql`(${t.outcome} = 'open') = (${t.closedOn} IS NULL)`),
    check('deals_crm_source_with_id', sql`(${t.crmId} IS NULL) = (${t.crmSource} IS NULL)`),
  ],
);

/**
 * What moved and why: every stage, close-date, forecast-category and outcome change, with the day, who
 * and a reason that cannot be empty. Append-only: history that cannot be faked.
 */
export const dealHistory = sqliteTable(
  'deal_history',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'restrict' }),
    field: text('field', { enum: ['stage', 'close-date', 'forecast-category', 'outcome'] }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    changedOn: text('changed_on').notNull(),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('deal_history_deal_idx').on(t.dealId, t.changedOn),
    index('deal_history_author_idx').on(t.authorId),
    check(
      'deal_history_field_known',
      sql`${t.field} IN ('stage', 'close-date', 'forecast-category', 'outcome')`,
    ),
    check('deal_history_reason_given', sql`length(trim(${t.reason})) > 0`),
  ],
);

/** What a deal is linked to: calls now, proposals later, notes. `target_id` names a row of that kind. */
export const dealLinks = sqliteTable(
  'deal_links',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['call-review', 'proposal-review', 'note'] }).notNull(),
    targetId: text('target_id').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('deal_links_unique_idx').on(t.dealId, t.kind, t.targetId),
    index('deal_links_target_idx').on(t.kind, t.targetId),
    check('deal_links_kind_known', sql`${t.kind} IN ('call-review', 'proposal-review', 'note')`),
  ],
);

/**
 * The qualification card: one answer per question (shared/domain/qualification.ts), marked evidence
 * (what the customer said or did, dated, with its source) or assumption (the rep's belief).
 */
export const dealAnswers = sqliteTable(
  'deal_answers',
  {
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'restrict' }),
    questionId: text('question_id').notNull(),
    answer: text('answer').notNull(),
    status: text('status', { enum: ['evidence', 'assumption'] }).notNull(),
    /** When the customer said or did it; set for evidence. */
    evidenceOn: text('evidence_on'),
    sourceKind: text('source_kind', { enum: ['typed', 'call-moment', 'note', 'proposal-passage'] }),
    /** The call review, note or proposal review the evidence is in; null for typed evidence. */
    sourceId: text('source_id'),
    /** Where in the call: the transcript line and its start, so the link opens the exact moment. */
    sourceSegment: integer('source_segment'),
    sourceMs: integer('source_ms'),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dealId, t.questionId] }),
    index('deal_answers_author_idx').on(t.authorId),
    check('deal_answers_status_known', sql`${t.status} IN ('evidence', 'assumption')`),
    check(
      'deal_answers_evidence_dated',
      sql`${t.status} = 'assumption' OR (${t.evidenceOn} IS NOT NULL AND ${t.sourceKind} IS NOT NULL)`,
    ),
  ],
);

/** The people on the buyer's side, for the "only the first contact" flag and the handover brief. */
export const dealContacts = sqliteTable(
  'deal_contacts',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    title: text('title'),
    role: text('role', {
      enum: [
        'first-contact',
        'champion',
        'economic-buyer',
        'decision-maker',
        'approver',
        'procurement',
        'user',
        'other',
      ],
    }).notNull(),
    /** The last day the rep spoke with them; null when never. */
    lastContactOn: text('last_contact_on'),
    position: integer('position').notNull(),
  },
  (t) => [index('deal_contacts_deal_idx').on(t.dealId)],
);

/** Editable stage exit criteria; each can name the card question whose evidence meets it. */
export const stageExitCriteria = sqliteTable(
  'stage_exit_criteria',
  {
    id: text('id').primaryKey(),
    stageId: text('stage_id')
      .notNull()
      .references(() => stages.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    questionId: text('question_id'),
    position: integer('position').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('stage_exit_criteria_stage_idx').on(t.stageId, t.position)],
);

/** A deal walked through in a one-to-one: the agreed next step, and what was found. */
export const dealReviews = sqliteTable(
  'deal_reviews',
  {
    id: text('id').primaryKey(),
    oneOnOneId: text('one_on_one_id')
      .notNull()
      .references(() => oneOnOnes.id, { onDelete: 'restrict' }),
    dealId: text('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'restrict' }),
    agreedNextStep: text('agreed_next_step'),
    summary: text('summary'),
    position: integer('position').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('deal_reviews_meeting_deal_idx').on(t.oneOnOneId, t.dealId),
    index('deal_reviews_deal_idx').on(t.dealId),
  ],
);

/** The commitments a deal review recorded (ordinary commitments of its one-to-one). */
export const dealReviewCommitments = sqliteTable(
  'deal_review_commitments',
  {
    dealReviewId: text('deal_review_id')
      .notNull()
      .references(() => dealReviews.id, { onDelete: 'restrict' }),
    commitmentId: text('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ columns: [t.dealReviewId, t.commitmentId] }),
    index('deal_review_commitments_commitment_idx').on(t.commitmentId),
  ],
);

/** A rep's pipeline target for a calendar quarter ('2026-Q4'), for coverage. */
export const pipelineTargets = sqliteTable(
  'pipeline_targets',
  {
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    quarter: text('quarter').notNull(),
    currency: text('currency').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.repId, t.quarter] }),
    check('pipeline_targets_amount_positive', sql`${t.amountMinor} > 0`),
  ],
);
