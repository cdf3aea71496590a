import { z } from 'zod';
import { idSchema, optionalText, requiredText } from '../contract/common';

// The pieces of a role-play script and attempt, apart from the contract so that the import worker can
// check a script file without loading the rich-text editor's schema (the contract's situation field).

/** A beat's id inside its script: short, readable in a file, and never the word that ends a script. */
export const beatIdSchema = z
  .string({ error: 'A beat id must be text' })
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'A beat id is 1–40 lower-case letters, digits or dashes')
  .refine((v) => v !== 'end', '“end” is reserved: it ends the conversation');

/** After a beat: `null` goes on to the beat below it (or ends after the last), `'end'` ends, an id jumps. */
export const beatNextSchema = z.union([z.literal('end'), beatIdSchema]).nullable();

export const personaSchema = z
  .object({
    name: requiredText(80, 'The customer’s name'),
    title: requiredText(120, 'The customer’s job title'),
    company: requiredText(120, 'The company'),
    goals: requiredText(1000, 'The customer’s goals'),
    concerns: requiredText(1000, 'The customer’s concerns'),
    personality: requiredText(1000, 'How the customer behaves'),
  })
  .strict();
export type RolePlayPersona = z.infer<typeof personaSchema>;

export const branchSchema = z
  .object({
    /** What the rep does that takes the conversation this way: “discounts without asking for anything”. */
    condition: requiredText(300, 'The branch condition'),
    next: beatIdSchema,
  })
  .strict();

export const beatSchema = z
  .object({
    id: beatIdSchema,
    /** What the customer says, to read aloud. */
    customerLine: requiredText(2000, 'The customer’s line'),
    /** What the customer does or how they say it, for the person playing them. */
    direction: optionalText(500, 'The stage direction'),
    /** What a strong response does. */
    modelAnswer: requiredText(3000, 'The model answer'),
    behaviourIds: z.array(idSchema).max(6, 'A beat shows at most 6 behaviours'),
    branches: z.array(branchSchema).max(4, 'A beat has at most 4 branches').default([]),
    next: beatNextSchema.default(null),
  })
  .strict();
export type RolePlayBeat = z.infer<typeof beatSchema>;

export const rubricLineSchema = z
  .object({
    behaviourId: idSchema,
    /** What level 1, 2, 3 and 4 look like in this scenario. */
    levels: z.tuple(
      [
        requiredText(400, 'Level 1'),
        requiredText(400, 'Level 2'),
        requiredText(400, 'Level 3'),
        requiredText(400, 'Level 4'),
      ],
      { error: 'A rubric line describes exactly four levels' },
    ),
  })
  .strict();
export type RolePlayRubricLine = z.infer<typeof rubricLineSchema>;

export const ATTEMPT_MODES = ['manager-run', 'self-practice'] as const;
export const BEAT_MARKS = ['hit', 'partial', 'miss'] as const;

export const pathStepSchema = z
  .object({
    beatId: beatIdSchema,
    /** The branch taken out of this beat, by its index; null when the conversation went on as written. */
    branch: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type RolePlayPathStep = z.infer<typeof pathStepSchema>;

export const beatMarkSchema = z
  .object({
    beatId: beatIdSchema,
    mark: z.enum(BEAT_MARKS, { error: 'Mark a beat hit, partial or miss' }),
    note: optionalText(1000, 'The note'),
  })
  .strict();
export type RolePlayBeatMark = z.infer<typeof beatMarkSchema>;

/** Everything a script version holds but its situation (rich text, checked by the contract). */
export const scriptFieldsShape = {
  title: requiredText(120, 'Title'),
  persona: personaSchema,
  objectives: z
    .array(requiredText(300, 'An objective'))
    .min(1, 'Give the rep at least one objective')
    .max(8, 'At most 8 objectives'),
  difficulty: z
    .number({ error: 'Difficulty is 1, 2 or 3' })
    .int('Difficulty is 1, 2 or 3')
    .min(1, 'Difficulty is 1, 2 or 3')
    .max(3, 'Difficulty is 1, 2 or 3'),
  stageId: idSchema.nullish().transform((v) => v ?? null),
  beats: z.array(beatSchema).min(1, 'A script needs at least one beat').max(40, 'At most 40 beats'),
  rubric: z
    .array(rubricLineSchema)
    .min(1, 'A script needs at least one rubric line')
    .max(6, 'Keep a rubric to at most 6 behaviours'),
};
