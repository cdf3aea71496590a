import { z } from 'zod';
import { mutation, query } from './define';
import { idSchema, isoDateSchema, optionalText, requiredText, revisionedInput } from './common';
import { COMMITMENT_OWNERS, COMMITMENT_STATUSES, commitmentSchema } from './one-on-ones';

export const commitmentMethods = {
  'commitments.create': mutation(
    'Records an action agreed in a one-to-one.',
    z
      .object({
        oneOnOneId: idSchema,
        text: requiredText(500, 'Commitment'),
        owner: z.enum(COMMITMENT_OWNERS).default('rep'),
        dueOn: isoDateSchema.nullish().transform((v) => v ?? null),
        behaviourId: idSchema.nullish().transform((v) => v ?? null),
      })
      .strict(),
    commitmentSchema,
  ),
  'commitments.update': mutation(
    'Edits a commitment.',
    z
      .object({
        ...revisionedInput,
        text: requiredText(500, 'Commitment'),
        owner: z.enum(COMMITMENT_OWNERS),
        dueOn: isoDateSchema.nullable(),
        behaviourId: idSchema.nullable(),
      })
      .strict(),
    commitmentSchema,
  ),
  'commitments.setStatus': mutation(
    'Marks a commitment done, dropped (with a reason) or open again.',
    z
      .object({
        id: idSchema,
        status: z.enum(COMMITMENT_STATUSES),
        reason: optionalText(500, 'Reason'),
        /** When it was done or dropped, if not today (a manager often records it later). */
        closedOn: isoDateSchema.nullish(),
      })
      .strict()
      .refine((v) => v.status !== 'dropped' || (v.reason ?? '') !== '', {
        message: 'Say why the commitment is dropped',
        path: ['reason'],
      }),
    commitmentSchema,
  ),
  'commitments.list': query(
    'A rep’s commitments, open ones first.',
    z.object({ repId: idSchema, status: z.enum(COMMITMENT_STATUSES).optional() }).strict(),
    z.array(commitmentSchema),
  ),
  'commitments.completion': query(
    'Share of a rep’s commitments that were done, per quarter, over the last year.',
    z.object({ repId: idSchema }).strict(),
    z.array(
      z.object({
        period: z.string(),
        due: z.number().int(),
        done: z.number().int(),
        dropped: z.number().int(),
        rate: z.number().nullable(),
      }),
    ),
  ),
};
