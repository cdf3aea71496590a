import { z } from 'zod';
import { byIdInput, idSchema, isoDateSchema, isoInstantSchema, optionalText } from './common';
import { mutation, prepare, query } from './define';
import { levelSchema, visibilitySchema } from './observations';
import { richTextDocSchema, storedRichTextDocSchema } from './rich-text';
import {
  ATTEMPT_MODES,
  beatMarkSchema,
  beatSchema,
  pathStepSchema,
  personaSchema,
  rubricLineSchema,
  scriptFieldsShape,
} from '../domain/role-play-schemas';

export * from '../domain/role-play-schemas';

/** What a manager writes: everything a version holds. */
export const scriptDraftSchema = z.object({ ...scriptFieldsShape, situation: richTextDocSchema }).strict();
export type RolePlayScriptDraft = z.infer<typeof scriptDraftSchema>;
export type RolePlayScriptDraftInput = z.input<typeof scriptDraftSchema>;

const versionInfoSchema = z.object({
  number: z.number().int().positive(),
  createdAt: isoInstantSchema,
  attemptCount: z.number().int().nonnegative(),
});

export const rolePlayScriptSchema = z.object({
  id: idSchema,
  versionId: idSchema,
  version: z.number().int().positive(),
  /** The newest version's number: a script opened at an older version says so. */
  latestVersion: z.number().int().positive(),
  versions: z.array(versionInfoSchema),
  title: z.string(),
  situation: storedRichTextDocSchema,
  situationText: z.string(),
  persona: personaSchema,
  objectives: z.array(z.string()),
  difficulty: z.number().int(),
  stageId: idSchema.nullable(),
  stageName: z.string().nullable(),
  beats: z.array(beatSchema),
  rubric: z.array(rubricLineSchema.extend({ behaviourName: z.string() })),
  archived: z.boolean(),
  seedId: z.string().nullable(),
  revision: z.number().int().positive(),
  updatedAt: isoInstantSchema,
});
export type RolePlayScript = z.infer<typeof rolePlayScriptSchema>;

export const rolePlayScriptSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  version: z.number().int().positive(),
  difficulty: z.number().int(),
  stageId: idSchema.nullable(),
  stageName: z.string().nullable(),
  customerName: z.string(),
  customerTitle: z.string(),
  beatCount: z.number().int(),
  behaviours: z.array(z.object({ id: idSchema, name: z.string() })),
  archived: z.boolean(),
  updatedAt: isoInstantSchema,
});
export type RolePlayScriptSummary = z.infer<typeof rolePlayScriptSummarySchema>;

export const attemptInputSchema = z
  .object({
    scriptId: idSchema,
    /** The version run; the attempt keeps it whatever later edits do. */
    version: z.number().int().positive(),
    repId: idSchema,
    mode: z.enum(ATTEMPT_MODES, { error: 'Say who ran it: manager-run or self-practice' }),
    practisedOn: isoDateSchema,
    durationSeconds: z
      .number()
      .int()
      .min(0)
      .max(6 * 3600, 'A practice longer than 6 hours is not one attempt'),
    path: z.array(pathStepSchema).min(1, 'The attempt went through no beat'),
    marks: z.array(beatMarkSchema).default([]),
    scores: z
      .array(
        z
          .object({ behaviourId: idSchema, level: levelSchema, comment: optionalText(2000, 'Comment') })
          .strict(),
      )
      .min(1, 'Score the rubric before finishing'),
    comment: optionalText(4000, 'The overall comment'),
    visibility: visibilitySchema.default('shared'),
  })
  .strict();
export type RolePlayAttemptInput = z.input<typeof attemptInputSchema>;

export const rolePlayAttemptSchema = z.object({
  id: idSchema,
  scriptId: idSchema,
  title: z.string(),
  version: z.number().int().positive(),
  repId: idSchema,
  repName: z.string(),
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  mode: z.enum(ATTEMPT_MODES),
  visibility: visibilitySchema,
  practisedOn: isoDateSchema,
  durationSeconds: z.number().int(),
  path: z.array(pathStepSchema),
  marks: z.array(beatMarkSchema),
  scores: z.array(
    z.object({ behaviourId: idSchema, name: z.string(), level: levelSchema, comment: z.string().nullable() }),
  ),
  /** The mean rubric score. */
  average: z.number(),
  comment: z.string().nullable(),
  createdAt: isoInstantSchema,
});
export type RolePlayAttempt = z.infer<typeof rolePlayAttemptSchema>;

