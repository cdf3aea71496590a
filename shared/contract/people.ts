import { z } from 'zod';
import { idSchema, isoDateSchema, isoInstantSchema, optionalText, requiredText } from './common';
import { mutation, query } from './define';
import { byIdInput } from './common';

export const PERSON_KINDS = ['rep', 'manager'] as const;
export const personKindSchema = z.enum(PERSON_KINDS, { error: 'Choose rep or manager' });
export type PersonKind = z.infer<typeof personKindSchema>;

const emailSchema = z
  .string()
  .trim()
  .max(200, 'Email can be at most 200 characters')
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v))
  .refine((v) => v === null || z.email().safeParse(v).success, 'That email address does not look right');

/** What a user types on the person form. */
export const personFieldsSchema = z
  .object({
    name: requiredText(120, 'Name'),
    kind: personKindSchema.default('rep'),
    title: optionalText(80, 'Role'),
    team: optionalText(80, 'Team'),
    managerId: idSchema.nullish().transform((v) => v ?? null),
    region: optionalText(80, 'Region'),
    segment: optionalText(80, 'Segment'),
    startDate: isoDateSchema.nullish().transform((v) => v ?? null),
    email: emailSchema,
  })
  .strict();
export type PersonFields = z.input<typeof personFieldsSchema>;

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: personKindSchema,
  title: z.string().nullable(),
  team: z.string().nullable(),
  managerId: idSchema.nullable(),
  managerName: z.string().nullable(),
  region: z.string().nullable(),
  segment: z.string().nullable(),
  startDate: z.string().nullable(),
  email: z.string().nullable(),
  archivedAt: isoInstantSchema.nullable(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
  revision: z.number().int().positive(),
});
export type Person = z.infer<typeof personSchema>;

export const personDetailSchema = personSchema.extend({
  directReports: z.array(personSchema),
});
export type PersonDetail = z.infer<typeof personDetailSchema>;

export const PERSON_STATUS_FILTERS = ['active', 'archived', 'all'] as const;

export const peopleMethods = {
  'people.list': query(
    'People on the team, sorted by name, filtered by status, kind and a search text.',
    z
      .object({
        status: z.enum(PERSON_STATUS_FILTERS).default('active'),
        kind: z.enum([...PERSON_KINDS, 'all']).default('all'),
        search: z.string().trim().max(120, 'Search can be at most 120 characters').default(''),
      })
      .strict(),
    z.array(personSchema),
  ),
  'people.get': query('One person with their direct reports.', byIdInput, personDetailSchema),
  'people.create': mutation('Adds a rep or a manager.', personFieldsSchema, personSchema),
  'people.update': mutation(
    'Edits a person. `revision` is the revision the user edited; an older one is a conflict.',
    personFieldsSchema.extend({ id: idSchema, revision: z.number().int().positive() }).strict(),
    personSchema,
  ),
  'people.archive': mutation(
    'Archives a person: they leave lists, their history stays.',
    byIdInput,
    personSchema,
  ),
  'people.unarchive': mutation('Brings an archived person back.', byIdInput, personSchema),
};
