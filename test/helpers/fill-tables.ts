import type Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema';

interface Column {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

interface ForeignKey {
  id: number;
  table: string;
  from: string;
  to: string | null;
}

/** Ordinary tables of the main schema: no SQLite internals, no FTS shadow or virtual tables. */
export function userTables(sqlite: Database.Database): string[] {
  return (
    sqlite.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'").all() as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((name) => !name.startsWith('sqlite_') && name !== '__drizzle_migrations')
    .sort();
}

function columns(sqlite: Database.Database, table: string): Column[] {
  return sqlite.prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?)').all(table) as Column[];
}

function foreignKeys(sqlite: Database.Database, table: string): ForeignKey[] {
  return sqlite
    .prepare('SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(?)')
    .all(table) as ForeignKey[];
}

/** Parents before children, so every reference can point at a row that exists. */
function parentsFirst(sqlite: Database.Database, tables: string[]): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const fk of foreignKeys(sqlite, table)) if (fk.table !== table) visit(fk.table);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/**
 * What the app's own schema says a column may hold, where SQLite's declared type says less: the values
 * of a text enum, or 0/1 for a boolean. Keyed by "table.column"; columns a later migration dropped are
 * not here and get the plain made-up values.
 */
function domainOfColumns(): Map<string, (i: number) => unknown> {
  const domains = new Map<string, (i: number) => unknown>();
  for (const table of Object.values(schema)) {
    if (!(table instanceof SQLiteTable)) continue;
    const config = getTableConfig(table);
    for (const column of config.columns) {
      const key = `${config.name}.${column.name}`;
      const values = column.enumValues;
      if (column.columnType === 'SQLiteBoolean') domains.set(key, (i) => i % 2);
      else if (values && values.length > 0) domains.set(key, (i) => values[i % values.length]);
    }
  }
  return domains;
}

/** Says what a column of row `i` holds instead of the made-up value, or undefined to keep that. */
export type ValueOf = (table: string, column: string, i: number) => unknown;

/**
 * Puts `rowsPerTable` rows into every table there is, from the schema alone (PRAGMA table_info and
 * foreign_key_list, plus the enums and booleans the app's schema declares): every column gets a value,
 * distinct per row, and every reference points at a real parent row. So a migration written tomorrow is
 * tested on full tables without anyone writing fixtures. `valueOf` gives the columns whose content has
 * a shape SQLite cannot see (JSON, an id that is not declared as a reference).
 */
export function fillEveryTable(
  sqlite: Database.Database,
  options: { rowsPerTable?: number; valueOf?: ValueOf } = {},
): void {
  const rowsPerTable = options.rowsPerTable ?? 4;
  const domains = domainOfColumns();
  const inserted = new Map<string, Record<string, unknown>[]>();
  for (const table of parentsFirst(sqlite, userTables(sqlite))) {
    const cols = columns(sqlite, table);
    const fks = foreignKeys(sqlite, table);
    const soleIntegerKey =
      cols.filter((c) => c.pk > 0).length === 1 && /INT/i.test(cols.find((c) => c.pk > 0)!.type);
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < rowsPerTable; i++) {
      const row: Record<string, unknown> = {};
      for (const col of cols) {
        if (col.pk > 0 && soleIntegerKey) continue;
        if (/INT/i.test(col.type)) row[col.name] = i + 1;
        else if (/REAL|FLOA|DOUB|NUM/i.test(col.type)) row[col.name] = i + 0.5;
        else if (/BLOB/i.test(col.type)) row[col.name] = Buffer.from([i]);
        else row[col.name] = `${table}.${col.name}#${i}`;
        const domain = domains.get(`${table}.${col.name}`);
        if (domain) row[col.name] = domain(i);
        const given = options.valueOf?.(table, col.name, i);
        if (given !== undefined) row[col.name] = given;
      }
      for (const fk of fks) {
        const self = fk.table === table;
        const parents = self ? rows : (inserted.get(fk.table) ?? []);
        const col = cols.find((c) => c.name === fk.from)!;
        const parent = parents[self ? i - 1 : i % Math.max(parents.length, 1)];
        if (parent) row[fk.from] = parent[fk.to ?? 'id'];
        else if (self && fk.to) row[fk.from] = col.notnull ? row[fk.to] : null;
        else if (!col.notnull) row[fk.from] = null;
        else throw new Error(`${table}.${fk.from} must reference ${fk.table}, which has no rows to point at`);
      }
      const names = Object.keys(row);
      const info = sqlite
        .prepare(
          `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        )
        .run(...names.map((n) => row[n]));
      const stored = sqlite.prepare(`SELECT * FROM "${table}" WHERE rowid = ?`).get(info.lastInsertRowid);
      rows.push(stored as Record<string, unknown>);
    }
    inserted.set(table, rows);
  }
}

/** Every row of every table, keyed by table, each table's rows in primary-key order. */
export function everyRow(sqlite: Database.Database, tables = userTables(sqlite)): Record<string, unknown[]> {
  return Object.fromEntries(
    tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()]),
  );
}
