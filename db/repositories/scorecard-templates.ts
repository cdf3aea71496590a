import { asc } from 'drizzle-orm';
import type { ScorecardTemplate } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { scorecardTemplates } from '../schema';

export function listScorecardTemplates(db: ReadableDB): ScorecardTemplate[] {
  return db
    .select()
    .from(scorecardTemplates)
    .orderBy(asc(scorecardTemplates.name))
    .all()
    .map((t) => ({
      id: t.id,
      name: t.name,
      callTypeIds: JSON.parse(t.callTypeIds) as string[],
      lines: JSON.parse(t.lines) as ScorecardTemplate['lines'],
    }));
}

export function saveScorecardTemplate(db: WritableDB, template: ScorecardTemplate, now: string): void {
  const values = {
    name: template.name,
    callTypeIds: JSON.stringify(template.callTypeIds),
    lines: JSON.stringify(template.lines),
    updatedAt: now,
  };
  db.insert(scorecardTemplates)
    .values({ id: template.id, ...values, createdAt: now })
    .onConflictDoUpdate({ target: scorecardTemplates.id, set: values })
    .run();
}
