import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../db/storage-errors';

const failure = (code: string) => Object.assign(new Error('raw text nobody should see'), { code });

describe('describeStorageError', () => {
  it.each([
    ['SQLITE_FULL', 'DISK_FULL', /^The disk is full: free some space, then try again\.$/],
    ['ENOSPC', 'DISK_FULL', /disk is full/],
    ['SQLITE_READONLY', 'READ_ONLY', /read-only: give your user write access/],
    ['SQLITE_READONLY_DIRECTORY', 'READ_ONLY', /read-only/],
    ['EROFS', 'READ_ONLY', /read-only/],
    ['SQLITE_BUSY', 'BUSY', /try again in a moment/],
    ['SQLITE_BUSY_SNAPSHOT', 'BUSY', /try again in a moment/],
    ['SQLITE_LOCKED', 'BUSY', /try again in a moment/],
    ['SQLITE_CORRUPT', 'CORRUPT', /damaged .*Restore your latest backup/],
    ['SQLITE_NOTADB', 'CORRUPT', /not a Coachbench database/],
    ['SQLITE_IOERR_WRITE', 'IO', /drive is still connected/],
    ['EIO', 'IO', /drive/],
    ['EACCES', 'PERMISSION', /check its permissions/],
    ['EPERM', 'PERMISSION', /check its permissions/],
    ['EEXIST', 'NOT_A_FOLDER', /A file is in the way/],
    ['ENOTDIR', 'NOT_A_FOLDER', /A file is in the way/],
    ['SQLITE_CANTOPEN', 'MISSING', /missing or could not be created/],
  ])('%s is %s, in plain words', (code, problem, message) => {
    const described = describeStorageError(failure(code));
    expect(described?.problem).toBe(problem);
    expect(described?.message).toMatch(message);
    expect(described?.message).not.toContain('raw text');
  });

  it('says which failures are worth retrying unchanged', () => {
    expect(describeStorageError(failure('SQLITE_BUSY'))?.retryable).toBe(true);
    expect(describeStorageError(failure('SQLITE_FULL'))?.retryable).toBe(false);
  });

  it('leaves anything else to be reported as an internal error', () => {
    for (const error of [
      failure('SQLITE_CONSTRAINT_UNIQUE'),
      failure('SQLITE_ERROR'),
      new Error('no code'),
      'a string',
      null,
      undefined,
    ]) {
      expect(describeStorageError(error)).toBeNull();
    }
  });
});
