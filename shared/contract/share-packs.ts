import { z } from 'zod';
import { type SharePack, SHARE_FILE_MAX_BYTES } from '../domain/share-pack';
import { emptyInput, idSchema, isoInstantSchema } from './common';
import { mutation, prepare, query } from './define';
import { levelSchema, REPLY_STANCES } from './observations';

/**
 * Share packs: a rep's shared coaching history carried to their own copy of Coachbench as a file, and
 * their answers carried back (docs/share-pack.md). The file formats themselves live in
 * shared/domain/share-pack.ts.
 */

const fileContent = z
  .string({ error: 'Give the file’s text' })
  .max(SHARE_FILE_MAX_BYTES, `The file is larger than ${SHARE_FILE_MAX_BYTES / 1_000_000} MB`);

export const packCountsSchema = z.object({
  oneOnOnes: z.number().int(),
  observations: z.number().int(),
  calls: z.number().int(),
  commitments: z.number().int(),
  behaviours: z.number().int(),
  goals: z.number().int(),
});
export type PackCounts = z.infer<typeof packCountsSchema>;

export const packExportSchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  exportedAt: isoInstantSchema,
  exportedByName: z.string(),
  fileName: z.string(),
  counts: packCountsSchema,
});
export type PackExport = z.infer<typeof packExportSchema>;

/** A reply the manager could not attach: what it answered, in the pack's words, and what it said. */
export const unmatchedReplySchema = z.object({
  kind: z.enum(['reply', 'agenda-point']),
  itemId: idSchema,
  about: z.string(),
  stance: z.enum(REPLY_STANCES).nullable(),
  selfLevel: levelSchema.nullable(),
  text: z.string(),
  writtenAt: isoInstantSchema,
  reason: z.string(),
});
export type UnmatchedReply = z.infer<typeof unmatchedReplySchema>;

export const replyImportSchema = z.object({
  id: idSchema,
  repId: idSchema,
  repName: z.string(),
  importedAt: isoInstantSchema,
  importedByName: z.string(),
  packId: idSchema,
  replies: z.number().int(),
  agendaPoints: z.number().int(),
  alreadyImported: z.number().int(),
  unmatched: z.array(unmatchedReplySchema),
});
export type ReplyImport = z.infer<typeof replyImportSchema>;

/** What the rep wrote in their copy about an opened pack, waiting to go back in a reply file. */
export const packResponseSchema = z.object({
  id: idSchema,
  kind: z.enum(['reply', 'agenda-point']),
  /** The observation replied to, or the one-to-one the talking point is for. */
  itemId: idSchema,
  stance: z.enum(REPLY_STANCES).nullable(),
  selfLevel: levelSchema.nullable(),
  text: z.string(),
  createdAt: isoInstantSchema,
});
export type PackResponse = z.infer<typeof packResponseSchema>;

export const openedPackSchema = z.object({
  id: idSchema,
  openedAt: isoInstantSchema,
  /** The pack as its manager wrote it: read-only. */
  pack: z.custom<SharePack>((v) => typeof v === 'object' && v !== null),
  responses: z.array(packResponseSchema),
});
export type OpenedPack = z.infer<typeof openedPackSchema>;

export const packPreviewSchema = z.object({
  packId: idSchema,
  managerName: z.string(),
  repName: z.string(),
  exportedAt: isoInstantSchema,
  counts: packCountsSchema,
});

export const replyPreviewSchema = z.object({
  packId: idSchema,
  managerName: z.string(),
  repId: idSchema,
  repName: z.string(),
  writtenAt: isoInstantSchema,
  replies: z.array(z.object({ about: z.string(), stance: z.enum(REPLY_STANCES), text: z.string() })),
  agendaPoints: z.array(z.object({ about: z.string(), text: z.string() })),
});

export const replyImportResultSchema = z.object({
  import: replyImportSchema,
  /** Replies attached now (new ones; a file imported twice adds nothing the second time). */
  added: z.number().int(),
});

export const sharePackMethods = {
  'sharePacks.export': mutation(
    'Manager: writes one rep’s shared coaching history (and the behaviours it names) as a share pack file, and logs the export. Nothing private is in it.',
    z.object({ repId: idSchema }).strict(),
    z.object({ fileName: z.string(), content: z.string(), export: packExportSchema }),
  ),
  'sharePacks.log': query(
    'Manager: the share packs exported for a rep and the reply files imported from them, newest first, with every reply that could not be attached.',
    z.object({ repId: idSchema }).strict(),
    z.object({ exports: z.array(packExportSchema), replyImports: z.array(replyImportSchema) }),
  ),
  'sharePacks.prepareOpen': prepare(
    'Rep: reads a share pack off the core’s thread and checks it whole; answers who sent it and what it holds, or every problem and where.',
    z.object({ fileName: z.string().max(260).nullish(), content: fileContent }).strict(),
    packPreviewSchema,
    'The share pack preview expired; choose the file again.',
  ),
  'sharePacks.open': mutation(
    'Rep: opens a prepared share pack into its own read-only space; a newer pack from the same manager replaces the older one.',
    z.object({ preparedId: z.string().min(1) }).strict(),
    openedPackSchema,
  ),
  'sharePacks.opened': query(
    'Rep: the share packs they opened (one per manager), each with what they wrote back so far.',
    emptyInput,
    z.array(openedPackSchema),
  ),
  'sharePacks.respond': mutation(
    'Rep: answers feedback in an opened pack (agree or see it differently, optionally with their own level), or adds a talking point for a one-to-one in it.',
    z
      .object({
        openedId: idSchema,
        kind: z.enum(['reply', 'agenda-point']),
        itemId: idSchema,
        stance: z.enum(REPLY_STANCES, { error: 'Say whether you agree or see it differently' }).nullish(),
        selfLevel: levelSchema.nullish(),
        text: z
          .string({ error: 'Write something' })
          .trim()
          .min(1, 'Write a sentence or two')
          .max(2000, 'At most 2000 characters'),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.kind === 'reply' && !v.stance)
          ctx.addIssue({
            code: 'custom',
            path: ['stance'],
            message: 'Say whether you agree or see it differently',
          });
      }),
    packResponseSchema,
  ),
  'sharePacks.replyFile': query(
    'Rep: everything they wrote about an opened pack, as the reply file their manager imports.',
    z.object({ openedId: idSchema }).strict(),
    z.object({
      fileName: z.string(),
      content: z.string(),
      replies: z.number().int(),
      agendaPoints: z.number().int(),
    }),
  ),
  'sharePacks.prepareReplies': prepare(
    'Manager: reads a rep’s reply file off the core’s thread and checks it whole; answers what it holds, or every problem and where.',
    z.object({ fileName: z.string().max(260).nullish(), content: fileContent }).strict(),
    replyPreviewSchema,
    'The reply file preview expired; choose the file again.',
  ),
  'sharePacks.importReplies': mutation(
    'Manager: attaches a prepared reply file’s replies and talking points, all or nothing; a reply to something that no longer exists is kept in the log, not lost.',
    z.object({ preparedId: z.string().min(1) }).strict(),
    replyImportResultSchema,
  ),
};
