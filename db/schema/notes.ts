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
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [index('notes_rep_idx').on(t.repId, t.updatedAt)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
