import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import {
  type BackupStep,
  type MigrationReport,
  MigrationError,
  migrateDatabase,
  planMigrations,
  readKnownMigrations,
} from './migrate';
import * as schema from './schema';
import { describeStorageError } from './storage-errors';

/**
 * What every writable connection runs with (`PRAGMA synchronous`): FULL, so an acknowledged write survives
 * a power cut, not only a crash of the process. See docs/architecture.md ("Durability").
 */
export const SYNCHRONOUS = 'FULL' as const;

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
  /** Told each step of a pre-migration backup; tests fail one on purpose. */
  onBackupStep?: (step: BackupStep, temporaryFile: string) => void;
}

export interface OpenedDatabase {
  file: string;
  sqlite: Sqlite;
  db: WritableDB;
  migration: MigrationReport;
  /** Why the database was opened read-only (reads work, every write is refused), or null. */
  readOnlyReason: string | null;
  close(): void;
}

export class DatabaseOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
  }
}

const WHAT_TO_DO_READ_ONLY =
  'You can read everything, but nothing can be saved. To work normally, give your user write access to both (or copy the database to a writable folder and open that), then restart Coachbench.';

/**
 * Why this process cannot write the database file or the folder SQLite writes its journal into, or null.
 * access(2) is the kernel's own answer (it knows about read-only mounts too); as root it says yes to
 * files whose permission bits say no, and so does SQLite, so the two agree.
 */
function writeProblem(file: string): string | null {
  const folder = path.dirname(file);
  for (const [target, what] of [
    [file, `The database file ${file}`],
    [folder, `The folder ${folder}, which holds the database and its journal,`],
  ] as const) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch (error) {
      const where =
        (error as NodeJS.ErrnoException).code === 'EROFS' ? 'is on a read-only disk' : 'is read-only';
      return `${what} ${where}.`;
    }
  }
  return null;
}

/** Starts a write transaction and rolls it back: SQLite refuses at once if it cannot write. */
function sqliteRefusesWrites(sqlite: Sqlite): boolean {
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    sqlite.exec('ROLLBACK');
    return false;
  } catch (error) {
    if (describeStorageError(error)?.problem === 'READ_ONLY') return true;
    throw error;
  }
}

function openConnection(file: string, readonly: boolean, nativeBinding: string | undefined): Sqlite {
  const binding = nativeBinding ? { nativeBinding } : {};
  if (!readonly) return new Database(file, binding);
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true, ...binding });
    sqlite.pragma('schema_version');
    return sqlite;
  } catch (error) {
    // A WAL database needs its -shm file even to be read, and a read-only folder cannot hold a new one.
    // With no unfinished -wal beside it, the file alone is the whole database: read a copy in memory.
    const wal = `${file}-wal`;
    if (describeStorageError(error) === null || (fs.existsSync(wal) && fs.statSync(wal).size > 0))
      throw error;
    const bytes = fs.readFileSync(file);
    // Header bytes 18-19 say "WAL" (2); an in-memory copy must say "rollback journal" (1). Only the copy.
    if (bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
    return new Database(bytes, { readonly: true, ...binding });
  }
}

function openError(resolved: string, cause: unknown): DatabaseOpenError {
  if (cause instanceof DatabaseOpenError) return cause;
  if (cause instanceof MigrationError) return new DatabaseOpenError(cause.message, { cause });
  const known = describeStorageError(cause);
  if (known?.problem === 'CORRUPT') {
    return new DatabaseOpenError(
      `${resolved} is not a Coachbench database (or it is damaged). The file was left untouched. ${known.message}`,
      { cause },
    );
  }
  const message = known ? known.message : (cause as Error).message;
  return new DatabaseOpenError(`Could not open the database at ${resolved}: ${message}`, { cause });
}

/**
 * Opens (or creates) a Coachbench database at a path and brings its schema up to date.
 * Never deletes or recreates an existing file: anything it cannot read is reported, not "repaired".
 *
 * Order matters: the header and the applied migrations are read before anything is written, because
 * even `journal_mode = WAL` rewrites header bytes 18-19 of a rollback-journal file, and a database this
 * build refuses must be left byte for byte as it was.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions): OpenedDatabase {
  const resolved = file === ':memory:' ? file : path.resolve(file);
  const exists = resolved !== ':memory:' && fs.existsSync(resolved);
  // Why it cannot be written, without what to do about it (that depends on whether it needs updating).
  let readOnlyProblem: string | null = null;
  let sqlite: Sqlite;
  try {
    if (resolved !== ':memory:') fs.mkdirSync(path.dirname(resolved), { recursive: true });
    if (exists) readOnlyProblem = writeProblem(resolved);
    sqlite = openConnection(resolved, readOnlyProblem !== null, options.nativeBinding);
  } catch (cause) {
    throw openError(resolved, cause);
  }
  try {
    // access(2) can say yes where SQLite still cannot write (a WAL file in a folder that refuses its -shm,
    // ACLs, a network share): ask SQLite too. Its first read of the header also refuses a file that is not
    // SQLite, before anything writes.
    if (readOnlyProblem === null && exists && sqliteRefusesWrites(sqlite)) {
      sqlite.close();
      readOnlyProblem = `SQLite cannot write to the database file ${resolved} (it or its folder is read-only).`;
      sqlite = openConnection(resolved, true, options.nativeBinding);
    }
    sqlite.pragma('schema_version');
    sqlite.pragma('busy_timeout = 5000');
    const pending = planMigrations(sqlite, readKnownMigrations(options.migrationsFolder));
    if (readOnlyProblem !== null && pending.length > 0) {
      throw new DatabaseOpenError(
        `This version of Coachbench needs to update the database, but cannot write to it: ${readOnlyProblem} Give your user write access to the file and its folder, then start Coachbench again. The file was left untouched.`,
      );
    }
    const readOnlyReason = readOnlyProblem === null ? null : `${readOnlyProblem} ${WHAT_TO_DO_READ_ONLY}`;
    if (readOnlyReason === null) {
      sqlite.pragma('journal_mode = WAL');
      // FULL, not NORMAL: with WAL, NORMAL syncs only at checkpoints, so a power cut (or an OS crash) can
      // roll back the last writes the app already answered "saved" to. FULL syncs the WAL at each commit:
      // an acknowledged note is on disk. Its cost per save is in `npm run bench` (Durability suite) and
      // the README.
      sqlite.pragma(`synchronous = ${SYNCHRONOUS}`);
    }
    sqlite.pragma('foreign_keys = ON');
    const backupDir =
      options.backupDir ??
      (resolved === ':memory:' ? undefined : path.join(path.dirname(resolved), 'backups'));
    const migration: MigrationReport =
      readOnlyReason === null
        ? migrateDatabase(sqlite, {
            migrationsFolder: options.migrationsFolder,
            backupDir,
            databaseFile: resolved,
            now: options.now ?? (() => new Date()),
            onBackupStep: options.onBackupStep,
          })
        : { applied: 0, schemaVersion: appliedMigrationCount(sqlite), backupFile: null };
    const db = drizzle(sqlite, { schema });
    const opened = sqlite;
    return {
      file: resolved,
      sqlite,
      db,
      migration,
      readOnlyReason,
      close: () => {
        if (opened.open) opened.close();
      },
    };
  } catch (cause) {
    if (sqlite.open) sqlite.close();
    throw openError(resolved, cause);
  }
}

function appliedMigrationCount(sqlite: Sqlite): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
}
