import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, makeCore, tempDir } from '../helpers/core';

/** SQLite's numbers for PRAGMA synchronous. */
const FULL = 2;

describe('durability', () => {
  it('opens every writable database in WAL with synchronous=FULL, so an acknowledged write survives a power cut', () => {
    const file = path.join(tempDir(), 'coachbench.db');
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(FULL);
    opened.close();
    // Reopened (an existing file), and through the core the app runs.
    const core = makeCore({ file });
    expect(core.database.sqlite.pragma('synchronous', { simple: true })).toBe(FULL);
    core.close();
  });
});
