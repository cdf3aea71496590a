import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { RichTextDoc } from '../../shared/contract';
import { people } from './people';

/** Free coaching notes about a rep (ride-alongs, pipeline chats); tiptap JSON plus derived plain text. */
export const notes = sqliteTable(
  'notes',
  {
    id: text('id').primaryKey(),
    repId: text('rep_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    doc: text('doc', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    text: text('text').notNull(),
    /** Who wrote it: a private note is theirs alone. Null for notes written before anyone said who they were. */
    authorId: text('author_id').references(() => people.id, { onDelete: 'restrict' }),
    visibility: text('visibility', { enum: ['private', 'shared'] })
      .notNull()
      .default('private'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [index('notes_rep_idx').on(t.repId, t.updatedAt), index('notes_author_idx').on(t.authorId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Every change of who is using this copy: claimed at first run, switched later in Settings. */
export const workspaceOwnerChanges = sqliteTable(
  'workspace_owner_changes',
  {
    id: text('id').primaryKey(),
    changedAt: text('changed_at').notNull(),
    kind: text('kind', { enum: ['claimed', 'switched'] }).notNull(),
    fromPersonId: text('from_person_id').references(() => people.id, { onDelete: 'restrict' }),
    toPersonId: text('to_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
  },
  // Every reference leads an index, so checking a person's row never scans this log.
  (t) => [
    index('workspace_owner_changes_from_idx').on(t.fromPersonId),
    index('workspace_owner_changes_to_idx').on(t.toPersonId),
  ],
);
