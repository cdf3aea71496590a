import { z } from 'zod';
import {
  BEFORE_AFTER_OUTCOMES,
  DEFAULT_BEFORE_AFTER_WEEKS,
  GOAL_STATES,
  TREND_KINDS,
} from '../domain/progress';
import { byIdInput, idSchema, isoDateSchema, optionalText, revisionedInput } from './common';
import { mutation, query } from './define';
import { anchorSchema, sourceKindSchema, verdictSchema } from './observations';

/** One observation as a point on a progress chart: where it sits, how much it counts, and where it came from. */
export const progressPointSchema = z.object({
  observationId: idSchema,
  observedOn: isoDateSchema,
  level: z.number().int().min(1).max(4).nullable(),
  verdict: verdictSchema.nullable(),
  /** The rating on the 1–4 scale: the level, or 3.5 for a strength and 1.5 for a gap. */
  value: z.number().min(1).max(4),
  /** How much it counts in today's level estimate (kind × recency), 0–1. */
  weight: z.number().min(0).max(1),
  sourceKind: sourceKindSchema,
  sourceId: idSchema.nullable(),
  sourceTitle: z.string().nullable(),
  anchor: anchorSchema.nullable(),
  evidence: z.string().nullable(),
  comment: z.string().nullable(),
  authorName: z.string().nullable(),
});
export type ProgressPoint = z.infer<typeof progressPointSchema>;

export const levelEstimateSchema = z.object({
  level: z.number().min(1).max(4),
  observationCount: z.number().int().positive(),
  lastObservedOn: isoDateSchema,
});

export const trendVerdictSchema = z.object({
  kind: z.enum(TREND_KINDS),
  changePerQuarter: z.number().nullable(),
  observationsInWindow: z.number().int().nonnegative(),
  windowStart: isoDateSchema,
  reason: z.string(),
});
export type TrendVerdictView = z.infer<typeof trendVerdictSchema>;

export const goalProgressSchema = z.object({
  startLevel: z.number().nullable(),
  current: levelEstimateSchema.nullable(),
  observationsSince: z.number().int().nonnegative(),
  fraction: z.number().min(0).max(1).nullable(),
  expectedLevel: z.number().nullable(),
  state: z.enum(GOAL_STATES),
});

export const developmentGoalSchema = z.object({
  id: idSchema,
  repId: idSchema,
  behaviourId: idSchema,
  behaviourName: z.string(),
  targetLevel: z.number().int().min(1).max(4),
  setOn: isoDateSchema,
  dueOn: isoDateSchema,
  note: z.string().nullable(),
  revision: z.number().int().positive(),
  progress: goalProgressSchema,
});
export type DevelopmentGoal = z.infer<typeof developmentGoalSchema>;

export const behaviourProgressSchema = z.object({
  behaviourId: idSchema,
  name: z.string(),
  competencyId: idSchema,
  competencyName: z.string(),
  archived: z.boolean(),
  /** Every observation of this behaviour, oldest first. */
  points: z.array(progressPointSchema),
  /** The level estimate as it stood at each day with evidence. */
  trend: z.array(z.object({ date: isoDateSchema, level: z.number() })),
  estimate: levelEstimateSchema.nullable(),
  verdict: trendVerdictSchema,
  goal: developmentGoalSchema.nullable(),
});
export type BehaviourProgress = z.infer<typeof behaviourProgressSchema>;

export const repProgressSchema = z.object({
  repId: idSchema,
  repName: z.string(),
  asOf: isoDateSchema,
  /** Behaviours with at least one observation or a goal, those with goals first, then by evidence. */
  behaviours: z.array(behaviourProgressSchema),
  goals: z.array(developmentGoalSchema),
});
export type RepProgress = z.infer<typeof repProgressSchema>;

const cellSchema = z.object({
  repId: idSchema,
  level: z.number(),
  observationCount: z.number().int().positive(),
  lastObservedOn: isoDateSchema,
});

