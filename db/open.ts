import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { type MigrationReport, migrateDatabase } from './migrate';
import * as schema from './schema';

/** The database as a mutation sees it: reads and writes. Only the dispatcher's write transaction hands it out. */
export type WritableDB = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * The database as a query sees it: the same connection without drizzle's write builders, so a read
 * path that tries to write fails to compile (Signal Desktop's ReadableDB/WritableDB split).
 */
export type ReadableDB = Omit<WritableDB, 'insert' | 'update' | 'delete' | 'transaction'>;
export type Sqlite = Database.Database;

export interface OpenDatabaseOptions {
  /** Folder with drizzle-kit's SQL files and meta/_journal.json. */
  migrationsFolder: string;
  /** Where pre-migration backups go; defaults to a `backups` folder beside the database file. */
  backupDir?: string;
  /** The Electron main process passes its own Electron-ABI build of better-sqlite3 here. */
  nativeBinding?: string;
  /** Clock for backup file names; injected so tests are deterministic. */
  now?: () => Date;
}

export interface OpenedDatabase {
  file: string;
  sqlite: Sqlite;
  db: WritableDB;
  migration: MigrationReport;
  close(): void;
}

export class DatabaseOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Opens (or creates) a Coachbench database at a path and brings its schema up to date.
 * Never deletes or recreates an existing file: anything it cannot read is reported, not "repaired".
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  if (resolved !== ':memory:') {
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
  }
  let sqlite: Sqlite;
  try {
    sqlite = new Database(resolved, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (cause) {
    throw new DatabaseOpenError(`Could not open the database at ${resolved}: ${(cause as Error).message}`, {
      cause,
    });
  }
  try {
    // The first statement reads the header: a file that is not SQLite fails here, before anything writes.
    sqlite.pragma('schema_version');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    const backupDir =
      options.backupDir ??
      (resolved === ':memory:' ? undefined : path.join(path.dirname(resolved), 'backups'));
    const migration = migrateDatabase(sqlite, {
      migrationsFolder: options.migrationsFolder,
      backupDir,
      databaseFile: resolved,
      now: options.now ?? (() => new Date()),
    });
    const db = drizzle(sqlite, { schema });
    return {
      file: resolved,
      sqlite,
      db,
      migration,
      close: () => {
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (cause) {
    sqlite.close();
    if (cause instanceof DatabaseOpenError) throw cause;
    const message = (cause as Error).message;
    if (/file is not a database|malformed/i.test(message)) {
      throw new DatabaseOpenError(
        `${resolved} is not a Coachbench database (or it is damaged): ${message}. The file was left untouched.`,
        { cause },
      );
    }
    throw new DatabaseOpenError(`Could not open the database at ${resolved}: ${message}`, { cause });
  }
}
