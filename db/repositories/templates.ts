import { asc, desc } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../open';
import { agendaTemplates } from '../schema';

export function listTemplates(db: ReadableDB) {
  return db
    .select()
    .from(agendaTemplates)
    .orderBy(desc(agendaTemplates.builtIn), asc(agendaTemplates.name))
    .all()
    .map((t) => ({ id: t.id, name: t.name, items: t.items, builtIn: t.builtIn }));
}

export function saveTemplateRow(
  db: WritableDB,
  row: { id: string; name: string; items: string[]; builtIn: boolean; now: string },
): void {
  db.insert(agendaTemplates)
    .values({
      id: row.id,
      name: row.name,
      items: row.items,
      builtIn: row.builtIn,
      createdAt: row.now,
      updatedAt: row.now,
    })
    .onConflictDoUpdate({
      target: agendaTemplates.id,
      set: { name: row.name, items: row.items, updatedAt: row.now },
    })
    .run();
}
