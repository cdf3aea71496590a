import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  // FTS5 shadow tables are created by hand-written migrations; push must never try to drop them.
  tablesFilter: ['!*_fts', '!*_fts_*'],
});
