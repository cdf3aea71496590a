import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { RichTextDoc } from '../../shared/contract/rich-text';
import { deals } from './deals';
import { people } from './people';

/**
 * The loss-reason taxonomy a lost deal's primary and secondary reasons come from. Editable, never
 * deleted once it exists: a reason is renamed or archived, and every change is kept in
 * `loss_reason_history`, so a past deal still says what it was recorded with (its `*_label` columns).
 */
export const lossReasons = sqliteTable(
  'loss_reasons',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [check('loss_reasons_revision_positive', sql`${t.revision} >= 1`)],
);

/** Every change to a loss reason: its name and description as they were after the change. */
export const lossReasonHistory = sqliteTable(
  'loss_reason_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reasonId: text('reason_id')
      .notNull()
      .references(() => lossReasons.id, { onDelete: 'cascade' }),
    changedAt: text('changed_at').notNull(),
    kind: text('kind', { enum: ['created', 'renamed', 'edited', 'archived', 'unarchived'] }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** The name before a rename, so the history reads "Price → Price pressure". */
    previousName: text('previous_name'),
  },
  (t) => [
    index('loss_reason_history_reason_idx').on(t.reasonId),
    check(
      'loss_reason_history_kind_known',
      sql`${t.kind} IN ('created', 'renamed', 'edited', 'archived', 'unarchived')`,
    ),
  ],
);

/**
 * How a lost deal was lost: the quick form a rep fills in right after the loss (outcome, reasons, one
 * sentence), completed later in the retrospective. One row per lost deal. Each reason keeps the name it
 * was recorded with (`*_label`), so renaming a reason in the taxonomy never rewrites a past deal.
 */
export const dealLosses = sqliteTable(
  'deal_losses',
  {
    dealId: text('deal_id')
      .primaryKey()
      .references(() => deals.id, { onDelete: 'restrict' }),
    outcome: text('outcome', { enum: ['competitor', 'no-decision', 'built-in-house', 'unknown'] }).notNull(),
    /** Which competitor, when lost to one and known. */
    competitor: text('competitor'),
    primaryReasonId: text('primary_reason_id').references(() => lossReasons.id, { onDelete: 'restrict' }),
    primaryReasonLabel: text('primary_reason_label'),
    /** The rep's and the manager's own view of the primary reason (reps blame price far more than buyers). */
    repViewReasonId: text('rep_view_reason_id').references(() => lossReasons.id, { onDelete: 'restrict' }),
    repViewLabel: text('rep_view_label'),
    managerViewReasonId: text('manager_view_reason_id').references(() => lossReasons.id, {
      onDelete: 'restrict',
    }),
    managerViewLabel: text('manager_view_label'),
    whatWouldHaveChanged: text('what_would_have_changed'),
    /** The loss reason as a CRM export gave it, kept word for word (matched or not). */
    crmReason: text('crm_reason'),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('deal_losses_primary_idx').on(t.primaryReasonId),
    index('deal_losses_rep_view_idx').on(t.repViewReasonId),
    index('deal_losses_manager_view_idx').on(t.managerViewReasonId),
    index('deal_losses_author_idx').on(t.authorId),
    check(
      'deal_losses_outcome_known',
      sql`${t.outcome} IN ('competitor', 'no-decision', 'built-in-house', 'unknown')`,
    ),
    check(
      'deal_losses_competitor_when_lost_to_one',
      sql`${t.competitor} IS NULL OR ${t.outcome} = 'competitor'`,
    ),
    check(
      'deal_losses_primary_labelled',
      sql`(${t.primaryReasonId} IS NULL) = (${t.primaryReasonLabel} IS NULL)`,
    ),
    check('deal_losses_rep_view_labelled', sql`(${t.repViewReasonId} IS NULL) = (${t.repViewLabel} IS NULL)`),
    check(
      'deal_losses_manager_view_labelled',
      sql`(${t.managerViewReasonId} IS NULL) = (${t.managerViewLabel} IS NULL)`,
    ),
    check('deal_losses_revision_positive', sql`${t.revision} >= 1`),
  ],
);

/** A lost deal's secondary reasons, in the order given, each with the name it was recorded with. */
export const dealLossSecondaryReasons = sqliteTable(
  'deal_loss_secondary_reasons',
  {
    dealId: text('deal_id')
      .notNull()
      .references(() => dealLosses.dealId, { onDelete: 'cascade' }),
    reasonId: text('reason_id')
      .notNull()
      .references(() => lossReasons.id, { onDelete: 'restrict' }),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.dealId, t.reasonId] }),
    index('deal_loss_secondary_reason_idx').on(t.reasonId),
  ],
);

/**
 * The retrospective of a lost deal: one rich-text document (a section per stage reached, answers marked
 * evidence or assumption, lessons), stored as JSON plus its words. Its behaviour tags are observations
 * with source kind 'retrospective' anchored to this document (its id is the deal's).
 */
export const retrospectives = sqliteTable(
  'retrospectives',
  {
    dealId: text('deal_id')
      .primaryKey()
      .references(() => deals.id, { onDelete: 'restrict' }),
    document: text('document', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    plainText: text('plain_text').notNull(),
    /** Read from the document on save, so the dashboard filters on a column: 'evidence', 'assumption' or null. */
    decisionProcess: text('decision_process', { enum: ['evidence', 'assumption'] }),
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('retrospectives_author_idx').on(t.authorId),
    check(
      'retrospectives_decision_process_known',
      sql`${t.decisionProcess} IS NULL OR ${t.decisionProcess} IN ('evidence', 'assumption')`,
    ),
    check('retrospectives_revision_positive', sql`${t.revision} >= 1`),
  ],
);

/** The retrospective's timeline of key events: when, what happened, who. */
export const retrospectiveEvents = sqliteTable(
  'retrospective_events',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => retrospectives.dealId, { onDelete: 'cascade' }),
    happenedOn: text('happened_on').notNull(),
    what: text('what').notNull(),
    who: text('who'),
    position: integer('position').notNull(),
  },
  (t) => [index('retrospective_events_deal_idx').on(t.dealId, t.position)],
);

/**
 * The retrospective's action items: what someone will do (the rep or the manager), by when. Open ones
 * show in the rep's next one-to-one prep brief until done.
 */
export const retrospectiveActions = sqliteTable(
  'retrospective_actions',
  {
    id: text('id').primaryKey(),
    dealId: text('deal_id')
      .notNull()
      .references(() => retrospectives.dealId, { onDelete: 'cascade' }),
    /** The deal's rep, kept here so the prep brief finds a rep's open actions by index. */
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    owner: text('owner', { enum: ['rep', 'manager'] }).notNull(),
    dueOn: text('due_on'),
    status: text('status', { enum: ['open', 'done'] }).notNull(),
    position: integer('position').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('retrospective_actions_deal_idx').on(t.dealId, t.position),
    index('retrospective_actions_rep_idx').on(t.repId, t.status),
    check('retrospective_actions_owner_known', sql`${t.owner} IN ('rep', 'manager')`),
    check('retrospective_actions_status_known', sql`${t.status} IN ('open', 'done')`),
  ],
);
