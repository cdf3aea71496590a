import { fieldError } from '../../../shared/contract';
import { findPerson } from '../../../db/repositories/people';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import type { Handler } from '../registry';
import { CURRENT_PERSON_KEY } from '../services/observations';
import { defineDomain } from '../registry';

export const getSettings: Handler<'settings.get'> = (_input, ctx) => ({
  currentPersonId: readSetting(ctx.db, CURRENT_PERSON_KEY),
});

export const updateSettings: Handler<'settings.update'> = (input, ctx) => {
  if (input.currentPersonId !== null && !findPerson(ctx.db, input.currentPersonId)) {
    throw fieldError('INVALID_INPUT', ['currentPersonId'], 'That person does not exist.');
  }
  writeSetting(ctx.db, CURRENT_PERSON_KEY, input.currentPersonId);
  ctx.emit('settings.changed', {});
  return { currentPersonId: input.currentPersonId };
};

export const settingsDomain = defineDomain('settings', {
  get: getSettings,
  update: updateSettings,
});
