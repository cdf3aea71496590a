import { z } from 'zod';
import { LOSS_OUTCOMES } from '../domain/loss-analytics';
import { idSchema, isoDateSchema, isoInstantSchema, optionalText, requiredText } from './common';
import { dealHistoryEntrySchema, dealLinkSchema, dealSchema } from './deals';
import { mutation, query } from './define';
import { richTextDocSchema, storedRichTextDocSchema } from './rich-text';

export const lossOutcomeSchema = z.enum(LOSS_OUTCOMES, {
  error: 'Choose competitor, no decision, built in-house or unknown',
});
export const LOSS_OUTCOME_LABELS: Record<(typeof LOSS_OUTCOMES)[number], string> = {
  competitor: 'Lost to a competitor',
  'no-decision': 'No decision / status quo',
  'built-in-house': 'Customer chose to build',
  unknown: 'Unknown',
};

/** A reason as recorded on a deal: the taxonomy's id and the name it had then (and has now). */
export const recordedReasonSchema = z.object({
  reasonId: idSchema,
  /** The name when it was recorded: what this deal says, whatever the taxonomy says today. */
  label: z.string(),
  /** The taxonomy's name today, when it differs (renamed since). */
  nameNow: z.string().nullable(),
});
export type RecordedReason = z.infer<typeof recordedReasonSchema>;

