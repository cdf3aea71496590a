import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema } from './common';
import { query } from './define';
import { commitmentSchema, repCadenceSchema } from './one-on-ones';

/** "This week" reaches this many days ahead of today. */
export const WEEK_AHEAD_DAYS = 7;
/** A rep with no observation for this many days is worth watching again. */
export const UNOBSERVED_AFTER_DAYS = 28;

export const homeCallSchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  date: isoDateSchema,
  account: z.string(),
  callTypeName: z.string(),
  /** `not-reviewed`: imported, nothing annotated or scored yet. `scorecard-draft`: scored, not submitted. */
  state: z.enum(['not-reviewed', 'scorecard-draft']),
});
export type HomeCall = z.infer<typeof homeCallSchema>;

export const homeWeekSchema = z.object({
  asOf: isoDateSchema,
  until: isoDateSchema,
  /** Reps whose one-to-one is overdue, never held, due or planned by `until`; most urgent first. */
  oneOnOnes: z.array(repCadenceSchema),
  /** Open commitments, the manager's and the reps', overdue or due by `until`; earliest first. */
  commitments: z.array(commitmentSchema.extend({ repName: z.string() })),
  /** Calls imported but not reviewed, and scorecards left in draft; newest first. */
  calls: z.array(homeCallSchema),
  /** Active reps with no observation for UNOBSERVED_AFTER_DAYS days (or none ever); longest first. */
  unobserved: z.array(
    z.object({ repId: idSchema, repName: z.string(), lastObservedOn: isoDateSchema.nullable() }),
  ),
  /**
   * Behaviours whose level is falling for a rep, by the improvement rule (shared/domain/progress.ts
   * trendVerdict: enough evidence in the last six months, a clear fall); steepest first.
   */
  falling: z.array(
    z.object({
      repId: idSchema,
      repName: z.string(),
      behaviourId: idSchema,
      behaviourName: z.string(),
      /** Levels per quarter, negative. */
      changePerQuarter: z.number(),
      observations: z.number().int(),
      reason: z.string(),
    }),
  ),
  /** Talking points carried three times or more and still open, where they are now. */
  stuckItems: z.array(
    z.object({
      id: idSchema,
      text: z.string(),
      carriedCount: z.number().int(),
      oneOnOneId: idSchema,
      oneOnOneDate: isoDateSchema,
      repId: idSchema,
      repName: z.string(),
    }),
  ),
});
export type HomeWeek = z.infer<typeof homeWeekSchema>;

export const homeMethods = {
  'home.week': query(
    'What needs the manager this week: one-to-ones due, commitments due, calls to review, behaviours falling, reps not observed lately and stuck talking points.',
    emptyInput,
    homeWeekSchema,
  ),
};
