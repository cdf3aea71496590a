import { z } from 'zod';
import { emptyInput, idSchema, isoInstantSchema, optionalText, requiredText } from './common';
import { mutation, query } from './define';
import { personKindSchema } from './people';

/** Someone who could be using this copy: a name and a role, nothing of their coaching. */
export const workspacePersonSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: personKindSchema,
  title: z.string().nullable(),
  managerName: z.string().nullable(),
});
export type WorkspacePerson = z.infer<typeof workspacePersonSchema>;

export const ownerChangeSchema = z.object({
  id: idSchema,
  changedAt: isoInstantSchema,
  /** claimed: chosen at first run; switched: changed later in Settings. */
  kind: z.enum(['claimed', 'switched']),
  fromName: z.string().nullable(),
  toName: z.string(),
});
export type OwnerChange = z.infer<typeof ownerChangeSchema>;

export const workspaceSchema = z.object({
  /**
   * Who is using this copy: what they see and write follows the visibility rule for them. Null until
   * someone says who they are at first run.
   */
  owner: workspacePersonSchema.nullable(),
  /** Every change of owner, newest first. */
  changes: z.array(ownerChangeSchema),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const claimInputSchema = z
  .object({
    /** An existing person… */
    personId: idSchema.optional(),
    /** …or a new one, on a new workspace that has no one yet. */
    newPerson: z
      .object({
        name: requiredText(120, 'Name'),
        kind: personKindSchema,
        title: optionalText(80, 'Role'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.personId === undefined) === (value.newPerson === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['personId'],
        message: 'Choose who you are, or give your name: one of the two',
      });
  });

export const workspaceMethods = {
  'workspace.get': query(
    'Who is using this copy, and every change of who it is.',
    emptyInput,
    workspaceSchema,
  ),
  'workspace.people': query(
    'The active people someone could say they are: names and roles only.',
    emptyInput,
    z.array(workspacePersonSchema),
  ),
  'workspace.claim': mutation(
    'First run: says who is using this copy. Records written before without an author become theirs.',
    claimInputSchema,
    workspaceSchema,
  ),
  'workspace.switch': mutation(
    'Settings: changes who is using this copy. Logged; from then on the app shows what that person may see.',
    z.object({ personId: idSchema }).strict(),
    workspaceSchema,
  ),
};
