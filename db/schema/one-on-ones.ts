import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
} from 'drizzle-orm/sqlite-core';
import type { RichTextDoc } from '../../shared/contract';
import { behaviours } from './behaviours';
import { people } from './people';

export const repCadences = sqliteTable('rep_cadences', {
  repId: text('rep_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'restrict' }),
  cadence: text('cadence', { enum: ['weekly', 'fortnightly', 'monthly'] }).notNull(),
});

export const oneOnOnes = sqliteTable(
  'one_on_ones',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    date: text('date').notNull(),
    status: text('status', { enum: ['scheduled', 'held', 'cancelled'] }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [index('one_on_ones_rep_date_idx').on(t.repId, t.date)],
);

/** Shared and private notes of a one-to-one, each with its own revision so they autosave independently. */
export const oneOnOneNotes = sqliteTable(
  'one_on_one_notes',
  {
    oneOnOneId: text('one_on_one_id')
      .notNull()
      .references(() => oneOnOnes.id, { onDelete: 'restrict' }),
    part: text('part', { enum: ['shared', 'private'] }).notNull(),
    /** Who the private part belongs to (only they read it); null on the shared part and before a claim. */
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    doc: text('doc', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    text: text('text').notNull(),
    revision: integer('revision').notNull().default(1),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.oneOnOneId, t.part] }),
    index('one_on_one_notes_author_idx').on(t.authorId),
  ],
);

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    id: text('id').primaryKey(),
    oneOnOneId: text('one_on_one_id')
      .notNull()
      .references(() => oneOnOnes.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    author: text('author', { enum: ['manager', 'rep'] }).notNull(),
    recurring: integer('recurring', { mode: 'boolean' }).notNull().default(false),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    carriedCount: integer('carried_count').notNull().default(0),
    /**
     * The item this one continues, in the previous one-to-one. SET NULL: removing a talking point from
     * an old meeting leaves its later copies standing on their own.
     */
    carriedFromId: text('carried_from_id').references((): AnySQLiteColumn => agendaItems.id, {
      onDelete: 'set null',
    }),
    position: integer('position').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('agenda_items_one_on_one_idx').on(t.oneOnOneId),
    index('agenda_items_carried_from_idx').on(t.carriedFromId),
    check('agenda_items_author_known', sql`${t.author} IN ('manager', 'rep')`),
    check('agenda_items_recurring_boolean', sql`${t.recurring} IN (0, 1)`),
    check('agenda_items_done_boolean', sql`${t.done} IN (0, 1)`),
    check('agenda_items_carried_count_not_negative', sql`${t.carriedCount} >= 0`),
    check('agenda_items_position_not_negative', sql`${t.position} >= 0`),
  ],
);

export const agendaTemplates = sqliteTable('agenda_templates', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  items: text('items', { mode: 'json' }).$type<string[]>().notNull(),
  builtIn: integer('built_in', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const commitments = sqliteTable(
  'commitments',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    oneOnOneId: text('one_on_one_id')
      .notNull()
      .references(() => oneOnOnes.id, { onDelete: 'restrict' }),
    text: text('text').notNull(),
    owner: text('owner', { enum: ['rep', 'manager'] }).notNull(),
    dueOn: text('due_on'),
    behaviourId: text('behaviour_id').references(() => behaviours.id, { onDelete: 'restrict' }),
    status: text('status', { enum: ['open', 'done', 'dropped'] }).notNull(),
    dropReason: text('drop_reason'),
    closedOn: text('closed_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    index('commitments_rep_idx').on(t.repId, t.status),
    index('commitments_one_on_one_idx').on(t.oneOnOneId),
    index('commitments_behaviour_idx').on(t.behaviourId),
    // Commitments-kept rates read the last four quarters' commitments by due date (Progress, team view).
    index('commitments_due_idx').on(t.dueOn, t.repId, t.status, t.oneOnOneId),
  ],
);

export const oneOnOneFocus = sqliteTable(
  'one_on_one_focus',
  {
    oneOnOneId: text('one_on_one_id')
      .notNull()
      .references(() => oneOnOnes.id, { onDelete: 'restrict' }),
    behaviourId: text('behaviour_id')
      .notNull()
      .references(() => behaviours.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.oneOnOneId, t.behaviourId] }),
    index('one_on_one_focus_behaviour_idx').on(t.behaviourId),
  ],
);
