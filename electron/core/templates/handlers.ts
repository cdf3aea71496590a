import { defineDomain } from '../registry';
import { nowIso } from '../context';
import { listTemplates, saveTemplateRow } from '../../../db/repositories/templates';
import { AppError, fieldError } from '../../../shared/contract';
import type { Handler } from '../registry';
export const listTemplatesHandler: Handler<'templates.list'> = (_input, ctx) => listTemplates(ctx.db);

export const saveTemplate: Handler<'templates.save'> = (input, ctx) => {
  const templates = listTemplates(ctx.db);
  const existing = input.id ? templates.find((t) => t.id === input.id) : undefined;
  if (input.id && !existing) throw new AppError('NOT_FOUND', 'That agenda template no longer exists.');
  const clash = templates.find((t) => t.name.toLowerCase() === input.name.toLowerCase() && t.id !== input.id);
  if (clash) throw fieldError('CONFLICT', ['name'], `There is already a template called “${clash.name}”.`);
  const id = existing?.id ?? `tpl-${ctx.newId()}`;
  saveTemplateRow(ctx.db, {
    id,
    name: input.name,
    items: input.items,
    builtIn: existing?.builtIn ?? false,
    now: nowIso(ctx.clock),
  });
  ctx.emit('templates.changed', { ids: [id] });
  return listTemplates(ctx.db).find((t) => t.id === id)!;
};

export const templatesDomain = defineDomain('templates', {
  list: listTemplatesHandler,
  save: saveTemplate,
});
