import type { Handler } from '../registry';
import { defineDomain } from '../registry';
import { rebuildSearch, searchFor } from '../services/search';

export const searchQuery: Handler<'search.query'> = (input, ctx) => searchFor(ctx, input);

export const searchRebuild: Handler<'search.rebuild'> = (_input, ctx) => {
  const records = rebuildSearch(ctx.db);
  ctx.emit('search.rebuilt', { records });
  return { records };
};

/** Finding anything by its words: the index itself is kept by core/services/search.ts. */
export const searchDomain = defineDomain('search', { query: searchQuery, rebuild: searchRebuild });
