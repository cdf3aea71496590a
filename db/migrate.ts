import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';

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

export interface MigrateOptions {
  migrationsFolder: string;
  backupDir: string | undefined;
  databaseFile: string;
  now: () => Date;
}

export class MigrationError extends Error {
  readonly backupFile: string | null;
  constructor(message: string, backupFile: string | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MigrationError';
    this.backupFile = backupFile;
  }
}

function tableExists(sqlite: Database.Database, name: string): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
  );
}

function userTableCount(sqlite: Database.Database): number {
  const row = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n;
}

function backupName(now: Date): string {
  return `coachbench-${now.toISOString().replace(/[:.]/g, '-')}-before-migration.db`;
}

/**
 * Applies drizzle-kit's pending migrations in one transaction.
 *
 * Why not drizzle's `migrate()`: it creates its bookkeeping table outside the transaction (so a failed
 * run still changes the file), and inside its transaction `PRAGMA foreign_keys=OFF` is ignored, so a
 * generated table rebuild (`DROP TABLE x` + rename) fires ON DELETE CASCADE and silently empties child
 * tables (drizzle-orm issue 5782). Here foreign keys are switched off *before* BEGIN, checked with
 * `foreign_key_check` before COMMIT, and switched back on after.
 */
export function migrateDatabase(sqlite: Database.Database, options: MigrateOptions): MigrationReport {
  const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const known = tableExists(sqlite, MIGRATIONS_TABLE);
  const appliedRows = known
    ? (sqlite.prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at`).all() as {
        hash: string;
        created_at: number | string;
      }[])
    : [];
  const lastApplied = appliedRows.reduce((max, row) => Math.max(max, Number(row.created_at)), 0);
  const newestKnown = migrations.reduce((max, m) => Math.max(max, m.folderMillis), 0);
  if (lastApplied > newestKnown) {
    throw new MigrationError(
      'This database was written by a newer version of Coachbench. Update Coachbench to open it; the file was left untouched.',
      null,
    );
  }
  const pending = migrations.filter((m) => m.folderMillis > lastApplied);
  if (pending.length === 0) {
    return { applied: 0, schemaVersion: appliedRows.length, backupFile: null };
  }

  let backupFile: string | null = null;
  const hasUserData = userTableCount(sqlite) > 0;
  if (hasUserData && options.backupDir && options.databaseFile !== ':memory:') {
    fs.mkdirSync(options.backupDir, { recursive: true });
    backupFile = path.join(options.backupDir, backupName(options.now()));
    try {
      // VACUUM INTO writes a consistent copy without changing the source file.
      sqlite.prepare('VACUUM INTO ?').run(backupFile);
    } catch (cause) {
      throw new MigrationError(
        `Could not back up the database to ${backupFile} before updating it (${(cause as Error).message}). Nothing was changed.`,
        null,
        { cause },
      );
    }
  }

  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
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
    })();
  } catch (cause) {
    const where = backupFile ? ` A backup taken before the attempt is at ${backupFile}.` : '';
    throw new MigrationError(
      `Could not update the database to this version of Coachbench: ${(cause as Error).message}. The database was left exactly as it was.${where}`,
      backupFile,
      { cause },
    );
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending.length, schemaVersion: appliedRows.length + pending.length, backupFile };
}
