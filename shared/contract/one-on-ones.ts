import { z } from 'zod';
import { CADENCE_STATES, CADENCES } from '../domain/cadence';
import { emptyInput, idSchema, isoDateSchema, isoInstantSchema } from './common';
import { mutation, query } from './define';
import { richTextDocSchema, storedRichTextDocSchema } from './rich-text';
import { observationSchema } from './observations';
import { byIdInput, requiredText, revisionedInput } from './common';
import { developmentGoalSchema } from './progress';

export const cadenceSchema = z.enum(CADENCES, { error: 'Choose weekly, fortnightly or monthly' });
export const ONE_ON_ONE_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export const oneOnOneStatusSchema = z.enum(ONE_ON_ONE_STATUSES);
export const AGENDA_AUTHORS = ['manager', 'rep'] as const;
export const agendaAuthorSchema = z.enum(AGENDA_AUTHORS);
export const COMMITMENT_OWNERS = ['rep', 'manager'] as const;
export const COMMITMENT_STATUSES = ['open', 'done', 'dropped'] as const;
export const NOTE_PARTS = ['shared', 'private'] as const;
export const notePartSchema = z.enum(NOTE_PARTS);

/** Carried three times without being closed: the "graveyard" item a manager should deal with. */
export const STUCK_AFTER_CARRIES = 3;

