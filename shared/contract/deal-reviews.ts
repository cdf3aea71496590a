import { z } from 'zod';
import { byIdInput, idSchema, isoDateSchema, optionalText, requiredText, revisionedInput } from './common';
import { dealSchema } from './deals';
import { mutation, query } from './define';
import { COMMITMENT_OWNERS, commitmentSchema } from './one-on-ones';
import { levelSchema, observationSchema, verdictSchema, visibilitySchema } from './observations';

/** A deal walked through in a one-to-one: the deal as it stands, what was agreed, what it showed. */
export const dealReviewSchema = z.object({
  id: idSchema,
  oneOnOneId: idSchema,
  deal: dealSchema,
  agreedNextStep: z.string().nullable(),
  summary: z.string().nullable(),
  commitments: z.array(commitmentSchema),
  /** Findings tagged with behaviours: observations whose source is this review. */
  findings: z.array(observationSchema),
  position: z.number().int(),
  revision: z.number().int().positive(),
});
export type DealReview = z.infer<typeof dealReviewSchema>;

export const dealReviewMethods = {
  'dealReviews.list': query(
    'The deals reviewed in a one-to-one, in the order they were picked.',
    z.object({ oneOnOneId: idSchema }).strict(),
    z.array(dealReviewSchema),
  ),
  'dealReviews.add': mutation(
    'Picks a deal of the rep to review in a one-to-one.',
    z.object({ oneOnOneId: idSchema, dealId: idSchema }).strict(),
    dealReviewSchema,
  ),
  'dealReviews.remove': mutation(
    'Takes a deal off a one-to-one’s review before anything was recorded on it.',
    byIdInput,
    z.object({ id: idSchema }),
  ),
  'dealReviews.save': mutation(
    'Records the next step agreed for the deal (it becomes the deal’s next step) and a summary of the review.',
    z
      .object({
        ...revisionedInput,
        agreedNextStep: optionalText(500, 'Agreed next step'),
        nextStepOn: isoDateSchema.nullish().transform((v) => v ?? null),
        summary: optionalText(5000, 'Summary'),
      })
      .strict()
      .refine((v) => v.nextStepOn === null || v.agreedNextStep !== null, {
        message: 'Say what the next step is before giving it a date',
        path: ['agreedNextStep'],
      }),
    dealReviewSchema,
  ),
  'dealReviews.commit': mutation(
    'Records a commitment agreed in the review: an ordinary commitment of the one-to-one, tied to the deal.',
    z
      .object({
        id: idSchema,
        text: requiredText(500, 'Commitment'),
        owner: z.enum(COMMITMENT_OWNERS).default('rep'),
        dueOn: isoDateSchema.nullish().transform((v) => v ?? null),
      })
      .strict(),
    dealReviewSchema,
  ),
  'dealReviews.addFinding': mutation(
    'Records what the review showed about a behaviour: an observation of the rep, sourced from this review.',
    z
      .object({
        id: idSchema,
        behaviourId: idSchema,
        level: levelSchema.nullish().transform((v) => v ?? null),
        verdict: verdictSchema.nullish().transform((v) => v ?? null),
        comment: requiredText(2000, 'Finding'),
        visibility: visibilitySchema.default('shared'),
      })
      .strict()
      .refine((v) => v.level !== null || v.verdict !== null, {
        message: 'Give a level or say whether it is a strength or a gap',
        path: ['level'],
      }),
    dealReviewSchema,
  ),
};
