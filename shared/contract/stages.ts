import { z } from 'zod';
import { mutation } from './define';
import { stageSchema, taxonomyFields } from './behaviours';
import { idSchema } from './common';

export const stageMethods = {
  'stages.create': mutation('Adds a sales stage at the end.', taxonomyFields, stageSchema),
  'stages.update': mutation(
    'Renames or redescribes a stage.',
    taxonomyFields.extend({ id: idSchema }).strict(),
    stageSchema,
  ),
  'stages.reorder': mutation(
    'Sets the order of stages.',
    z.object({ ids: z.array(idSchema).min(1) }).strict(),
    z.array(stageSchema),
  ),
};