export const rolePlayImprovementSchema = z.object({
  repId: idSchema,
  scripts: z.array(
    z.object({
      scriptId: idSchema,
      title: z.string(),
      attempts: z.array(
        z.object({
          id: idSchema,
          practisedOn: isoDateSchema,
          mode: z.enum(ATTEMPT_MODES),
          version: z.number().int(),
          average: z.number(),
          scores: z.array(z.object({ behaviourId: idSchema, level: levelSchema })),
        }),
      ),
    }),
  ),
  /** Per behaviour: the latest role-play level beside the latest level seen in real work. */
  behaviours: z.array(
    z.object({
      behaviourId: idSchema,
      name: z.string(),
      rolePlayLevel: z.number().nullable(),
      rolePlayCount: z.number().int(),
      realLevel: z.number().nullable(),
      realCount: z.number().int(),
    }),
  ),
  suggestions: z.array(
    z.object({
      scriptId: idSchema,
      title: z.string(),
      behaviourId: idSchema,
      behaviourName: z.string(),
      reason: z.string(),
    }),
  ),
});
export type RolePlayImprovement = z.infer<typeof rolePlayImprovementSchema>;

export const rolePlayImportPreviewSchema = z.object({
  scripts: z.array(
    z.object({ title: z.string(), beatCount: z.number().int(), rubricCount: z.number().int() }),
  ),
});

export const rolePlayMethods = {
  'rolePlays.list': query(
    'Role-play scripts, latest versions, by title; archived ones only when asked.',
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
    z.array(rolePlayScriptSummarySchema),
  ),
  'rolePlays.get': query(
    'One script at its latest version, or at the version given.',
    z.object({ id: idSchema, version: z.number().int().positive().optional() }).strict(),
    rolePlayScriptSchema,
  ),
  'rolePlays.save': mutation(
    'Creates a script, or edits one: a script with attempts on its latest version gets a new version.',
    z
      .object({
        id: idSchema.nullish(),
        revision: z.number().int().positive().nullish(),
        script: scriptDraftSchema,
      })
      .strict(),
    rolePlayScriptSchema,
  ),
  'rolePlays.archive': mutation(
    'Archives a script (kept with its attempts, hidden from the library) or brings it back.',
    z.object({ id: idSchema, archived: z.boolean() }).strict(),
    rolePlayScriptSchema,
  ),
  'rolePlays.duplicate': mutation(
    'Copies a script’s latest version into a new script, titled as a copy.',
    byIdInput,
    rolePlayScriptSchema,
  ),
  'rolePlays.export': query(
    'Scripts as a JSON file to share or keep.',
    z.object({ ids: z.array(idSchema).min(1, 'Choose at least one script to export') }).strict(),
    z.object({ fileName: z.string(), json: z.string() }),
  ),
  'rolePlays.prepareImport': prepare(
    'Reads a role-play script file off the core’s thread: the scripts it holds, or what is wrong and where.',
    z.object({ json: z.string().max(5_000_000, 'The file is larger than 5 MB') }).strict(),
    rolePlayImportPreviewSchema,
    'The script file preview expired; choose the file again.',
  ),
  'rolePlays.import': mutation(
    'Adds the scripts of a prepared file as new scripts. Any problem: nothing is imported.',
    z.object({ preparedId: z.string().min(1) }).strict(),
    z.object({ created: z.array(z.object({ id: idSchema, title: z.string() })) }),
  ),
  'rolePlays.recordAttempt': mutation(
    'Records a finished practice: the path, a mark per beat, rubric scores (each becomes an observation).',
    attemptInputSchema,
    rolePlayAttemptSchema,
  ),
  'rolePlays.attempts': query(
    'A rep’s practice attempts, newest first; optionally of one script.',
    z.object({ repId: idSchema, scriptId: idSchema.optional() }).strict(),
    z.array(rolePlayAttemptSchema),
  ),
  'rolePlays.attempt': query('One practice attempt.', byIdInput, rolePlayAttemptSchema),
  'rolePlays.improvement': query(
    'A rep’s rubric scores over time per script, role-play levels beside real-work levels, and scripts to practise.',
    z.object({ repId: idSchema }).strict(),
    rolePlayImprovementSchema,
  ),
};
