import { z } from 'zod';
import { idSchema, isoInstantSchema, requiredText } from './common';
import { mutation, query } from './define';
import { richTextDocSchema, storedRichTextDocSchema } from './rich-text';
import { visibilitySchema } from './observations';

export const noteSummarySchema = z.object({
  id: idSchema,
  repId: idSchema,
  title: z.string(),
  excerpt: z.string(),
  observationCount: z.number().int().nonnegative(),
  /** Private: its author only. Shared: the rep and their managers too. */
  visibility: visibilitySchema,
  authorId: idSchema.nullable(),
  authorName: z.string().nullable(),
  createdAt: isoInstantSchema,
  updatedAt: isoInstantSchema,
});
export type NoteSummary = z.infer<typeof noteSummarySchema>;

export const noteSchema = noteSummarySchema.extend({
  doc: storedRichTextDocSchema,
  revision: z.number().int().positive(),
});
export type Note = z.infer<typeof noteSchema>;

export const noteSaveResultSchema = z.object({
  note: noteSchema,
  /** Tags whose quoted text changed and was refreshed. */
  refreshed: z.array(idSchema),
  /** Observations whose tag is no longer in the document (kept, flagged). */
  orphaned: z.array(idSchema),
  /** Observations whose tag came back (undo) and are anchored again. */
  reattached: z.array(idSchema),
});

export const noteMethods = {
  'notes.list': query(
    'A rep’s coaching notes, newest first.',
    z.object({ repId: idSchema }).strict(),
    z.array(noteSummarySchema),
  ),
  'notes.get': query('One note with its document.', z.object({ id: idSchema }).strict(), noteSchema),
  'notes.create': mutation(
    'Starts a coaching note about a rep (a ride-along, a pipeline chat, anything worth writing down).',
    z
      .object({
        repId: idSchema,
        title: requiredText(160, 'Title'),
        visibility: visibilitySchema.default('private'),
      })
      .strict(),
    noteSchema,
  ),
  'notes.save': mutation(
    'Saves the document if `revision` is still current, and reconciles its behaviour tags with their observations.',
    z
      .object({
        id: idSchema,
        revision: z.number().int().positive(),
        title: requiredText(160, 'Title'),
        doc: richTextDocSchema,
        /** Only the author may change who sees the note; left out, it stays as it is. */
        visibility: visibilitySchema.optional(),
      })
      .strict(),
    noteSaveResultSchema,
  ),
};
