import { z } from 'zod';
import { byIdInput, idSchema, isoInstantSchema, optionalText, requiredText, revisionedInput } from './common';
import { mutation, query } from './define';

export const lossReasonSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  archivedAt: isoInstantSchema.nullable(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type LossReason = z.infer<typeof lossReasonSchema>;

export const LOSS_REASON_CHANGE_KINDS = ['created', 'renamed', 'edited', 'archived', 'unarchived'] as const;

export const lossReasonChangeSchema = z.object({
  changedAt: isoInstantSchema,
  kind: z.enum(LOSS_REASON_CHANGE_KINDS),
  name: z.string(),
  description: z.string().nullable(),
  previousName: z.string().nullable(),
});
export type LossReasonChange = z.infer<typeof lossReasonChangeSchema>;

const lossReasonFields = z
  .object({
    name: requiredText(80, 'Name'),
    description: optionalText(400, 'Description'),
  })
  .strict();

export const lossReasonMethods = {
  'lossReasons.list': query(
    'The loss-reason taxonomy in its order; archived reasons only when asked for.',
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
    z.array(lossReasonSchema),
  ),
  'lossReasons.history': query(
    'Every change to one loss reason, oldest first.',
    byIdInput,
    z.array(lossReasonChangeSchema),
  ),
  'lossReasons.create': mutation('Adds a loss reason at the end.', lossReasonFields, lossReasonSchema),
  'lossReasons.update': mutation(
    'Renames or redescribes a loss reason. Deals already lost keep the name they were recorded with.',
    lossReasonFields.extend(revisionedInput).strict(),
    lossReasonSchema,
  ),
  'lossReasons.archive': mutation(
    'Takes a loss reason out of the choices for new losses; deals that used it keep it.',
    byIdInput,
    lossReasonSchema,
  ),
  'lossReasons.unarchive': mutation('Offers an archived loss reason again.', byIdInput, lossReasonSchema),
  'lossReasons.reorder': mutation(
    'Sets the order of the loss reasons (archived ones included).',
    z.object({ ids: z.array(idSchema).min(1) }).strict(),
    z.array(lossReasonSchema),
  ),
};
