import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, type BackupStatus, fieldError } from '../../../shared/contract';
import {
  backupProblem,
  listBackups,
  ROTATION,
  rotateBackups,
  writeVerifiedBackup,
} from '../../../db/backups';
import type { ReadableDB, WritableDB } from '../../../db/open';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { describeStorageError } from '../../../db/storage-errors';
import type { ReadContext } from '../context';

/** Settings key of a backup folder the user chose (absent: the default beside the database). */
export const BACKUP_FOLDER_KEY = 'backupFolder';
const DAY_MS = 24 * 60 * 60 * 1000;

export function defaultBackupFolder(dataFile: string): string {
  return path.join(path.dirname(dataFile), 'backups');
}

export function backupFolderOf(db: ReadableDB, dataFile: string): string {
  return readSetting(db, BACKUP_FOLDER_KEY) ?? defaultBackupFolder(dataFile);
}

/** Beside the database: the backup to put in its place at the next start (see applyPendingRestore). */
export function restoreMarkerOf(dataFile: string): string {
  return `${dataFile}.restore.json`;
}

interface RestoreMarker {
  backup: string;
  /** Where the current database is backed up before it is replaced. */
  folder: string;
}

function readMarker(dataFile: string): RestoreMarker | null {
  try {
    const marker = JSON.parse(fs.readFileSync(restoreMarkerOf(dataFile), 'utf8')) as Partial<RestoreMarker>;
    return typeof marker.backup === 'string' && typeof marker.folder === 'string'
      ? { backup: marker.backup, folder: marker.folder }
      : null;
  } catch {
    return null;
  }
}

export function backupStatus(ctx: ReadContext): BackupStatus {
  const folder = backupFolderOf(ctx.db, ctx.dataFile);
  const pending = ctx.dataFile === ':memory:' ? null : readMarker(ctx.dataFile);
  return {
    folder,
    defaultFolder: folder === defaultBackupFolder(ctx.dataFile),
    backups: listBackups(folder).map((b) => ({
      name: b.name,
      takenAt: b.takenAt.toISOString(),
      reason: b.reason,
      bytes: b.bytes,
    })),
    rotation: ROTATION,
    pendingRestore: pending ? path.basename(pending.backup) : null,
  };
}

function plain(error: unknown): string {
  return describeStorageError(error)?.message ?? (error as Error).message;
}

/**
 * A verified backup now, then the rotation. Written from a second, read-only connection: the caller's
 * connection is inside the mutation's transaction, where VACUUM INTO is refused, and a reader in WAL
 * mode sees the last committed state without waiting for it.
 */
export function backupNow(ctx: ReadContext, reason: 'manual' | 'daily'): string {
  if (ctx.dataFile === ':memory:')
    throw new AppError('CONFLICT', 'An in-memory database has no file to back up.');
  const folder = backupFolderOf(ctx.db, ctx.dataFile);
  const reader = new Database(ctx.dataFile, {
    readonly: true,
    fileMustExist: true,
    ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}),
  });
  try {
    const file = writeVerifiedBackup(reader, { dir: folder, now: ctx.clock.now(), reason });
    // Older backups go only once the new one is known to be good.
    rotateBackups(folder);
    return file;
  } catch (error) {
    throw new AppError(
      'STORAGE',
      `Could not back up into ${folder}: ${plain(error)} Your older backups were kept.`,
    );
  } finally {
    reader.close();
  }
}

/** At start-up: a backup if the newest in the folder is more than a day old (or there is none). */
export function backupIfDue(ctx: ReadContext): string | null {
  if (ctx.dataFile === ':memory:' || ctx.readOnlyReason !== null) return null;
  const newest = listBackups(backupFolderOf(ctx.db, ctx.dataFile))[0];
  if (newest && ctx.clock.now().getTime() - newest.takenAt.getTime() < DAY_MS) return null;
  return backupNow(ctx, 'daily');
}

