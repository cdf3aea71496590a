import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SearchTarget } from '../../shared/contract/search';

/**
 * The search index's documents: one row per findable passage (a note, one part of a one-to-one's notes,
 * an agenda point, a transcript line…), derived from the records it names and rebuilt from them at will
 * (`search.rebuild`). `search_fts` (FTS5, created by migration 0015) indexes `title` and `body` (and `kind`,
 * `rep_id`, `author_id`, so a search can narrow inside the index) with this table as its external content, kept in step by triggers on this table.
 *
 * No foreign keys: a document is a copy made for finding things, removed with its source by the search
 * service in the same transaction, and must never stop a source row from being changed.
 */
export const searchDocuments = sqliteTable(
  'search_documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The source that wrote it and is re-read to refresh it (see db/repositories/search.ts). */
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    /** What a person finds: a result group on the Search screen. */
    kind: text('kind').notNull(),
    /** The rep it is about; null for what is about no one (a behaviour of the library). */
    repId: text('rep_id'),
    authorId: text('author_id'),
    visibility: text('visibility', { enum: ['private', 'shared'] }).notNull(),
    /** The calendar date it belongs to (YYYY-MM-DD), for the date filter; null when it has none. */
    occurredOn: text('occurred_on'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /**
     * rep_id and author_id as single index tokens (the hyphens of a UUID would split it into a phrase,
     * slow to ask for): search_fts indexes these, so a search narrows to the viewer's reps inside the
     * index. Only for narrowing; the exact checks use rep_id and author_id.
     */
    repKey: text('rep_key'),
    authorKey: text('author_key'),
    /** Where the result opens: the exact place (the transcript line, the agenda point). */
    target: text('target', { mode: 'json' }).$type<SearchTarget>().notNull(),
  },
  (t) => [
    index('search_documents_source_idx').on(t.source, t.sourceId),
    // Covers what a search filters on, so checking each match reads this index, not the long rows.
    index('search_documents_filter_idx').on(t.id, t.kind, t.repId, t.authorId, t.visibility, t.occurredOn),
  ],
);

/**
 * Sources changed in the current transaction and not yet re-read into `search_documents`. Triggers on
 * every source table add a row here (so no write path can forget), and the search service drains it
 * before the same transaction commits.
 */
export const searchPending = sqliteTable(
  'search_pending',
  {
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.sourceId] })],
);
