import { z } from 'zod';
import { mutation, query } from './define';
import { emptyInput, idSchema, requiredText } from './common';
import { scorecardTemplateSchema } from './call-reviews';

export const scorecardTemplateMethods = {
  'scorecardTemplates.list': query('Scorecard templates.', emptyInput, z.array(scorecardTemplateSchema)),
  'scorecardTemplates.save': mutation(
    'Adds or edits a scorecard template: behaviours with weights and critical flags, chosen by call type.',
    z
      .object({
        id: idSchema.nullish(),
        name: requiredText(80, 'Name'),
        callTypeIds: z.array(idSchema),
        lines: z
          .array(
            z
              .object({ behaviourId: idSchema, weight: z.number().positive().max(10), critical: z.boolean() })
              .strict(),
          )
          .min(1, 'A scorecard needs at least one behaviour')
          .max(30),
      })
      .strict(),
    scorecardTemplateSchema,
  ),
};
