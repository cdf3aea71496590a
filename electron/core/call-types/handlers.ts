import { defineDomain } from '../registry';
import { listCallTypes, saveCallType } from '../../../db/repositories/call-types';
import { AppError, fieldError } from '../../../shared/contract';
import type { Handler } from '../registry';
export const listCallTypesHandler: Handler<'callTypes.list'> = (_input, ctx) => listCallTypes(ctx.db);

export const saveCallTypeHandler: Handler<'callTypes.save'> = (input, ctx) => {
  const types = listCallTypes(ctx.db);
  const existing = input.id ? types.find((t) => t.id === input.id) : undefined;
  if (input.id && !existing) throw new AppError('NOT_FOUND', 'That call type no longer exists.');
  const clash = types.find((t) => t.name.toLowerCase() === input.name.toLowerCase() && t.id !== input.id);
  if (clash) throw fieldError('CONFLICT', ['name'], `There is already a call type called “${clash.name}”.`);
  const type = {
    id: existing?.id ?? `call-${ctx.newId()}`,
    name: input.name,
    position: existing?.position ?? types.length,
  };
  saveCallType(ctx.db, type);
  ctx.emit('callTypes.changed', { ids: [type.id] });
  return type;
};

export const callTypesDomain = defineDomain('callTypes', {
  list: listCallTypesHandler,
  save: saveCallTypeHandler,
});
