import { AppError, type Stage, fieldError } from '../../../shared/contract';
import {
  type TaxonomyKind,
  insertTaxonomy,
  listTaxonomy,
  nextTaxonomyPosition,
  updateTaxonomy,
} from '../../../db/repositories/taxonomy';
import type { HandlerContext } from '../context';
import { libraryChanged } from './library';
/**
 * Create, rename and reorder for a taxonomy list. Stages and competencies are the same shape, so their two
 * domains share this one implementation.
 */
export function taxonomyHandlers(kind: TaxonomyKind) {
  const label = kind;
  const find = (ctx: HandlerContext, id: string): Stage => {
    const row = listTaxonomy(ctx.db, kind).find((item) => item.id === id);
    if (!row) throw new AppError('NOT_FOUND', `That ${label} no longer exists.`, { id });
    return row;
  };
  const checkName = (ctx: HandlerContext, name: string, selfId: string | null) => {
    const clash = listTaxonomy(ctx.db, kind).find(
      (item) => item.name.toLowerCase() === name.toLowerCase() && item.id !== selfId,
    );
    if (clash) throw fieldError('CONFLICT', ['name'], `There is already a ${label} called “${clash.name}”.`);
  };
  return {
    create(input: { name: string; description: string | null }, ctx: HandlerContext): Stage {
      checkName(ctx, input.name, null);
      const id = `${kind === 'stage' ? 'stage' : 'comp'}-${ctx.newId()}`;
      insertTaxonomy(ctx.db, kind, { id, ...input, position: nextTaxonomyPosition(ctx.db, kind) });
      libraryChanged(ctx, id);
      return find(ctx, id);
    },
    update(input: { id: string; name: string; description: string | null }, ctx: HandlerContext): Stage {
      find(ctx, input.id);
      checkName(ctx, input.name, input.id);
      updateTaxonomy(ctx.db, kind, input.id, { name: input.name, description: input.description });
      libraryChanged(ctx, input.id);
      return find(ctx, input.id);
    },
    reorder(input: { ids: string[] }, ctx: HandlerContext): Stage[] {
      const all = listTaxonomy(ctx.db, kind);
      const known = new Set(all.map((s) => s.id));
      if (
        new Set(input.ids).size !== input.ids.length ||
        input.ids.length !== known.size ||
        input.ids.some((id) => !known.has(id))
      ) {
        throw fieldError('INVALID_INPUT', ['ids'], `Give every ${label} exactly once, in the new order.`);
      }
      input.ids.forEach((id, position) => {
        updateTaxonomy(ctx.db, kind, id, { position });
      });
      libraryChanged(ctx, ...input.ids);
      return listTaxonomy(ctx.db, kind);
    },
  };
}
