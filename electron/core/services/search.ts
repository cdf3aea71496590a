import type { ParsedInputOf, SearchGroup, SearchKind } from '../../../shared/contract';
import { SEARCH_KINDS } from '../../../shared/contract/search';
import type { WritableDB } from '../../../db/open';
import {
  drainSearchPending,
  matchExpression,
  rebuildSearchIndex,
  searchDocuments,
} from '../../../db/repositories/search';
import { searchWords } from '../../../shared/domain/search-snippet';
import type { ReadContext } from '../context';
import { accessOf } from './access';

/**
 * Keeps the search index in step with the records. Triggers on every source table mark what a write
 * changed (migration 0015), so no write path has to remember; the dispatcher calls this after every
 * mutation's handler, inside the same transaction, so the index commits (or rolls back) with the write.
 * New domains register a source in db/repositories/search.ts (docs/architecture.md, "Search").
 */
export function syncSearchIndex(db: WritableDB): number {
  return drainSearchPending(db);
}

/** Builds the index again from every record: repairs one that drifted or was damaged. */
export function rebuildSearch(db: WritableDB): number {
  return rebuildSearchIndex(db);
}

/**
 * What the viewer may find: the visibility rule (shared/domain/visibility.ts) is applied in the query
 * itself through its ReadScope, so another person's private note is never matched, counted or shown.
 */
export function searchFor(ctx: ReadContext, input: ParsedInputOf<'search.query'>): { groups: SearchGroup[] } {
  const match = matchExpression(input.text);
  if (match === null) return { groups: [] };
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
  return { groups: SEARCH_KINDS.flatMap((kind) => byKind.get(kind) ?? []) };
}
