/**
 * Known SQLite and file-system failures, in words a user can act on. Both the dispatcher (a failed call)
 * and openDatabase (a failed start) use this one table, so "database or disk is full" never reaches
 * anyone as "internal error" and "EEXIST: mkdir" never reaches anyone raw.
 */

/** Coarse kinds: READ_ONLY and BUSY are error codes of their own, the rest are STORAGE problems. */
export type StorageProblem =
  | 'DISK_FULL'
  | 'READ_ONLY'
  | 'BUSY'
  | 'CORRUPT'
  | 'IO'
  | 'PERMISSION'
  | 'NOT_A_FOLDER'
  | 'MISSING';

export interface StorageErrorDescription {
  problem: StorageProblem;
  /** What happened and what to do, without "nothing was saved" (the caller knows whether it was). */
  message: string;
  /** True when the same call may well succeed if tried again unchanged. */
  retryable: boolean;
}

const DESCRIPTIONS: Record<StorageProblem, Omit<StorageErrorDescription, 'problem'>> = {
  DISK_FULL: {
    message: 'The disk is full: free some space, then try again.',
    retryable: false,
  },
  READ_ONLY: {
    message:
      'The database file or its folder is read-only: give your user write access to both (or copy the database somewhere writable), then restart Coachbench.',
    retryable: false,
  },
  BUSY: {
    message:
      'Another Coachbench (the desktop app or the browser mode) is writing to the same database: try again in a moment.',
    retryable: true,
  },
  CORRUPT: {
    message:
      'The database file is damaged or is not a Coachbench database. Restore your latest backup (see "Your data" in the README); Coachbench will not try to repair it.',
    retryable: false,
  },
  IO: {
    message:
      'The disk reported an error while reading or writing the database. Check that the drive is still connected and healthy, then try again.',
    retryable: true,
  },
  PERMISSION: {
    message: 'Coachbench is not allowed to use this file or folder: check its permissions, then try again.',
    retryable: false,
  },
  NOT_A_FOLDER: {
    message:
      'A file is in the way where Coachbench needs a folder (or a folder where it needs a file): move it aside, then try again.',
    retryable: false,
  },
  MISSING: {
    message:
      'A file or folder Coachbench needs is missing or could not be created: check the path, then try again.',
    retryable: false,
  },
};

/** SQLite result codes (primary code first, then extended codes which start with it) and Node's errno codes. */
const BY_CODE: [RegExp, StorageProblem][] = [
  [/^SQLITE_FULL$/, 'DISK_FULL'],
  [/^ENOSPC$|^EDQUOT$/, 'DISK_FULL'],
  [/^SQLITE_READONLY/, 'READ_ONLY'],
  [/^EROFS$/, 'READ_ONLY'],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, 'BUSY'],
  [/^SQLITE_CORRUPT|^SQLITE_NOTADB$/, 'CORRUPT'],
  [/^SQLITE_IOERR|^EIO$/, 'IO'],
  [/^SQLITE_PERM$|^SQLITE_AUTH$|^EACCES$|^EPERM$/, 'PERMISSION'],
  [/^EEXIST$|^ENOTDIR$|^EISDIR$/, 'NOT_A_FOLDER'],
  [/^SQLITE_CANTOPEN|^ENOENT$/, 'MISSING'],
];

/** A description of a known storage failure, or null for anything else (a bug: report it as internal). */
export function describeStorageError(error: unknown): StorageErrorDescription | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const found = BY_CODE.find(([pattern]) => pattern.test(code));
  if (!found) return null;
  return { problem: found[1], ...DESCRIPTIONS[found[1]] };
}