export const agendaItemSchema = z.object({
  id: idSchema,
  oneOnOneId: idSchema,
  text: z.string(),
  author: agendaAuthorSchema,
  recurring: z.boolean(),
  done: z.boolean(),
  carriedCount: z.number().int().nonnegative(),
  stuck: z.boolean(),
  position: z.number().int(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const commitmentSchema = z.object({
  id: idSchema,
  repId: idSchema,
  oneOnOneId: idSchema,
  madeOn: isoDateSchema,
  text: z.string(),
  owner: z.enum(COMMITMENT_OWNERS),
  dueOn: isoDateSchema.nullable(),
  behaviourId: idSchema.nullable(),
  behaviourName: z.string().nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  dropReason: z.string().nullable(),
  closedOn: isoDateSchema.nullable(),
  overdue: z.boolean(),
  revision: z.number().int().positive(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const focusBehaviourSchema = z.object({
  behaviourId: idSchema,
  name: z.string(),
  /** Observations of this behaviour since the focus was set, from any source. */
  evidence: z.array(observationSchema),
});

export const oneOnOneSummarySchema = z.object({
  id: idSchema,
  repId: idSchema,
  date: isoDateSchema,
  status: oneOnOneStatusSchema,
  agendaCount: z.number().int().nonnegative(),
  commitmentCount: z.number().int().nonnegative(),
});
export type OneOnOneSummary = z.infer<typeof oneOnOneSummarySchema>;

export const oneOnOneNotesSchema = z.object({
  doc: storedRichTextDocSchema,
  revision: z.number().int().positive(),
});

export const oneOnOneSchema = oneOnOneSummarySchema.extend({
  repName: z.string(),
  previous: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
  agenda: z.array(agendaItemSchema),
  /** Made in this one-to-one, plus every earlier one still open. */
  commitments: z.array(commitmentSchema),
  focus: z.array(focusBehaviourSchema),
  /** The focus chosen last time, with what was observed on it since: what this meeting opens with. */
  previousFocus: z.array(focusBehaviourSchema),
  shared: oneOnOneNotesSchema,
  /** The private notes, only for their author; null for anyone else (nothing of them is sent). */
  private: oneOnOneNotesSchema.nullable(),
  /**
   * Whose private notes these are, shown to the rep's other managers as "Private notes by …" (no text);
   * null when there is no author yet, and for the rep, who is not told.
   */
  privateAuthor: z.object({ id: idSchema, name: z.string() }).nullable(),
  revision: z.number().int().positive(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type OneOnOne = z.infer<typeof oneOnOneSchema>;

export const repCadenceSchema = z.object({
  repId: idSchema,
  repName: z.string(),
  managerName: z.string().nullable(),
  cadence: cadenceSchema.nullable(),
  lastMetOn: isoDateSchema.nullable(),
  next: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
  dueOn: isoDateSchema.nullable(),
  state: z.enum(CADENCE_STATES),
  openCommitments: z.number().int().nonnegative(),
  overdueCommitments: z.number().int().nonnegative(),
});
export type RepCadence = z.infer<typeof repCadenceSchema>;

export const agendaTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  items: z.array(z.string()),
  builtIn: z.boolean(),
});
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;

const briefObservationGroup = z.object({
  behaviourId: idSchema,
  name: z.string(),
  observations: z.array(observationSchema),
});

export const prepBriefSchema = z.object({
  repId: idSchema,
  repName: z.string(),
  asOf: isoDateSchema,
  /** The start of "since last time": the last held one-to-one, or 6 weeks back when there is none. */
  since: isoDateSchema,
  lastOneOnOne: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
  nextOneOnOne: z.object({ id: idSchema, date: isoDateSchema }).nullable(),
  openCommitments: z.array(commitmentSchema),
  overdueCommitments: z.array(commitmentSchema),
  focus: z.array(briefObservationGroup.extend({ setOn: isoDateSchema })),
  otherObservations: z.array(briefObservationGroup),
  levelChanges: z.array(
    z.object({
      behaviourId: idSchema,
      name: z.string(),
      before: z.number(),
      after: z.number(),
      direction: z.enum(['up', 'down']),
    }),
  ),
  recentCallReviews: z.array(
    z.object({
      id: idSchema,
      date: isoDateSchema,
      account: z.string(),
      callTypeName: z.string(),
      annotationCount: z.number().int(),
      score: z.number().nullable(),
    }),
  ),
  recentNotes: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      updatedAt: isoInstantSchema,
      observationCount: z.number().int(),
    }),
  ),
  stuckItems: z.array(agendaItemSchema),
  suggestions: z.array(z.object({ behaviourId: idSchema, name: z.string(), reason: z.string() })),
  /** The rep's development goals with progress against each. */
  goals: z.array(developmentGoalSchema),
  /**
   * Open deals to review, flagged ones first with the reasons (shared/domain/deal-flags.ts): what the
   * manager should challenge in the deal review.
   */
  dealsToReview: z.array(
    z.object({
      dealId: idSchema,
      account: z.string(),
      name: z.string(),
      stageName: z.string(),
      forecastCategory: z.enum(['pipeline', 'best-case', 'commit']),
      valueMinor: z.number().int(),
      currency: z.string(),
      reasons: z.array(z.string()),
    }),
  ),
  /** Open action items from the rep's lost-deal retrospectives, soonest due first. */
  retrospectiveActions: z.array(
    z.object({
      id: idSchema,
      dealId: idSchema,
      account: z.string(),
      dealName: z.string(),
      text: z.string(),
      owner: z.enum(['rep', 'manager']),
      dueOn: isoDateSchema.nullable(),
    }),
  ),
  /** Role-play practice since last time, newest first, with the mean rubric score of each attempt. */
  recentRolePlays: z.array(
    z.object({
      id: idSchema,
      scriptId: idSchema,
      title: z.string(),
      version: z.number().int(),
      mode: z.enum(['manager-run', 'self-practice']),
      practisedOn: isoDateSchema,
      average: z.number(),
    }),
  ),
});
export type PrepBrief = z.infer<typeof prepBriefSchema>;

export const oneOnOneMethods = {
  'oneOnOnes.overview': query(
    'Every active rep with cadence, last and next one-to-one, and whether it is overdue.',
    emptyInput,
    z.array(repCadenceSchema),
  ),
  'oneOnOnes.setCadence': mutation(
    'Sets how often to meet a rep (null: no set cadence).',
    z.object({ repId: idSchema, cadence: cadenceSchema.nullable() }).strict(),
    repCadenceSchema,
  ),
  'oneOnOnes.list': query(
    'A rep’s one-to-ones, newest first.',
    z.object({ repId: idSchema }).strict(),
    z.array(oneOnOneSummarySchema),
  ),
  'oneOnOnes.get': query(
    'One one-to-one with its agenda, commitments, focus and notes.',
    byIdInput,
    oneOnOneSchema,
  ),
  'oneOnOnes.create': mutation(
    'Plans a one-to-one; open agenda items and recurring ones from the previous one-to-one come with it.',
    z.object({ repId: idSchema, date: isoDateSchema, templateId: idSchema.nullish() }).strict(),
    oneOnOneSchema,
  ),
  'oneOnOnes.update': mutation(
    'Reschedules a one-to-one or marks it held or cancelled.',
    z.object({ ...revisionedInput, date: isoDateSchema, status: oneOnOneStatusSchema }).strict(),
    oneOnOneSchema,
  ),
  'oneOnOnes.saveNotes': mutation(
    'Saves the shared or the private notes if `revision` is still current, reconciling their behaviour tags.',
    z.object({ ...revisionedInput, part: notePartSchema, doc: richTextDocSchema }).strict(),
    z.object({
      revision: z.number().int().positive(),
      orphaned: z.array(idSchema),
      refreshed: z.array(idSchema),
      reattached: z.array(idSchema),
    }),
  ),
  'oneOnOnes.setFocus': mutation(
    'Chooses one to three behaviours to work on until the next one-to-one.',
    z
      .object({
        id: idSchema,
        behaviourIds: z.array(idSchema).max(3, 'Choose at most three behaviours: focus means few'),
      })
      .strict(),
    oneOnOneSchema,
  ),
  'oneOnOnes.prepBrief': query(
    'Everything worth raising in the next one-to-one with a rep, assembled from their history.',
    z.object({ repId: idSchema }).strict(),
    prepBriefSchema,
  ),
  'oneOnOnes.addToNext': mutation(
    'Adds a talking point or a focus behaviour to the rep’s next one-to-one. When none is planned, plans it first: on `date`, or on the day the cadence says it is due (a `date` issue asks for one when there is no cadence to go by).',
    z
      .object({
        repId: idSchema,
        date: isoDateSchema.optional(),
        agendaText: requiredText(500, 'Talking point').optional(),
        focusBehaviourId: idSchema.optional(),
      })
      .strict(),
    z.object({ oneOnOne: oneOnOneSchema, planned: z.boolean() }),
  ),
  'oneOnOnes.exportMarkdown': query(
    'The shared parts of a one-to-one as Markdown, to send to the rep. Private notes are never included.',
    byIdInput,
    z.object({ fileName: z.string(), markdown: z.string() }),
  ),
};
