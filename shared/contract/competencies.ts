import { mutation } from './define';
import { competencySchema, taxonomyFields } from './behaviours';
import { idSchema } from './common';

export const competencyMethods = {
  'competencies.create': mutation('Adds a competency at the end.', taxonomyFields, competencySchema),
  'competencies.update': mutation(
    'Renames or redescribes a competency.',
    taxonomyFields.extend({ id: idSchema }).strict(),
    competencySchema,
  ),
};
