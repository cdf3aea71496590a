import { z } from 'zod';
import { DATE_FORMATS, IMPORT_FIELDS, NUMBER_FORMATS } from '../domain/crm-import';
import { DEAL_FLAG_KINDS } from '../domain/deal-flags';
import { QUESTION_IDS } from '../domain/qualification';
import { byIdInput, idSchema, isoDateSchema, optionalText, requiredText, revisionedInput } from './common';
import { mutation, prepare, query } from './define';

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

export const dealFlagSchema = z.object({ kind: z.enum(DEAL_FLAG_KINDS), reason: z.string() });

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
  /** Honesty flags, each with its reason (shared/domain/deal-flags.ts); none once closed. */
  flags: z.array(dealFlagSchema),
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

export const exitCriterionSchema = z.object({
  id: idSchema,
  text: z.string(),
  questionId: questionIdSchema.nullable(),
});
export const stageExitCriteriaSchema = z.object({
  stageId: idSchema,
  stageName: z.string(),
  position: z.number().int(),
  criteria: z.array(exitCriterionSchema),
});
export type StageExitCriteria = z.infer<typeof stageExitCriteriaSchema>;

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
  'deals.exitCriteria': query(
    'Every active stage with its exit criteria, stages in order.',
    z.object({}).strict(),
    z.array(stageExitCriteriaSchema),
  ),
  'deals.saveExitCriteria': mutation(
    'Sets a stage’s exit criteria, in order; each may name the card question whose evidence meets it.',
    z
      .object({
        stageId: idSchema,
        criteria: z
          .array(
            z
              .object({
                text: requiredText(300, 'Criterion'),
                questionId: questionIdSchema.nullish().transform((v) => v ?? null),
              })
              .strict(),
          )
          .max(20, 'At most 20 criteria a stage'),
      })
      .strict(),
    stageExitCriteriaSchema,
  ),
  'deals.forTarget': query(
    'The deals a call review, proposal review or note is attached to.',
    z.object({ kind: dealLinkKindSchema, targetId: idSchema }).strict(),
    z.array(dealSchema),
  ),
};

export const MAX_IMPORT_FILE_BYTES = 30 * 1024 * 1024;

const importFieldSchema = z.enum(IMPORT_FIELDS);

export const crmImportInputSchema = z
  .object({
    fileName: z.string().max(260).nullish(),
    /** The file's bytes, base64: the encoding is found from them (UTF-8, UTF-16, Windows-1252…). */
    contentBase64: z
      .string()
      .min(1, 'Choose a CSV file')
      .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, 'The CSV file is larger than 30 MB'),
    /** Column (by header) for each field; missing: matched from the headers. */
    mapping: z.partialRecord(importFieldSchema, z.string().max(300)).optional(),
    dateFormat: z.enum(DATE_FORMATS).default('YYYY-MM-DD'),
    numberFormat: z.enum(NUMBER_FORMATS).default('1,234.56'),
    defaultCurrency: currencySchema.nullish().transform((v) => v ?? null),
    /** The reps rows may name (by name or email) and the library's stages, as the screen has them. */
    reps: z
      .array(
        z.object({ id: idSchema, name: z.string().max(200), email: z.string().max(320).nullable() }).strict(),
      )
      .max(10_000),
    stages: z.array(z.object({ id: idSchema, name: z.string().max(200) }).strict()).max(200),
    closedStageId: idSchema.nullish().transform((v) => v ?? null),
  })
  .strict();

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});

export const crmImportPreviewSchema = z.object({
  fileName: z.string().nullable(),
  encoding: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  /** The mapping used: the one given, or the one matched from the headers. */
  mapping: z.partialRecord(importFieldSchema, z.string()),
  /** Required fields without a column: nothing can be imported until they have one. */
  missing: z.array(importFieldSchema),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  invalidRowCount: z.number().int(),
  /** The first problems, each with its row number (the header is row 1). */
  errors: z.array(importRowErrorSchema),
  /** The first rows as they will be imported. */
  sample: z.array(
    z.object({
      row: z.number().int(),
      crmId: z.string().nullable(),
      account: z.string(),
      name: z.string(),
      repId: idSchema,
      valueMinor: z.number().int(),
      currency: z.string(),
      stageId: idSchema,
      expectedCloseOn: z.string().nullable(),
      forecastCategory: forecastCategorySchema,
      outcome: dealOutcomeSchema,
    }),
  ),
  warnings: z.array(z.string()),
});
export type CrmImportPreview = z.infer<typeof crmImportPreviewSchema>;

export const dealImportMethods = {
  'deals.prepareImport': prepare(
    'Reads a CRM CSV export off the core’s thread and maps its rows to deals with the chosen columns and formats: a preview with every row’s problems by row number, and a preparedId deals.import writes. Saves nothing.',
    crmImportInputSchema,
    crmImportPreviewSchema,
    'The import preview expired; choose the file again.',
  ),
  'deals.import': mutation(
    'Writes a prepared CRM import in one go: new deals created, deals with a known CRM id updated (never doubled). Refused while rows have errors unless only the valid rows are wanted.',
    z
      .object({
        preparedId: z.string().min(1),
        /** Where the CRM ids come from: `salesforce`, `hubspot`, or `csv` for any other export. */
        crmSource: requiredText(40, 'CRM source')
          .toLowerCase()
          .regex(/^[a-z0-9-]+$/, 'Use letters, digits and dashes for the CRM source'),
        skipInvalidRows: z.boolean().default(false),
      })
      .strict(),
    z.object({
      created: z.number().int(),
      updated: z.number().int(),
      skipped: z.number().int(),
      ids: z.array(idSchema),
    }),
  ),
};
