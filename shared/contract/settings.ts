import { z } from 'zod';
import { emptyInput, idSchema } from './common';
import { mutation, query } from './define';

export const settingsSchema = z.object({
  /** The manager using this copy of Coachbench: the author of what they record. */
  currentPersonId: idSchema.nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsMethods = {
  'settings.get': query('This installation’s settings.', emptyInput, settingsSchema),
  'settings.update': mutation(
    'Changes settings.',
    z.object({ currentPersonId: idSchema.nullable() }).strict(),
    settingsSchema,
  ),
};
