import { z } from 'zod';
import { emptyInput, isoInstantSchema } from './common';
import { mutation, query } from './define';

export const BACKUP_REASON_VALUES = ['before-migration', 'daily', 'manual', 'before-restore'] as const;

export const backupSchema = z.object({
  /** The file's name in the backup folder: what `backups.restore` takes. */
  name: z.string(),
  takenAt: isoInstantSchema,
  reason: z.enum(BACKUP_REASON_VALUES),
  bytes: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupStatusSchema = z.object({
  folder: z.string(),
  /** True while the folder is the default one beside the database. */
  defaultFolder: z.boolean(),
  /** Newest first. */
  backups: z.array(backupSchema),
  rotation: z.object({ daily: z.number().int(), weekly: z.number().int(), monthly: z.number().int() }),
  /** A backup chosen to be restored at the next start, or null. */
  pendingRestore: z.string().nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

const backupNameSchema = z
  .string({ error: 'Choose a backup' })
  .min(1, 'Choose a backup')
  .max(200, 'That backup name is too long')
  .regex(/^coachbench-[0-9TZ-]+-[a-z-]+\.db$/, 'That is not the name of a Coachbench backup');

export const backupMethods = {
  'backups.status': query(
    'The backup folder, the backups in it (newest first), the rotation kept, and any restore waiting for the next start.',
    emptyInput,
    backupStatusSchema,
  ),
  'backups.create': mutation(
    'Backs up the database now into the backup folder (verified before older backups are rotated out).',
    emptyInput,
    backupStatusSchema,
  ),
  'backups.setFolder': mutation(
    'Keeps backups in another folder (created if needed; it must be writable), or back in the default folder with null.',
    z
      .object({
        folder: z
          .string({ error: 'The folder must be a path' })
          .trim()
          .min(1, 'Type the folder’s full path')
          .max(1000, 'That path is too long')
          .nullable(),
      })
      .strict(),
    backupStatusSchema,
  ),
  'backups.restore': mutation(
    'Restores a backup at the next start: the backup is checked now; the current database is itself backed up before it is replaced.',
    z.object({ name: backupNameSchema }).strict(),
    backupStatusSchema,
  ),
  'backups.cancelRestore': mutation(
    'Forgets a restore chosen for the next start.',
    emptyInput,
    backupStatusSchema,
  ),
};
