import { z } from 'zod';
import { mutation, query } from './define';
import { emptyInput, idSchema, requiredText } from './common';
import { agendaTemplateSchema } from './one-on-ones';

export const templateMethods = {
  'templates.list': query('Agenda templates.', emptyInput, z.array(agendaTemplateSchema)),
  'templates.save': mutation(
    'Creates or edits an agenda template.',
    z
      .object({
        id: idSchema.nullish(),
        name: requiredText(80, 'Name'),
        items: z
          .array(requiredText(500, 'Talking point'))
          .min(1, 'A template needs at least one talking point')
          .max(30),
      })
      .strict(),
    agendaTemplateSchema,
  ),
};
