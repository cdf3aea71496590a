import type { Handler } from '../registry';
import { defineDomain } from '../registry';
import {
  backupNow,
  backupStatus,
  cancelRestore,
  scheduleRestore,
  setBackupFolder,
} from '../services/backups';

export const statusOfBackups: Handler<'backups.status'> = (_input, ctx) => backupStatus(ctx);

export const createBackup: Handler<'backups.create'> = (_input, ctx) => {
  backupNow(ctx, 'manual');
  ctx.emit('backups.changed', {});
  return backupStatus(ctx);
};

export const setFolder: Handler<'backups.setFolder'> = (input, ctx) => {
  setBackupFolder(ctx.db, ctx.dataFile, input.folder);
  ctx.emit('backups.changed', {});
  return backupStatus(ctx);
};

export const restoreBackup: Handler<'backups.restore'> = (input, ctx) => {
  scheduleRestore(ctx, input.name);
  ctx.emit('backups.changed', {});
  return backupStatus(ctx);
};

export const cancelPendingRestore: Handler<'backups.cancelRestore'> = (_input, ctx) => {
  cancelRestore(ctx.dataFile);
  ctx.emit('backups.changed', {});
  return backupStatus(ctx);
};

/** Backups: taken at start-up once a day, on demand, before migrations; restored at the next start. */
export const backupsDomain = defineDomain('backups', {
  status: statusOfBackups,
  create: createBackup,
  setFolder,
  restore: restoreBackup,
  cancelRestore: cancelPendingRestore,
});
