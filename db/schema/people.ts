import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['rep', 'manager'] }).notNull(),
    title: text('title'),
    team: text('team'),
    // RESTRICT, not CASCADE: a person is archived, never deleted, so nothing may silently vanish with them.
    managerId: text('manager_id').references((): AnySQLiteColumn => people.id, { onDelete: 'restrict' }),
    region: text('region'),
    segment: text('segment'),
    startDate: text('start_date'),
    email: text('email'),
    archivedAt: text('archived_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [index('people_manager_idx').on(t.managerId), index('people_name_idx').on(t.name)],
);
