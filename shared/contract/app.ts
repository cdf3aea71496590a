import { z } from 'zod';
import { emptyInput } from './common';
import { query } from './define';

export const appInfoSchema = z.object({
  name: z.literal('Coachbench'),
  version: z.string(),
  dataFile: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  transport: z.enum(['ipc', 'http']),
  /** Why every change is refused (the database cannot be written), or null when it can. */
  readOnlyReason: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appMethods = {
  'app.info': query('Version, data file location and schema version.', emptyInput, appInfoSchema),
};