export const dealLossSchema = z.object({
  dealId: idSchema,
  outcome: lossOutcomeSchema,
  competitor: z.string().nullable(),
  primaryReason: recordedReasonSchema.nullable(),
  secondaryReasons: z.array(recordedReasonSchema),
  repView: recordedReasonSchema.nullable(),
  managerView: recordedReasonSchema.nullable(),
  /** Both views recorded and different. */
  viewsDisagree: z.boolean(),
  whatWouldHaveChanged: z.string().nullable(),
  /** The loss reason as an imported CRM export gave it, word for word. */
  crmReason: z.string().nullable(),
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type DealLoss = z.infer<typeof dealLossSchema>;

export const ACTION_OWNERS = ['rep', 'manager'] as const;

export const retrospectiveEventSchema = z.object({
  id: idSchema,
  happenedOn: isoDateSchema,
  what: z.string(),
  who: z.string().nullable(),
});
export const retrospectiveActionSchema = z.object({
  id: idSchema,
  dealId: idSchema,
  text: z.string(),
  owner: z.enum(ACTION_OWNERS),
  dueOn: isoDateSchema.nullable(),
  status: z.enum(['open', 'done']),
});
export type RetrospectiveAction = z.infer<typeof retrospectiveActionSchema>;

export const retrospectiveSchema = z.object({
  dealId: idSchema,
  document: storedRichTextDocSchema,
  decisionProcess: z.enum(['evidence', 'assumption']).nullable(),
  events: z.array(retrospectiveEventSchema),
  actions: z.array(retrospectiveActionSchema),
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type Retrospective = z.infer<typeof retrospectiveSchema>;

export const lostDealDetailSchema = z.object({
  deal: dealSchema,
  loss: dealLossSchema.nullable(),
  /** The saved retrospective, or null when none is started yet (see `draft`). */
  retrospective: retrospectiveSchema.nullable(),
  /** What a new retrospective opens with: a section per stage reached, pre-filled with the deal's history. */
  draft: storedRichTextDocSchema,
  history: z.array(dealHistoryEntrySchema),
  /** The deal's call reviews, proposal reviews and notes. */
  links: z.array(dealLinkSchema),
  /** Whether the viewer is the deal's rep (their view is the rep's view) or a manager. */
  viewerRole: z.enum(['rep', 'manager']),
});
export type LostDealDetail = z.infer<typeof lostDealDetailSchema>;

export const lossFilterSchema = z
  .object({
    from: isoDateSchema.nullish().transform((v) => v ?? null),
    to: isoDateSchema.nullish().transform((v) => v ?? null),
    repIds: z.array(idSchema).max(500).default([]),
    /** Segments to keep; `null` in the list keeps deals without one. */
    segments: z.array(z.string().max(100).nullable()).max(500).default([]),
  })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'The start is after the end', path: ['to'] });

const counted = { count: z.number().int().nonnegative(), dealIds: z.array(idSchema) };
const moneySchema = z.object({
  currency: z.string(),
  totalMinor: z.number().int(),
  dealIds: z.array(idSchema),
});
const groupSchema = z.object({
  key: z.string(),
  label: z.string(),
  ...counted,
  value: z.array(moneySchema),
  reasons: z.array(z.object({ reasonId: z.string(), ...counted })),
});

export const lossDashboardSchema = z.object({
  /** Every lost deal the filter keeps, for the count and the click-through. */
  total: z.object(counted),
  /** Names of what the keys are: reasons (by id, '' for none recorded), stages, reps. */
  reasons: z.array(z.object({ id: z.string(), name: z.string(), archived: z.boolean() })),
  stages: z.array(z.object({ id: idSchema, name: z.string() })),
  byStage: z.array(z.object({ stageId: idSchema, reasonId: z.string(), ...counted })),
  byRep: z.array(groupSchema),
  bySegment: z.array(groupSchema),
  byQuarter: z.array(groupSchema),
  valueLost: z.array(moneySchema),
  decisionProcess: z.object({
    assumed: z.object(counted),
    evidenced: z.object(counted),
    notMarked: z.object(counted),
    share: z.number().min(0).max(1).nullable(),
  }),
  behaviours: z.array(z.object({ behaviourId: idSchema, name: z.string(), ...counted })),
  views: z.object({
    bothRecorded: z.object(counted),
    disagree: z.object(counted),
    repNamedPrice: z.object(counted),
    managerNamedPrice: z.object(counted),
  }),
  /** What the filter can choose from: every rep with a lost deal, every segment. */
  choices: z.object({
    reps: z.array(z.object({ id: idSchema, name: z.string() })),
    segments: z.array(z.string().nullable()),
  }),
});
export type LossDashboard = z.infer<typeof lossDashboardSchema>;

export const lostDealRowSchema = z.object({
  deal: dealSchema,
  outcome: lossOutcomeSchema.nullable(),
  primaryReason: recordedReasonSchema.nullable(),
  hasRetrospective: z.boolean(),
});

const reasonIdsSchema = z.array(idSchema).max(5, 'Choose at most five secondary reasons');

export const lostDealMethods = {
  'lostDeals.list': query(
    'Lost deals the viewer may see, most recent loss first: all of them, those the filter keeps, or the given ones.',
    z
      .object({ filter: lossFilterSchema.optional(), dealIds: z.array(idSchema).max(5000).optional() })
      .strict(),
    z.array(lostDealRowSchema),
  ),
  'lostDeals.get': query(
    'A lost deal: how it was lost, its retrospective (or the pre-filled draft), history and links.',
    z.object({ dealId: idSchema }).strict(),
    lostDealDetailSchema,
  ),
  'lostDeals.dashboard': query(
    'Loss analytics over the lost deals the filter keeps.',
    lossFilterSchema,
    lossDashboardSchema,
  ),
  'lostDeals.saveQuickForm': mutation(
    'The quick form right after a loss: outcome, reasons and one sentence. The primary reason is also the viewer’s own view (the rep’s or the manager’s).',
    z
      .object({
        dealId: idSchema,
        /** The revision of the loss record last seen; absent for the first save. */
        revision: z.number().int().positive().optional(),
        outcome: lossOutcomeSchema,
        competitor: optionalText(200, 'Competitor'),
        primaryReasonId: idSchema.nullish().transform((v) => v ?? null),
        secondaryReasonIds: reasonIdsSchema.default([]),
        whatWouldHaveChanged: optionalText(500, 'What would have changed it'),
      })
      .strict(),
    dealLossSchema,
  ),
  'lostDeals.recordView': mutation(
    'Records the viewer’s own view of the primary reason: the rep’s if they are the deal’s rep, otherwise the manager’s.',
    z.object({ dealId: idSchema, reasonId: idSchema.nullable() }).strict(),
    dealLossSchema,
  ),
  'lostDeals.saveRetrospective': mutation(
    'Saves the retrospective document (starting it from the draft the first time); its behaviour tags become observations.',
    z
      .object({
        dealId: idSchema,
        /** The revision last seen; absent to start the retrospective. */
        revision: z.number().int().positive().optional(),
        document: richTextDocSchema,
      })
      .strict(),
    retrospectiveSchema,
  ),
  'lostDeals.saveTimeline': mutation(
    'Replaces the retrospective’s timeline of key events.',
    z
      .object({
        dealId: idSchema,
        events: z
          .array(
            z
              .object({
                happenedOn: isoDateSchema,
                what: requiredText(500, 'What happened'),
                who: optionalText(200, 'Who'),
              })
              .strict(),
          )
          .max(200, 'A timeline holds at most 200 events'),
      })
      .strict(),
    retrospectiveSchema,
  ),
  'lostDeals.saveActions': mutation(
    'Replaces the retrospective’s action items; open ones show in the rep’s next prep brief.',
    z
      .object({
        dealId: idSchema,
        actions: z
          .array(
            z
              .object({
                id: idSchema.optional(),
                text: requiredText(500, 'Action'),
                owner: z.enum(ACTION_OWNERS, { error: 'The owner is the rep or the manager' }),
                dueOn: isoDateSchema.nullish().transform((v) => v ?? null),
                status: z.enum(['open', 'done']).default('open'),
              })
              .strict(),
          )
          .max(50, 'A retrospective holds at most 50 action items'),
      })
      .strict(),
    retrospectiveSchema,
  ),
};
