import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS } from '../helpers/core';
import { userTables } from '../helpers/fill-tables';

interface Snapshot {
  tables: Record<
    string,
    {
      columns: Record<string, { type: string; notNull: boolean }>;
      indexes: Record<string, { columns: string[]; isUnique: boolean }>;
      foreignKeys: Record<string, { columnsFrom: string[]; tableTo: string; onDelete: string }>;
      checkConstraints: Record<string, { name: string }>;
    }
  >;
}

/** drizzle-kit's snapshot after the newest migration: the schema the code in db/schema declares. */
function newestSnapshot(): Snapshot {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number }[];
  };
  const last = journal.entries[journal.entries.length - 1]!.idx;
  const file = path.join(MIGRATIONS, 'meta', `${String(last).padStart(4, '0')}_snapshot.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
}

/**
 * The migrations, applied one after another, build exactly the schema db/schema declares: every table,
 * column, index, reference and CHECK. When two branches' migrations meet, a hand-ordered table rebuild
 * can quietly lose an index or a column the other branch added; this says which.
 */
describe('the migrated schema', () => {
  it('is the schema db/schema declares', () => {
    const opened = openDatabase(':memory:', { migrationsFolder: MIGRATIONS });
    const sqlite = opened.sqlite;
    const describeDb = (table: string) => {
      const columns = (
        sqlite.prepare('SELECT name, type, "notnull" FROM pragma_table_info(?)').all(table) as {
          name: string;
          type: string;
          notnull: number;
        }[]
      ).map((c) => `${c.name} ${c.type.toLowerCase()}${c.notnull ? ' not null' : ''}`);
      const indexes = (
        sqlite.prepare('SELECT name, "unique" FROM pragma_index_list(?) WHERE origin = \'c\'').all(table) as {
          name: string;
          unique: number;
        }[]
      ).map(
        (i) =>
          `${i.name}(${(sqlite.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(i.name) as { name: string }[]).map((c) => c.name).join(',')})${i.unique ? ' unique' : ''}`,
      );
      const references = (
        sqlite.prepare('SELECT "from", "table", on_delete FROM pragma_foreign_key_list(?)').all(table) as {
          from: string;
          table: string;
          on_delete: string;
        }[]
      ).map((f) => `${f.from} -> ${f.table} on delete ${f.on_delete.toLowerCase()}`);
      const ddl = (
        sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as {
          sql: string;
        }
      ).sql;
      const checks = [...ddl.matchAll(/CONSTRAINT "(\w+)" CHECK/g)].map((m) => m[1]!);
      return {
        columns: columns.sort(),
        indexes: indexes.sort(),
        references: references.sort(),
        checks: checks.sort(),
      };
    };
    const snapshot = newestSnapshot();
    const declared = (table: string) => {
      const t = snapshot.tables[table]!;
      return {
        columns: Object.entries(t.columns)
          .map(([name, c]) => `${name} ${c.type.toLowerCase()}${c.notNull ? ' not null' : ''}`)
          .sort(),
        indexes: Object.entries(t.indexes)
          .map(([name, i]) => `${name}(${i.columns.join(',')})${i.isUnique ? ' unique' : ''}`)
          .sort(),
        references: Object.values(t.foreignKeys)
          .map((f) => `${f.columnsFrom.join(',')} -> ${f.tableTo} on delete ${f.onDelete.toLowerCase()}`)
          .sort(),
        checks: Object.keys(t.checkConstraints).sort(),
      };
    };
    expect(userTables(sqlite)).toEqual(Object.keys(snapshot.tables).sort());
    for (const table of userTables(sqlite)) expect(describeDb(table), table).toEqual(declared(table));
    opened.close();
  });
});
