import { z } from 'zod';
import { mutation } from './define';
import { byIdInput, idSchema, requiredText } from './common';
import { agendaAuthorSchema, agendaItemSchema } from './one-on-ones';

export const agendaMethods = {
  'agenda.add': mutation(
    'Adds a talking point.',
    z
      .object({
        oneOnOneId: idSchema,
        text: requiredText(500, 'Talking point'),
        author: agendaAuthorSchema.default('manager'),
        recurring: z.boolean().default(false),
      })
      .strict(),
    agendaItemSchema,
  ),
  'agenda.update': mutation(
    'Edits, ticks off or makes a talking point recurring.',
    z
      .object({
        id: idSchema,
        text: requiredText(500, 'Talking point'),
        done: z.boolean(),
        recurring: z.boolean(),
      })
      .strict(),
    agendaItemSchema,
  ),
  'agenda.remove': mutation('Removes a talking point.', byIdInput, z.object({ id: idSchema })),
  'agenda.applyTemplate': mutation(
    'Adds a template’s talking points to a one-to-one (skipping ones already there).',
    z.object({ oneOnOneId: idSchema, templateId: idSchema }).strict(),
    z.array(agendaItemSchema),
  ),
};