export const teamProgressSchema = z.object({
  asOf: isoDateSchema,
  /** Start of the period the coverage figures count: the last 90 days. */
  coverageFrom: isoDateSchema,
  reps: z.array(z.object({ id: idSchema, name: z.string() })),
  competencies: z.array(z.object({ id: idSchema, name: z.string() })),
  behaviours: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      competencyId: idSchema,
      /** Observations of it across the team, ever and in the coverage period. */
      observationCount: z.number().int().nonnegative(),
      recentCount: z.number().int().nonnegative(),
    }),
  ),
  /** Current level per rep and behaviour; absent where there is no evidence. */
  behaviourCells: z.array(cellSchema.extend({ behaviourId: idSchema, trend: z.enum(TREND_KINDS) })),
  competencyCells: z.array(cellSchema.extend({ competencyId: idSchema })),
  attention: z.array(
    z.object({
      repId: idSchema,
      repName: z.string(),
      total: z.number().int().nonnegative(),
      bySource: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
  attentionWarnings: z.array(z.string()),
  commitments: z.array(
    z.object({
      repId: idSchema,
      repName: z.string(),
      /** Commitments kept per quarter, the same rule as the rep's one-to-ones tab. */
      quarters: z.array(
        z.object({
          period: z.string(),
          due: z.number().int(),
          done: z.number().int(),
          dropped: z.number().int(),
          rate: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export type TeamProgress = z.infer<typeof teamProgressSchema>;

const sideSchema = z.object({
  level: z.number().nullable(),
  observationCount: z.number().int().nonnegative(),
  from: isoDateSchema,
  to: isoDateSchema,
});

const outcomeSummarySchema = z.object({
  total: z.number().int(),
  decided: z.number().int(),
  higher: z.number().int(),
  same: z.number().int(),
  lower: z.number().int(),
  tooLittleEvidence: z.number().int(),
  inProgress: z.number().int(),
  sentence: z.string(),
});

export const coachingEffectSchema = z.object({
  weeks: z.number().int(),
  from: isoDateSchema,
  asOf: isoDateSchema,
  periods: z.array(
    z.object({
      repId: idSchema,
      repName: z.string(),
      behaviourId: idSchema,
      behaviourName: z.string(),
      oneOnOneId: idSchema,
      setOn: isoDateSchema,
      before: sideSchema,
      after: sideSchema,
      outcome: z.enum(BEFORE_AFTER_OUTCOMES),
    }),
  ),
  summary: outcomeSummarySchema,
  byRep: z.array(outcomeSummarySchema.extend({ repId: idSchema, repName: z.string() })),
});
export type CoachingEffect = z.infer<typeof coachingEffectSchema>;

export const behaviourBreakdownSchema = z.object({
  behaviourId: idSchema,
  reps: z.array(
    z.object({
      repId: idSchema,
      repName: z.string(),
      estimate: levelEstimateSchema,
      verdict: trendVerdictSchema,
    }),
  ),
});

const targetLevelSchema = z
  .number({ error: 'The target level must be a number from 2 to 4' })
  .int('The target level must be a whole number from 2 to 4')
  .min(2, 'The target level must be from 2 to 4: level 1 is where everyone starts')
  .max(4, 'The target level must be from 2 to 4');

export const progressMethods = {
  'progress.rep': query(
    'A rep’s progress per behaviour: every observation, the smoothed trend, the level estimate with its evidence, the verdict and any goal.',
    z.object({ repId: idSchema }).strict(),
    repProgressSchema,
  ),
  'progress.team': query(
    'The team at a glance: current levels per rep and behaviour or competency, coverage, and commitments kept.',
    z.object({}).strict(),
    teamProgressSchema,
  ),
  'progress.coaching': query(
    'Did coaching work: levels in the weeks before and after each focus behaviour was set, per rep and in sum.',
    z
      .object({
        weeks: z
          .number({ error: 'Weeks must be a number' })
          .int('Weeks must be a whole number')
          .min(2, 'Compare at least 2 weeks either side')
          .max(26, 'Compare at most 26 weeks either side')
          .default(DEFAULT_BEFORE_AFTER_WEEKS),
        repId: idSchema.optional(),
        /** Focus periods set on or after this date; a year back by default. */
        from: isoDateSchema.optional(),
      })
      .strict(),
    coachingEffectSchema,
  ),
  'progress.behaviour': query(
    'One behaviour across the team: each rep’s level now, trend and evidence count.',
    z.object({ behaviourId: idSchema }).strict(),
    behaviourBreakdownSchema,
  ),
  'progress.createGoal': mutation(
    'Sets a development goal: a target level on one behaviour by a date.',
    z
      .object({
        repId: idSchema,
        behaviourId: idSchema,
        targetLevel: targetLevelSchema,
        dueOn: isoDateSchema,
        note: optionalText(1000, 'The note'),
      })
      .strict(),
    developmentGoalSchema,
  ),
  'progress.updateGoal': mutation(
    'Changes a goal’s target level, date or note.',
    z
      .object({
        ...revisionedInput,
        targetLevel: targetLevelSchema,
        dueOn: isoDateSchema,
        note: optionalText(1000, 'The note'),
      })
      .strict(),
    developmentGoalSchema,
  ),
  'progress.deleteGoal': mutation('Removes a goal.', byIdInput, z.object({ id: idSchema })),
};
