import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate as drizzleMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedDemoTeam } from '../../electron/core/demo/team';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, fixedClock, sequentialIds, tempDir } from '../helpers/core';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

/** A copy of the real migrations folder, cut to the first `keep` entries, plus any extra SQL files. */
function migrationsFolder(keep: number, extra: { tag: string; sql: string }[] = []): string {
  const dir = path.join(tempDir('coachbench-migrations-'), 'migrations');
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const entries = journal.entries.slice(0, keep);
  for (const entry of entries)
    fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  let when = Math.max(...journal.entries.map((e) => e.when));
  for (const file of extra) {
    when += 1000;
    entries.push({ idx: entries.length, version: '6', when, tag: file.tag, breakpoints: true });
    fs.writeFileSync(path.join(dir, `${file.tag}.sql`), file.sql);
  }
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return dir;
}

const realCount = () =>
  (
    JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'",
    )
    .all() as { name: string }[];
  const result = Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
  db.close();
  return result;
}

// A child table with ON DELETE CASCADE, then the table rebuild drizzle-kit generates for a column change.
const CHILD_TABLE = {
  tag: '9000_test_child',
  sql: `CREATE TABLE test_notes (id integer PRIMARY KEY, person_id text NOT NULL REFERENCES people(id) ON DELETE CASCADE, body text);`,
};
const REBUILD_PEOPLE = {
  tag: '9001_test_rebuild_people',
  sql: [
    'PRAGMA foreign_keys=OFF;',
    'CREATE TABLE `__new_people` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `title` text, `team` text, `manager_id` text REFERENCES people(id) ON DELETE restrict, `region` text, `segment` text, `start_date` text, `email` text, `archived_at` text, `created_at` text NOT NULL, `updated_at` text NOT NULL, `revision` integer DEFAULT 1 NOT NULL, `nickname` text);',
    'INSERT INTO `__new_people`("id", "name", "kind", "title", "team", "manager_id", "region", "segment", "start_date", "email", "archived_at", "created_at", "updated_at", "revision") SELECT "id", "name", "kind", "title", "team", "manager_id", "region", "segment", "start_date", "email", "archived_at", "created_at", "updated_at", "revision" FROM `people`;',
    'DROP TABLE `people`;',
    'ALTER TABLE `__new_people` RENAME TO `people`;',
    'PRAGMA foreign_keys=ON;',
  ].join('\n--> statement-breakpoint\n'),
};

function populated(migrations: string): string {
  const file = path.join(tempDir(), 'coachbench.db');
  const opened = openDatabase(file, { migrationsFolder: migrations });
  seedDemoTeam({ db: opened.db, sqlite: opened.sqlite, clock: fixedClock(), newId: sequentialIds('p') });
  if (opened.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name='test_notes'").get()) {
    const insert = opened.sqlite.prepare('INSERT INTO test_notes (person_id, body) VALUES (?, ?)');
    for (const { id } of opened.sqlite.prepare('SELECT id FROM people').all() as { id: string }[]) {
      for (let i = 0; i < 25; i++) insert.run(id, `note ${i}`);
    }
  }
  opened.close();
  return file;
}

describe('migrations', () => {
  it('creates the schema on a new file, takes no backup, and applies nothing twice', () => {
    const file = path.join(tempDir(), 'coachbench.db');
    const first = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(first.migration).toEqual({ applied: realCount(), schemaVersion: realCount(), backupFile: null });
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    first.close();
    const again = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(again.migration).toEqual({ applied: 0, schemaVersion: realCount(), backupFile: null });
    again.close();
  });

  it('applies every real migration to a database full of rows and keeps every row', () => {
    const file = populated(migrationsFolder(1));
    const before = counts(file);
    expect(before.people).toBeGreaterThan(5);
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    opened.close();
    const after = counts(file);
    for (const [table, n] of Object.entries(before)) expect(after[table], table).toBe(n);
  });

  it('rebuilds a parent table without cascading deletes into its children, and backs up first', () => {
    const withChild = migrationsFolder(realCount(), [CHILD_TABLE]);
    const file = populated(withChild);
    const before = counts(file);
    expect(before.test_notes).toBe(250);
    const opened = openDatabase(file, {
      migrationsFolder: migrationsFolder(realCount(), [CHILD_TABLE, REBUILD_PEOPLE]),
      now: () => new Date('2026-03-02T09:00:00Z'),
    });
    expect(opened.migration.applied).toBe(1);
    expect(opened.migration.backupFile).toMatch(
      /backups[\\/]coachbench-2026-03-02T09-00-00-000Z-before-migration\.db$/,
    );
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    opened.close();
    expect(counts(file)).toEqual(before);
    expect(counts(opened.migration.backupFile!)).toEqual(before);
  });

  it('shows why: drizzle’s own migrator, with foreign keys on, cannot do the same rebuild safely', () => {
    const file = populated(migrationsFolder(realCount(), [CHILD_TABLE]));
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = ON');
    // Its PRAGMA foreign_keys=OFF runs inside the transaction and is ignored: DROP TABLE people then
    // either cascades into test_notes or, with people's own RESTRICT reference, aborts.
    const run = () =>
      drizzleMigrate(drizzle(sqlite), {
        migrationsFolder: migrationsFolder(realCount(), [CHILD_TABLE, REBUILD_PEOPLE]),
      });
    expect(run).toThrow(/Failed to run the query/);
    sqlite.close();
  });

  it('leaves the file byte-identical when a migration fails, and says where the backup is', () => {
    const file = populated(migrationsFolder(realCount()));
    const bytes = fs.readFileSync(file);
    const broken = migrationsFolder(realCount(), [
      {
        tag: '9002_test_broken',
        sql: 'ALTER TABLE people ADD COLUMN nickname text;\n--> statement-breakpoint\nTHIS IS NOT SQL;',
      },
    ]);
    let message = '';
    try {
      openDatabase(file, { migrationsFolder: broken });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/left exactly as it was/);
    const backup = /backup taken before the attempt is at (.+\.db)\./.exec(message)?.[1];
    expect(backup).toBeDefined();
    expect(fs.existsSync(backup!)).toBe(true);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(counts(backup!)).toEqual(counts(file));
  });

  it('refuses a database written by a newer version, untouched', () => {
    const file = populated(migrationsFolder(realCount(), [CHILD_TABLE]));
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS })).toThrow(/newer version of Coachbench/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a database, without touching it', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(200));
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS })).toThrow(
      /is not a Coachbench database/,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
