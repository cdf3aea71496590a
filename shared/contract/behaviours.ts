import { z } from 'zod';
import { METHODOLOGIES } from '../domain/default-library';
import { idSchema, isoInstantSchema, optionalText, requiredText } from './common';
import { mutation, query } from './define';
import { byIdInput } from './common';

export const methodologySchema = z.enum(
  METHODOLOGIES as unknown as ['MEDDPICC', 'SPIN', 'Challenger', 'Sandler', 'BANT'],
);

/** Levels run 1 (not yet), 2 (developing), 3 (consistent), 4 (role model). */
export const LEVEL_NAMES = ['Not yet', 'Developing', 'Consistent', 'Role model'] as const;

export const rubricSchema = z.tuple(
  [
    requiredText(400, 'Level 1'),
    requiredText(400, 'Level 2'),
    requiredText(400, 'Level 3'),
    requiredText(400, 'Level 4'),
  ],
  { error: 'A rubric has exactly four levels' },
);

export const stageSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string().nullable(),
  position: z.number().int(),
  archivedAt: isoInstantSchema.nullable(),
  behaviourCount: z.number().int().nonnegative(),
});
export type Stage = z.infer<typeof stageSchema>;

export const competencySchema = stageSchema;
export type Competency = z.infer<typeof competencySchema>;

export const behaviourSchema = z.object({
  id: idSchema,
  name: z.string(),
  definition: z.string(),
  competencyId: idSchema,
  stageIds: z.array(idSchema),
  methodologies: z.array(methodologySchema),
  rubric: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  position: z.number().int(),
  archivedAt: isoInstantSchema.nullable(),
  mergedIntoId: idSchema.nullable(),
  observationCount: z.number().int().nonnegative(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type Behaviour = z.infer<typeof behaviourSchema>;

export const behaviourChangeSchema = z.object({
  changedAt: isoInstantSchema,
  kind: z.enum(['created', 'edited', 'archived', 'unarchived', 'merged', 'imported']),
  name: z.string(),
  summary: z.string(),
});
export type BehaviourChange = z.infer<typeof behaviourChangeSchema>;

export const librarySchema = z.object({
  stages: z.array(stageSchema),
  competencies: z.array(competencySchema),
  behaviours: z.array(behaviourSchema),
});
export type Library = z.infer<typeof librarySchema>;

export const behaviourFieldsSchema = z
  .object({
    name: requiredText(80, 'Name'),
    definition: requiredText(400, 'Definition'),
    competencyId: idSchema,
    stageIds: z.array(idSchema).min(1, 'Choose at least one stage').max(9),
    methodologies: z.array(methodologySchema).default([]),
    rubric: rubricSchema,
  })
  .strict();
export type BehaviourFields = z.input<typeof behaviourFieldsSchema>;

export const taxonomyFields = z
  .object({ name: requiredText(80, 'Name'), description: optionalText(400, 'Description') })
  .strict();

export const importReportSchema = z.object({
  applied: z.boolean(),
  added: z.array(
    z.object({ kind: z.enum(['stage', 'competency', 'behaviour']), id: idSchema, name: z.string() }),
  ),
  changed: z.array(
    z.object({
      kind: z.enum(['stage', 'competency', 'behaviour']),
      id: idSchema,
      name: z.string(),
      fields: z.array(z.string()),
    }),
  ),
  unchanged: z.number().int().nonnegative(),
  /** Whether the file puts behaviours, stages or competencies in a different order (applied on import). */
  reordered: z.boolean(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const behaviourMethods = {
  'behaviours.get': query(
    'One behaviour with its change history.',
    byIdInput,
    behaviourSchema.extend({ history: z.array(behaviourChangeSchema) }),
  ),
  'behaviours.create': mutation(
    'Adds a behaviour at the end of its competency.',
    behaviourFieldsSchema,
    behaviourSchema,
  ),
  'behaviours.update': mutation(
    'Edits a behaviour; the old wording stays in its history and on earlier observations.',
    behaviourFieldsSchema.extend({ id: idSchema, revision: z.number().int().positive() }).strict(),
    behaviourSchema,
  ),
  'behaviours.reorder': mutation(
    'Sets the order of behaviours: every behaviour id, in the new order.',
    z.object({ ids: z.array(idSchema).min(1) }).strict(),
    z.array(behaviourSchema),
  ),
  'behaviours.archive': mutation(
    'Archives a behaviour: it leaves pickers, its observations stay.',
    byIdInput,
    behaviourSchema,
  ),
  'behaviours.unarchive': mutation('Brings an archived behaviour back.', byIdInput, behaviourSchema),
  'behaviours.merge': mutation(
    'Moves every observation of one behaviour to another and archives the first.',
    z.object({ sourceId: idSchema, targetId: idSchema }).strict(),
    z.object({ target: behaviourSchema, movedObservations: z.number().int().nonnegative() }),
  ),
  'behaviours.delete': mutation(
    'Deletes a behaviour that has never been used; a used one must be archived or merged.',
    byIdInput,
    z.object({ id: idSchema }),
  ),
};
