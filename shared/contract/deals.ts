import { z } from 'zod';
import { QUESTION_IDS } from '../domain/qualification';
import { byIdInput, idSchema, isoDateSchema, optionalText, requiredText, revisionedInput } from './common';
import { mutation, query } from './define';

export const FORECAST_CATEGORIES = ['pipeline', 'best-case', 'commit'] as const;
export const forecastCategorySchema = z.enum(FORECAST_CATEGORIES, {
  error: 'Choose pipeline, best case or commit',
});
export type ForecastCategory = z.infer<typeof forecastCategorySchema>;
export const DEAL_OUTCOMES = ['open', 'won', 'lost'] as const;
export const dealOutcomeSchema = z.enum(DEAL_OUTCOMES, { error: 'Choose open, won or lost' });
export type DealOutcome = z.infer<typeof dealOutcomeSchema>;
export const DEAL_HISTORY_FIELDS = ['stage', 'close-date', 'forecast-category', 'outcome'] as const;
export const DEAL_LINK_KINDS = ['call-review', 'proposal-review', 'note'] as const;
export const dealLinkKindSchema = z.enum(DEAL_LINK_KINDS, { error: 'Unknown kind of link' });
export const ANSWER_STATUSES = ['evidence', 'assumption'] as const;
export const EVIDENCE_SOURCES = ['typed', 'call-moment', 'note', 'proposal-passage'] as const;
export const CONTACT_ROLES = [
  'first-contact',
  'champion',
  'economic-buyer',
  'decision-maker',
  'approver',
  'procurement',
  'user',
  'other',
] as const;
export const questionIdSchema = z.enum(QUESTION_IDS, { error: 'Unknown qualification question' });

/** ISO 4217: three capital letters. Typed lower case is accepted and raised. */
export const currencySchema = z
  .string({ error: 'Currency is required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code, like EUR or USD');

/** An amount in the currency's minor units (cents): a whole number, never a float. */
export const minorUnitsSchema = z
  .number({ error: 'The value must be a number' })
  .int('The value is in minor units (cents): a whole number')
  .nonnegative('The value cannot be negative')
  .max(Number.MAX_SAFE_INTEGER, 'That value is too large');

export const dealSchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  account: z.string(),
  name: z.string(),
  valueMinor: z.number().int(),
  currency: z.string(),
  segment: z.string().nullable(),
  product: z.string().nullable(),
  stageId: idSchema,
  stageName: z.string(),
  stagePosition: z.number().int(),
  expectedCloseOn: isoDateSchema.nullable(),
  forecastCategory: forecastCategorySchema,
  nextStep: z.string().nullable(),
  nextStepOn: isoDateSchema.nullable(),
  nextStepOwner: z.string().nullable(),
  crmSource: z.string().nullable(),
  crmId: z.string().nullable(),
  outcome: dealOutcomeSchema,
  closedOn: isoDateSchema.nullable(),
  openedOn: isoDateSchema,
  notes: z.string().nullable(),
  /** How many times the expected close date has moved (each with a reason in the history). */
  closeDateMoves: z.number().int().nonnegative(),
  revision: z.number().int().positive(),
});
export type Deal = z.infer<typeof dealSchema>;

export const dealHistoryEntrySchema = z.object({
  id: idSchema,
  field: z.enum(DEAL_HISTORY_FIELDS),
  fromValue: z.string().nullable(),
  toValue: z.string().nullable(),
  changedOn: isoDateSchema,
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  reason: z.string(),
});
export type DealHistoryEntry = z.infer<typeof dealHistoryEntrySchema>;

export const dealLinkSchema = z.object({
  id: idSchema,
  kind: dealLinkKindSchema,
  targetId: idSchema,
  /** What the link shows: the call's title, the note's first line. */
  title: z.string(),
  date: isoDateSchema.nullable(),
});
export type DealLink = z.infer<typeof dealLinkSchema>;

export const dealAnswerSchema = z.object({
  questionId: questionIdSchema,
  answer: z.string(),
  status: z.enum(ANSWER_STATUSES),
  evidenceOn: isoDateSchema.nullable(),
  sourceKind: z.enum(EVIDENCE_SOURCES).nullable(),
  sourceId: idSchema.nullable(),
  sourceSegment: z.number().int().nonnegative().nullable(),
  sourceMs: z.number().int().nonnegative().nullable(),
  updatedAt: z.string(),
});
export type DealAnswer = z.infer<typeof dealAnswerSchema>;

export const dealContactSchema = z.object({
  id: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  role: z.enum(CONTACT_ROLES),
  lastContactOn: isoDateSchema.nullable(),
});
export type DealContact = z.infer<typeof dealContactSchema>;

export const dealDetailSchema = z.object({
  deal: dealSchema,
  history: z.array(dealHistoryEntrySchema),
  links: z.array(dealLinkSchema),
  answers: z.array(dealAnswerSchema),
  contacts: z.array(dealContactSchema),
});
export type DealDetail = z.infer<typeof dealDetailSchema>;

const reasonText = requiredText(500, 'Reason');

const dealFields = {
  account: requiredText(200, 'Account'),
  name: requiredText(200, 'Deal name'),
  valueMinor: minorUnitsSchema,
  currency: currencySchema,
  segment: optionalText(100, 'Segment'),
  product: optionalText(200, 'Product'),
  nextStep: optionalText(500, 'Next step'),
  nextStepOn: isoDateSchema.nullish().transform((v) => v ?? null),
  nextStepOwner: optionalText(200, 'Next step owner'),
  notes: optionalText(5000, 'Notes'),
};

