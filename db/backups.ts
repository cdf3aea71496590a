import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Backups of the database file: written whole or not at all, verified, listed and rotated. Used before
 * migrations (db/migrate.ts), once a day at start-up, on demand ("Back up now") and before a restore.
 */

/** Why a backup was taken; part of its file name. */
export const BACKUP_REASONS = ['before-migration', 'daily', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Steps of a backup, reported to `onStep` so that tests can fail one on purpose. */
export type BackupStep = 'copied' | 'synced' | 'verified';

export interface BackupFile {
  name: string;
  file: string;
  takenAt: Date;
  reason: BackupReason;
  bytes: number;
}

const NAME = /^coachbench-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+)\.db$/;

export function backupFileName(now: Date, reason: BackupReason): string {
  return `coachbench-${now.toISOString().replace(/[:.]/g, '-')}-${reason}.db`;
}

function parseName(name: string): { takenAt: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[2]!)) return null;
  const [date, time] = m[1]!.split('T') as [string, string];
  const [h, min, s, ms] = time.replace('Z', '').split('-');
  const takenAt = new Date(`${date}T${h}:${min}:${s}.${ms}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { takenAt, reason: m[2] as BackupReason };
}

/** The backups in a folder, newest first. Anything else in the folder (a `.tmp`, the user's files) is ignored. */
export function listBackups(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const parsed = parseName(name);
      if (!parsed) return [];
      const file = path.join(dir, name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      return stat?.isFile() ? [{ name, file, bytes: stat.size, ...parsed }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

function fsyncPath(target: string, flags: 'r' | 'r+'): void {
  const fd = fs.openSync(target, flags);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function userTableCount(sqlite: Database.Database, schema: string): number {
  return sqlite
    .prepare(
      `SELECT count(*) FROM "${schema}".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .pluck()
    .get() as number;
}

/** Attached on the same connection, so the Electron build needs no second native binding to check it. */
function verifyCopy(sqlite: Database.Database, file: string): void {
  sqlite.prepare("ATTACH DATABASE ? AS 'backup_check'").run(file);
  try {
    const integrity = sqlite.pragma('backup_check.integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`the copy fails its integrity check (${String(integrity)})`);
    const expected = [sqlite.pragma('main.user_version', { simple: true }), userTableCount(sqlite, 'main')];
    const got = [
      sqlite.pragma('backup_check.user_version', { simple: true }),
      userTableCount(sqlite, 'backup_check'),
    ];
    if (expected[0] !== got[0] || expected[1] !== got[1]) {
      throw new Error(
        `the copy does not match the database (${got[1]} tables instead of ${expected[1]}); the disk may be full`,
      );
    }
  } finally {
    sqlite.exec('DETACH DATABASE backup_check');
  }
}

export interface WriteBackupOptions {
  dir: string;
  now: Date;
  reason: BackupReason;
  onStep?: (step: BackupStep, temporaryFile: string) => void;
}

/**
 * Copies the database into `dir`. A full disk or a kill must never leave something that looks like a
 * backup but is not: the copy is written under a `.tmp` name, flushed to the disk, opened and checked
 * (`integrity_check`), and only then renamed to its real name (a rename is atomic), and the folder is
 * flushed so the rename survives a power cut. Runs outside any transaction (VACUUM INTO refuses one).
 */
export function writeVerifiedBackup(sqlite: Database.Database, options: WriteBackupOptions): string {
  fs.mkdirSync(options.dir, { recursive: true });
  const finalFile = path.join(options.dir, backupFileName(options.now, options.reason));
  const temporaryFile = `${finalFile}.tmp`;
  const step = (name: BackupStep) => options.onStep?.(name, temporaryFile);
  // A copy that a kill interrupted is useless, but a fresh one may be another process's backup in
  // progress (the desktop app and the browser mode starting together): clear only stale ones.
  const stale = options.now.getTime() - 60 * 60 * 1000;
  for (const name of fs.readdirSync(options.dir)) {
    const leftover = path.join(options.dir, name);
    if (name.startsWith('coachbench-') && name.endsWith('.db.tmp') && fs.statSync(leftover).mtimeMs < stale)
      fs.rmSync(leftover, { force: true });
  }
  fs.rmSync(temporaryFile, { force: true });
  try {
    // VACUUM INTO writes a consistent copy without changing the source file.
    sqlite.prepare('VACUUM INTO ?').run(temporaryFile);
    step('copied');
    fsyncPath(temporaryFile, 'r+');
    step('synced');
    verifyCopy(sqlite, temporaryFile);
    step('verified');
    fs.renameSync(temporaryFile, finalFile);
  } catch (error) {
    fs.rmSync(temporaryFile, { force: true });
    throw error;
  }
  // Windows cannot open a folder to flush it; NTFS journals the rename itself.
  if (process.platform !== 'win32') fsyncPath(options.dir, 'r');
  return finalFile;
}

export interface RotationRule {
  daily: number;
  weekly: number;
  monthly: number;
}

export const ROTATION: RotationRule = { daily: 7, weekly: 4, monthly: 12 };

/** Monday of the UTC week holding `d`, as YYYY-MM-DD. */
function weekOf(d: Date): string {
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return monday.toISOString().slice(0, 10);
}

/**
 * Which scheduled backups (daily and manual) to keep: the newest of each of the last `daily` days that
 * have one, of the last `weekly` weeks, and of the last `monthly` months (UTC calendar), and always the
 * newest. Backups taken before a migration or a restore are never rotated out: they are the way back
 * from those two steps. Pure, so the rule is tested as a table.
 */
export function backupsToKeep(backups: readonly BackupFile[], rule: RotationRule = ROTATION): Set<string> {
  const scheduled = backups
    .filter((b) => b.reason === 'daily' || b.reason === 'manual')
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set(backups.filter((b) => !scheduled.includes(b)).map((b) => b.name));
  if (scheduled[0]) keep.add(scheduled[0].name);
  const newestOfEach = (bucket: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of scheduled) {
      const key = bucket(backup.takenAt);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  newestOfEach((d) => d.toISOString().slice(0, 10), rule.daily);
  newestOfEach(weekOf, rule.weekly);
  newestOfEach((d) => d.toISOString().slice(0, 7), rule.monthly);
  return keep;
}

/** Removes the backups the rotation does not keep; returns their names. */
export function rotateBackups(dir: string, rule: RotationRule = ROTATION): string[] {
  const backups = listBackups(dir);
  const keep = backupsToKeep(backups, rule);
  const removed: string[] = [];
  for (const backup of backups) {
    if (keep.has(backup.name)) continue;
    fs.rmSync(backup.file, { force: true });
    removed.push(backup.name);
  }
  return removed;
}

/**
 * Whether a backup file is a sound Coachbench database: opened read-only on its own connection and
 * checked with `integrity_check`. Returns the problem in plain words, or null.
 */
export function backupProblem(file: string, nativeBinding?: string): string | null {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `It fails its integrity check (${String(integrity)}).`;
    const migrations = sqlite
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
      .pluck()
      .get() as number;
    if (migrations === 0) return 'It is not a Coachbench database.';
    return null;
  } catch (error) {
    return `It cannot be read (${(error as Error).message}).`;
  } finally {
    sqlite?.close();
  }
}
