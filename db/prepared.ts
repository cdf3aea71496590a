import type { Statement } from 'better-sqlite3';
import type { ReadableDB, Sqlite } from './open';

// Hot queries are hand-written SQL, prepared once per connection and reused: building a query with
// drizzle and having SQLite parse it again costs more than running it (a profile of the one-to-ones
// overview put ~45% of its time in drizzle's query building and ~18% in SQLite re-preparing).
const statements = new WeakMap<Sqlite, Map<string, Statement>>();

/** The statement for `sql` on this connection, prepared the first time it is asked for. */
export function prepared<Row = unknown>(db: ReadableDB, sql: string): Statement<unknown[], Row> {
  const client = db.$client;
  let byText = statements.get(client);
  if (!byText) {
    byText = new Map();
    statements.set(client, byText);
  }
  let statement = byText.get(sql);
  if (!statement) {
    statement = client.prepare(sql);
    byText.set(sql, statement);
  }
  return statement as Statement<unknown[], Row>;
}
