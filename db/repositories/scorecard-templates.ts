import { asc, eq } from 'drizzle-orm';
import type { ScorecardTemplate } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { scorecardTemplateLines, scorecardTemplates } from '../schema';

export function listScorecardTemplates(db: ReadableDB): ScorecardTemplate[] {
  const lines = new Map<string, ScorecardTemplate['lines']>();
  for (const line of db
    .select()
    .from(scorecardTemplateLines)
    .orderBy(asc(scorecardTemplateLines.templateId), asc(scorecardTemplateLines.position))
    .all()) {
    const { behaviourId, weight, critical } = line;
    lines.set(line.templateId, [...(lines.get(line.templateId) ?? []), { behaviourId, weight, critical }]);
  }
  return db
    .select()
    .from(scorecardTemplates)
    .orderBy(asc(scorecardTemplates.name))
    .all()
    .map((t) => ({ id: t.id, name: t.name, callTypeIds: t.callTypeIds, lines: lines.get(t.id) ?? [] }));
}

export function saveScorecardTemplate(db: WritableDB, template: ScorecardTemplate, now: string): void {
  const values = { name: template.name, callTypeIds: template.callTypeIds, updatedAt: now };
  db.insert(scorecardTemplates)
    .values({ id: template.id, ...values, createdAt: now })
    .onConflictDoUpdate({ target: scorecardTemplates.id, set: values })
    .run();
  db.delete(scorecardTemplateLines).where(eq(scorecardTemplateLines.templateId, template.id)).run();
  if (template.lines.length > 0)
    db.insert(scorecardTemplateLines)
      .values(
        template.lines.map((line, position) => ({
          templateId: template.id,
          position,
          behaviourId: line.behaviourId,
          weight: line.weight,
          critical: line.critical,
        })),
      )
      .run();
}
