import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { PackCounts, UnmatchedReply } from '../../shared/contract/share-packs';
import type { SharePack } from '../../shared/domain/share-pack';
import { people } from './people';

/** Manager's copy: every share pack written, for whom, when and by whom (what left this computer). */
export const sharePackExports = sqliteTable(
  'share_pack_exports',
  {
    /** Also the pack's `packId`, so a reply file names the export it answers. */
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    exportedBy: text('exported_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    exportedAt: text('exported_at').notNull(),
    fileName: text('file_name').notNull(),
    counts: text('counts', { mode: 'json' }).$type<PackCounts>().notNull(),
  },
  (t) => [
    index('share_pack_exports_rep_idx').on(t.repId, t.exportedAt),
    index('share_pack_exports_by_idx').on(t.exportedBy),
  ],
);

/** Manager's copy: every reply file imported, with the replies that had nothing left to attach to. */
export const shareReplyImports = sqliteTable(
  'share_reply_imports',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    importedBy: text('imported_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    importedAt: text('imported_at').notNull(),
    packId: text('pack_id').notNull(),
    replies: integer('replies').notNull(),
    agendaPoints: integer('agenda_points').notNull(),
    alreadyImported: integer('already_imported').notNull(),
    unmatched: text('unmatched', { mode: 'json' }).$type<UnmatchedReply[]>().notNull(),
  },
  (t) => [
    index('share_reply_imports_rep_idx').on(t.repId, t.importedAt),
    index('share_reply_imports_by_idx').on(t.importedBy),
  ],
);

/**
 * Rep's copy: the share packs they opened, kept whole and apart from their own records (never merged
 * into observations or one-to-ones). One per manager: a newer pack replaces the older one.
 */
export const openedSharePacks = sqliteTable(
  'opened_share_packs',
  {
    id: text('id').primaryKey(),
    /** Whose copy opened it: only they see it. */
    openedBy: text('opened_by')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    /** The manager's id in their own copy, as the pack names them: "the same manager". */
    managerKey: text('manager_key').notNull(),
    packId: text('pack_id').notNull(),
    exportedAt: text('exported_at').notNull(),
    openedAt: text('opened_at').notNull(),
    pack: text('pack', { mode: 'json' }).$type<SharePack>().notNull(),
  },
  (t) => [uniqueIndex('opened_share_packs_owner_manager_idx').on(t.openedBy, t.managerKey)],
);

/**
 * Rep's copy: what they wrote about an opened pack (replies, self-assessments, talking points), kept by
 * the manager who sent it, so a newer pack from them keeps the rep's words.
 */
export const sharePackResponses = sqliteTable(
  'share_pack_responses',
  {
    id: text('id').primaryKey(),
    authorId: text('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    managerKey: text('manager_key').notNull(),
    kind: text('kind', { enum: ['reply', 'agenda-point'] }).notNull(),
    itemId: text('item_id').notNull(),
    /** What it answers, in the pack's words when it was written. */
    about: text('about').notNull(),
    stance: text('stance', { enum: ['agree', 'differ'] }),
    selfLevel: integer('self_level'),
    text: text('text').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('share_pack_responses_author_idx').on(t.authorId, t.managerKey, t.createdAt),
    check(
      'share_pack_responses_self_level_range',
      sql`${t.selfLevel} IS NULL OR ${t.selfLevel} BETWEEN 1 AND 4`,
    ),
  ],
);
