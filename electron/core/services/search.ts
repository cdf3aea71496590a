import type { ParsedInputOf, SearchGroup, SearchKind } from '../../../shared/contract';
import { SEARCH_KINDS } from '../../../shared/contract/search';
import type { ReadableDB, WritableDB } from '../../../db/open';
import {
  drainSearchPending,
  matchExpression,
  rebuildSearchIndex,
  searchDocuments,
  searchPendingCount,
  searchPendingMark,
} from '../../../db/repositories/search';
import { searchWords } from '../../../shared/domain/search-snippet';
import type { ReadContext } from '../context';
import { accessOf } from './access';

/**
 * How many marks a write drains in its own transaction. A write marks a handful; more than this is a
 * backlog (a large history after the update that added search, a rebuild), drained SEARCH_BATCH at a time
 * between other calls (drainSearchBacklog), so the app answers while it indexes.
 */
export const SEARCH_SYNC_LIMIT = 2000;
export const SEARCH_BATCH = 250;

/** The newest mark before a write: the write's own marks come after it. */
export function searchMark(db: ReadableDB): number {
  return searchPendingMark(db);
}

/**
 * Keeps the search index in step with the records. Triggers on every source table mark what a write
 * changed (migration 0015), so no write path has to remember; the dispatcher calls this after every
 * mutation's handler with the mark taken before it, inside the same transaction, so the index commits (or
 * rolls back) with the write. Marks older than `after` are the backlog's. New domains register a source in
 * db/repositories/search.ts (docs/architecture.md, "Search").
 */
export function syncSearchIndex(db: WritableDB, after = 0): number {
  return drainSearchPending(db, { after, limit: SEARCH_SYNC_LIMIT });
}

/** One batch of the backlog, oldest marks first; 0 when nothing waits. */
export function drainSearchBacklog(db: WritableDB): number {
  return drainSearchPending(db, { limit: SEARCH_BATCH });
}

/** How many records still wait to be indexed (the search screen says so while it is not 0). */
export function searchBacklog(db: ReadableDB): number {
  return searchPendingCount(db);
}

/** Builds the index again from every record: repairs one that drifted or was damaged. */
export function rebuildSearch(db: WritableDB): number {
  return rebuildSearchIndex(db);
}

/**
 * What the viewer may find: the visibility rule (shared/domain/visibility.ts) is applied in the query
 * itself through its ReadScope, so another person's private note is never matched, counted or shown.
 */
export function searchFor(
  ctx: ReadContext,
  input: ParsedInputOf<'search.query'>,
): { groups: SearchGroup[]; indexing: number } {
  const indexing = searchBacklog(ctx.db);
  const match = matchExpression(input.text);
  if (match === null) return { groups: [], indexing };
  const hits = searchDocuments(ctx.db, {
    match,
    words: searchWords(input.text),
    kinds: input.kinds,
    repId: input.repId,
    from: input.from,
    to: input.to,
    limitPerKind: input.limitPerKind,
    visibleTo: accessOf(ctx).scope(),
  });
  const byKind = new Map<SearchKind, SearchGroup>();
  for (const hit of hits) {
    let group = byKind.get(hit.kind);
    if (!group) {
      group = { kind: hit.kind, total: hit.total, more: hit.more, results: [] };
      byKind.set(hit.kind, group);
    }
    group.results.push({
      id: String(hit.id),
      kind: hit.kind,
      title: hit.title,
      repId: hit.repId,
      repName: hit.repName,
      occurredOn: hit.occurredOn,
      snippet: hit.snippet,
      target: hit.target,
    });
  }
  // Groups in one fixed order, so results do not jump around between keystrokes.
  return { groups: SEARCH_KINDS.flatMap((kind) => byKind.get(kind) ?? []), indexing };
}
