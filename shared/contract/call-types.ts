import { z } from 'zod';
import { mutation, query } from './define';
import { callTypeSchema } from './call-reviews';
import { emptyInput, idSchema, requiredText } from './common';

export const callTypeMethods = {
  'callTypes.list': query('Call types, in order.', emptyInput, z.array(callTypeSchema)),
  'callTypes.save': mutation(
    'Adds or renames a call type.',
    z.object({ id: idSchema.nullish(), name: requiredText(60, 'Name') }).strict(),
    callTypeSchema,
  ),
};
