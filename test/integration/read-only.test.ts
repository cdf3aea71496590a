import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { ApiResult, OutputOf } from '../../shared/contract';
import { MIGRATIONS, makeCore, tempDir, value } from '../helpers/core';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

// Opens a core on a database and tries a read, a write and app.info, as a user who may not write there.
const CHILD = `
import { createCore } from ${JSON.stringify(path.join(ROOT, 'electron/core/core'))};
const [dbFile, migrationsFolder] = process.argv.slice(2);
const logger = { error: () => {}, info: () => {} };
try {
  const core = createCore({ dbFile, migrationsFolder, transport: 'http', appVersion: 'test', logger });
  const info = await core.dispatcher.call('app.info', {});
  const people = await core.dispatcher.call('people.list', {});
  const created = await core.dispatcher.call('people.create', { name: 'Ana Ortiz' });
  core.close();
  console.log(JSON.stringify({ info, people, created }));
} catch (error) {
  console.log(JSON.stringify({ openError: error.message }));
}
`;

/**
 * Tests run as root, and root may write to any file whatever its permission bits, so a chmod alone
 * proves nothing. The core runs in a child process as the unprivileged user `nobody` instead (or as
 * ourselves when we are not root), on a database owned by root with permissions that really stop it.
 */
interface ChildAnswer {
  info: ApiResult<OutputOf<'app.info'>>;
  people: ApiResult<OutputOf<'people.list'>>;
  created: ApiResult<unknown>;
  openError?: string;
}

function openAsAnotherUser(dbFile: string, migrationsFolder = MIGRATIONS): ChildAnswer {
  const dir = path.dirname(dbFile);
  const script = path.join(tempDir('coachbench-child-'), 'child.mts');
  fs.writeFileSync(script, CHILD);
  fs.chmodSync(path.dirname(script), 0o755);
  const asRoot = process.getuid?.() === 0;
  const result = spawnSync(process.execPath, [TSX, script, dbFile, migrationsFolder], {
    encoding: 'utf8',
    env: { ...process.env, HOME: dir },
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  if (result.status !== 0) throw new Error(`the child process failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

async function databaseWithOnePerson(): Promise<string> {
  const core = makeCore();
  await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' });
  core.close();
  return core.file;
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a database this user cannot write', () => {
  it('opens read-only: reads work, every write says why, and app.info tells the renderer', async () => {
    const file = await databaseWithOnePerson();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(path.dirname(file), 0o555);
    const before = sha256(file);
    const { info, people, created } = openAsAnotherUser(file);
    if (!people.ok || !info.ok) throw new Error(`reads failed: ${JSON.stringify({ people, info })}`);
    expect(people.value.map((p) => p.name)).toEqual(['Marcus Webb']);
    expect(info.value.readOnlyReason).toMatch(
      /^The database file .*coachbench\.db is read-only\. You can read everything/,
    );
    expect(created).toEqual({
      ok: false,
      error: { code: 'READ_ONLY', message: `Nothing was saved. ${info.value.readOnlyReason}` },
    });
    expect(sha256(file)).toBe(before);
  });

  it('says so when only the folder is read-only (SQLite could not write its journal there)', async () => {
    const file = await databaseWithOnePerson();
    fs.chmodSync(file, 0o666);
    fs.chmodSync(path.dirname(file), 0o555);
    const { info, created } = openAsAnotherUser(file);
    if (!info.ok) throw new Error(`app.info failed: ${JSON.stringify(info)}`);
    expect(info.value.readOnlyReason).toMatch(
      /^The folder .* which holds the database and its journal, is read-only\./,
    );
    expect(created).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });

  it('refuses, untouched, a read-only database that this version needs to update', async () => {
    const file = await databaseWithOnePerson();
    // This build "has" one more migration than the file.
    const folder = path.join(tempDir('coachbench-migrations-'), 'migrations');
    fs.cpSync(MIGRATIONS, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
    const last = journal.entries.at(-1);
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_future' });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(folder, '9999_future.sql'), 'ALTER TABLE people ADD COLUMN nickname text;');
    fs.chmodSync(path.dirname(folder), 0o755);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(path.dirname(file), 0o555);
    const before = sha256(file);
    const { openError } = openAsAnotherUser(file, folder);
    expect(openError).toMatch(
      /needs to update the database, but cannot write to it: The database file .* is read-only\. Give your user write access .* The file was left untouched\.$/,
    );
    expect(sha256(file)).toBe(before);
  });
});

describe('file-system errors at open', () => {
  it('explains a file in the way of the data folder instead of showing EEXIST or ENOTDIR', () => {
    const blocker = path.join(tempDir(), 'Coachbench');
    fs.writeFileSync(blocker, 'not a folder');
    expect(() => openDatabase(path.join(blocker, 'coachbench.db'), { migrationsFolder: MIGRATIONS })).toThrow(
      /^Could not open the database at .*: A file is in the way where Coachbench needs a folder .*move it aside, then try again\.$/,
    );
  });
});
