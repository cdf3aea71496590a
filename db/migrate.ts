import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type BackupStep, writeVerifiedBackup } from './backups';
import { describeStorageError } from './storage-errors';

// Same table drizzle's own migrator keeps, so drizzle-kit tooling still understands our databases.
const MIGRATIONS_TABLE = '__drizzle_migrations';

export interface MigrationReport {
  /** How many migrations were applied now. */
  applied: number;
  /** How many the database has in all after opening. */
  schemaVersion: number;
  /** Set when an existing database was copied before it was changed. */
  backupFile: string | null;
}

export type { BackupStep } from './backups';

export interface MigrateOptions {
  migrationsFolder: string;
  backupDir: string | undefined;
  databaseFile: string;
  now: () => Date;
  onBackupStep?: (step: BackupStep, temporaryFile: string) => void;
}

/** A known disk or file failure in plain words, anything else as it was thrown. */
function plain(cause: unknown): string {
  const message = describeStorageError(cause)?.message ?? (cause as Error).message;
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

export class MigrationError extends Error {
  readonly backupFile: string | null;
  constructor(message: string, backupFile: string | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
    this.backupFile = backupFile;
  }
}

interface KnownMigration {
  tag: string;
  sql: string[];
  hash: string;
  /** The hash with either line ending: git may check the same file out with CRLF on Windows. */
  sameFileHashes: string[];
  folderMillis: number;
}

interface AppliedMigration {
  hash: string;
  createdAt: number;
}

/** The migration files this build ships, with the file name each came from. */
export function readKnownMigrations(migrationsFolder: string): KnownMigration[] {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: { tag: string }[];
  };
  const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
  return readMigrationFiles({ migrationsFolder }).map((m, i) => {
    const tag = journal.entries[i]?.tag ?? `#${i}`;
    const lf = fs.readFileSync(path.join(migrationsFolder, `${tag}.sql`), 'utf8').replace(/\r\n/g, '\n');
    return {
      tag,
      sql: m.sql,
      hash: m.hash,
      sameFileHashes: [sha256(lf), sha256(lf.replace(/\n/g, '\r\n'))],
      folderMillis: m.folderMillis,
    };
  });
}

function tableExists(sqlite: Database.Database, name: string): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
  );
}

function userTableCount(sqlite: Database.Database, schema = 'main'): number {
  const row = sqlite
    .prepare(
      `SELECT count(*) AS n FROM "${schema}".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    .get() as { n: number };
  return row.n;
}

function readApplied(sqlite: Database.Database): AppliedMigration[] {
  if (!tableExists(sqlite, MIGRATIONS_TABLE)) return [];
  return (
    sqlite.prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at`).all() as {
      hash: string;
      created_at: number | string;
    }[]
  ).map((row) => ({ hash: row.hash, createdAt: Number(row.created_at) }));
}

/**
 * Compares what the database says was applied with the files this build ships, and answers what is
 * pending. Only reads: openDatabase calls it before it changes anything (even the journal mode), so a
 * database it refuses is left byte for byte as it was.
 */
export function planMigrations(sqlite: Database.Database, known: KnownMigration[]): KnownMigration[] {
  const applied = readApplied(sqlite);
  const newestKnown = known.reduce((max, m) => Math.max(max, m.folderMillis), 0);
  const byMillis = new Map(known.map((m) => [m.folderMillis, m]));
  for (const row of applied) {
    const file = byMillis.get(row.createdAt);
    if (!file && row.createdAt > newestKnown) {
      throw new MigrationError(
        'This database was written by a newer version of Coachbench. Update Coachbench to open it; the file was left untouched.',
        null,
      );
    }
    if (!file) {
      throw new MigrationError(
        `This database has an update (made at ${new Date(row.createdAt).toISOString()}) that this version of Coachbench does not know; it was probably written by a development build. Open it with the build that wrote it; the file was left untouched.`,
        null,
      );
    }
    if (file.hash !== row.hash && !file.sameFileHashes.includes(row.hash)) {
      throw new MigrationError(
        `The migration file ${file.tag}.sql has been edited since it was applied to this database. Migrations are append-only: restore the file as it was and add a new migration instead. The file was left untouched.`,
        null,
      );
    }
  }
  const lastApplied = applied.reduce((max, row) => Math.max(max, row.createdAt), 0);
  const appliedMillis = new Set(applied.map((row) => row.createdAt));
  const skipped = known.filter((m) => m.folderMillis <= lastApplied && !appliedMillis.has(m.folderMillis));
  if (skipped.length > 0) {
    throw new MigrationError(
      `The migration ${skipped[0]!.tag}.sql is older than the newest one applied to this database but was never applied (two branches added migrations out of order). Give it a later place in the journal; the file was left untouched.`,
      null,
    );
  }
  return known.filter((m) => m.folderMillis > lastApplied);
}

/**
 * Applies drizzle-kit's pending migrations in one transaction.
 *
 * Why not drizzle's `migrate()`: it creates its bookkeeping table outside the transaction (so a failed
 * run still changes the file), and inside its transaction `PRAGMA foreign_keys=OFF` is ignored, so a
 * generated table rebuild (`DROP TABLE x` + rename) fires ON DELETE CASCADE and silently empties child
 * tables (drizzle-orm issue 5782). Here foreign keys are switched off *before* BEGIN, checked with
 * `foreign_key_check` before COMMIT, and switched back on after.
 *
 * The desktop app and the browser mode may open one file at the same moment: what is pending is decided
 * again inside the exclusive transaction, so only one of them applies each migration.
 */
export function migrateDatabase(sqlite: Database.Database, options: MigrateOptions): MigrationReport {
  const known = readKnownMigrations(options.migrationsFolder);
  const firstLook = planMigrations(sqlite, known);
  if (firstLook.length === 0) {
    return { applied: 0, schemaVersion: readApplied(sqlite).length, backupFile: null };
  }

  let backupFile: string | null = null;
  const hasUserData = userTableCount(sqlite) > 0;
  if (hasUserData && options.backupDir && options.databaseFile !== ':memory:') {
    try {
      backupFile = writeVerifiedBackup(sqlite, {
        dir: options.backupDir,
        now: options.now(),
        reason: 'before-migration',
        onStep: options.onBackupStep,
      });
    } catch (cause) {
      throw new MigrationError(
        `Could not back up the database into ${options.backupDir} before updating it: ${plain(cause)} Nothing was changed.`,
        null,
        { cause },
      );
    }
  }

  sqlite.pragma('foreign_keys = OFF');
  let applied = 0;
  try {
    sqlite.exec('BEGIN EXCLUSIVE');
    try {
      const pending = planMigrations(sqlite, known);
      sqlite.exec(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`,
      );
      const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim() !== '') sqlite.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`the update would leave ${violations.length} broken reference(s) between rows`);
      }
      applied = pending.length;
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } catch (cause) {
    if (cause instanceof MigrationError) throw cause;
    const where = backupFile ? ` A backup taken before the attempt is at ${backupFile}.` : '';
    throw new MigrationError(
      `Could not update the database to this version of Coachbench: ${plain(cause)} The database was left exactly as it was.${where}`,
      backupFile,
      { cause },
    );
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  if (applied === 0 && backupFile) {
    // Another process applied them between our first look and our lock; it took its own backup.
    fs.rmSync(backupFile, { force: true });
    backupFile = null;
  }
  return { applied, schemaVersion: readApplied(sqlite).length, backupFile };
}