export function setBackupFolder(db: WritableDB, dataFile: string, folder: string | null): void {
  if (folder === null) {
    writeSetting(db, BACKUP_FOLDER_KEY, null);
    return;
  }
  if (!path.isAbsolute(folder))
    throw fieldError(
      'INVALID_INPUT',
      ['folder'],
      'Type the folder’s full path (starting from the drive or /).',
    );
  const resolved = path.resolve(folder);
  if (resolved === path.dirname(path.resolve(dataFile)))
    throw fieldError(
      'INVALID_INPUT',
      ['folder'],
      'Choose a folder other than the one that holds the database.',
    );
  try {
    fs.mkdirSync(resolved, { recursive: true });
    fs.accessSync(resolved, fs.constants.W_OK);
  } catch (error) {
    throw fieldError(
      'INVALID_INPUT',
      ['folder'],
      `Backups cannot be written to ${resolved}: ${plain(error)}`,
    );
  }
  writeSetting(db, BACKUP_FOLDER_KEY, resolved === defaultBackupFolder(dataFile) ? null : resolved);
}

/** Checks the chosen backup now and leaves a note for the next start to restore it. */
export function scheduleRestore(ctx: ReadContext, name: string): void {
  if (ctx.dataFile === ':memory:')
    throw new AppError('CONFLICT', 'An in-memory database cannot be restored.');
  const folder = backupFolderOf(ctx.db, ctx.dataFile);
  const backup = listBackups(folder).find((b) => b.name === name);
  if (!backup) throw fieldError('NOT_FOUND', ['name'], `There is no backup named ${name} in ${folder}.`);
  const problem = backupProblem(backup.file, ctx.nativeBinding);
  if (problem) throw fieldError('INVALID_INPUT', ['name'], `${name} cannot be restored. ${problem}`);
  const marker: RestoreMarker = { backup: backup.file, folder };
  const file = restoreMarkerOf(ctx.dataFile);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(marker));
  fs.renameSync(`${file}.tmp`, file);
}

export function cancelRestore(dataFile: string): void {
  fs.rmSync(restoreMarkerOf(dataFile), { force: true });
}

export interface RestoreReport {
  restored: string;
  /** The database as it was just before, backed up. */
  previous: string | null;
}

/**
 * Before the database is opened: puts a chosen backup in place. The current file is backed up first
 * (verified), the backup is copied beside the database under a temporary name and flushed, and only then
 * renamed over it, so a kill at any step leaves either the old database or the restored one, and the
 * note stays until the end so the next start finishes the job. A backup that fails its check now is
 * not restored (the note is removed and the reason returned as an error).
 */
export function applyPendingRestore(
  dataFile: string,
  options: { now: Date; nativeBinding?: string },
): RestoreReport | null {
  if (dataFile === ':memory:') return null;
  const markerFile = restoreMarkerOf(dataFile);
  if (!fs.existsSync(markerFile)) return null;
  const marker = readMarker(dataFile);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const problem = marker
    ? backupProblem(marker.backup, options.nativeBinding)
    : 'The restore note is unreadable.';
  if (!marker || problem) {
    fs.rmSync(markerFile, { force: true });
    throw new Error(`The chosen backup was not restored: ${problem} The database was left as it was.`);
  }
  let previous: string | null = null;
  if (fs.existsSync(dataFile)) {
    const current = new Database(dataFile, binding);
    try {
      previous = writeVerifiedBackup(current, {
        dir: marker.folder,
        now: options.now,
        reason: 'before-restore',
      });
    } finally {
      // Closing the last connection folds the WAL into the file and removes it.
      current.close();
    }
  }
  const incoming = `${dataFile}.restoring`;
  fs.copyFileSync(marker.backup, incoming);
  const fd = fs.openSync(incoming, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${dataFile}${suffix}`, { force: true });
  fs.renameSync(incoming, dataFile);
  fs.rmSync(markerFile, { force: true });
  return { restored: marker.backup, previous };
}