export const dealMethods = {
  'deals.list': query(
    'Deals the viewer may see: one rep’s, or the whole team’s; open ones unless an outcome is given.',
    z
      .object({
        repId: idSchema.optional(),
        outcome: dealOutcomeSchema.optional(),
      })
      .strict(),
    z.array(dealSchema),
  ),
  'deals.get': query('One deal with its history, card, contacts and links.', byIdInput, dealDetailSchema),
  'deals.create': mutation(
    'Opens a deal for a rep.',
    z
      .object({
        repId: idSchema,
        ...dealFields,
        stageId: idSchema,
        expectedCloseOn: isoDateSchema.nullish().transform((v) => v ?? null),
        forecastCategory: forecastCategorySchema.default('pipeline'),
        openedOn: isoDateSchema.optional(),
        crmSource: optionalText(40, 'CRM source'),
        crmId: optionalText(100, 'CRM id'),
      })
      .strict()
      .refine((v) => (v.crmId === null) === (v.crmSource === null), {
        message: 'A CRM id needs its source (salesforce, hubspot…), and a source needs an id',
        path: ['crmId'],
      }),
    dealSchema,
  ),
  'deals.update': mutation(
    'Edits a deal’s facts and next step. Stage, close date and forecast category move with deals.move.',
    z.object({ ...revisionedInput, ...dealFields }).strict(),
    dealSchema,
  ),
  'deals.move': mutation(
    'Moves a deal’s stage, expected close date or forecast category, recording why in its history.',
    z
      .object({
        ...revisionedInput,
        stageId: idSchema.optional(),
        expectedCloseOn: isoDateSchema.nullable().optional(),
        forecastCategory: forecastCategorySchema.optional(),
        reason: reasonText,
        /** The day it changed, if not today. */
        changedOn: isoDateSchema.optional(),
      })
      .strict()
      .refine(
        (v) => v.stageId !== undefined || v.expectedCloseOn !== undefined || v.forecastCategory !== undefined,
        { message: 'Say what moves: the stage, the close date or the forecast category', path: ['stageId'] },
      ),
    dealSchema,
  ),
  'deals.close': mutation(
    'Closes a deal as won or lost, or reopens it, with the day and a reason.',
    z
      .object({
        ...revisionedInput,
        outcome: dealOutcomeSchema,
        closedOn: isoDateSchema.optional(),
        reason: reasonText,
      })
      .strict(),
    dealSchema,
  ),
  'deals.link': mutation(
    'Attaches a call review, proposal review or note to a deal.',
    z.object({ dealId: idSchema, kind: dealLinkKindSchema, targetId: idSchema }).strict(),
    z.array(dealLinkSchema),
  ),
  'deals.unlink': mutation(
    'Detaches a call review, proposal review or note from a deal.',
    z.object({ dealId: idSchema, linkId: idSchema }).strict(),
    z.array(dealLinkSchema),
  ),
  'deals.saveAnswer': mutation(
    'Answers a question of the deal’s qualification card, as evidence (dated, with its source) or assumption.',
    z
      .object({
        dealId: idSchema,
        questionId: questionIdSchema,
        answer: requiredText(2000, 'Answer'),
        status: z.enum(ANSWER_STATUSES, { error: 'Choose evidence or assumption' }),
        evidenceOn: isoDateSchema.nullish().transform((v) => v ?? null),
        sourceKind: z
          .enum(EVIDENCE_SOURCES)
          .nullish()
          .transform((v) => v ?? null),
        sourceId: idSchema.nullish().transform((v) => v ?? null),
        sourceSegment: z
          .number()
          .int()
          .nonnegative()
          .nullish()
          .transform((v) => v ?? null),
        sourceMs: z
          .number()
          .int()
          .nonnegative()
          .nullish()
          .transform((v) => v ?? null),
      })
      .strict()
      .refine((v) => v.status === 'assumption' || v.evidenceOn !== null, {
        message: 'Evidence needs the day the customer said or did it',
        path: ['evidenceOn'],
      })
      .refine((v) => v.status === 'assumption' || v.sourceKind !== null, {
        message: 'Evidence needs its source: a call moment, a note, a proposal passage, or typed',
        path: ['sourceKind'],
      })
      .refine((v) => v.sourceKind === null || v.sourceKind === 'typed' || v.sourceId !== null, {
        message: 'Choose the call, note or proposal the evidence is in',
        path: ['sourceId'],
      }),
    dealAnswerSchema,
  ),
  'deals.clearAnswer': mutation(
    'Removes the answer to a question of the card.',
    z.object({ dealId: idSchema, questionId: questionIdSchema }).strict(),
    z.object({ dealId: idSchema, questionId: questionIdSchema }),
  ),
  'deals.saveContacts': mutation(
    'Sets the people on the buyer’s side of a deal, in order.',
    z
      .object({
        dealId: idSchema,
        contacts: z
          .array(
            z
              .object({
                name: requiredText(200, 'Name'),
                title: optionalText(200, 'Title'),
                role: z.enum(CONTACT_ROLES, { error: 'Choose a role' }),
                lastContactOn: isoDateSchema.nullish().transform((v) => v ?? null),
              })
              .strict(),
          )
          .max(100, 'At most 100 contacts'),
      })
      .strict(),
    z.array(dealContactSchema),
  ),
  'deals.forTarget': query(
    'The deals a call review, proposal review or note is attached to.',
    z.object({ kind: dealLinkKindSchema, targetId: idSchema }).strict(),
    z.array(dealSchema),
  ),
};
