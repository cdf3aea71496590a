import { asc, eq, sql } from 'drizzle-orm';
import type { Stage } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { competencies, stages } from '../schema';

/** Sales stages and competencies: two lists of the same shape that group the behaviour library. */
export type TaxonomyKind = 'stage' | 'competency';

const tableOf = (kind: TaxonomyKind) => (kind === 'stage' ? stages : competencies);

export function listTaxonomy(db: ReadableDB, kind: TaxonomyKind): Stage[] {
  const table = tableOf(kind);
  // Outer columns are written out in full: drizzle leaves them unqualified in a single-table select, and
  // inside the subquery an unqualified "id" would silently bind to the inner table.
  const counts =
    kind === 'stage'
      ? sql<number>`(SELECT count(*) FROM behaviour_stages bs JOIN behaviours b ON b.id = bs.behaviour_id WHERE bs.stage_id = "stages"."id" AND b.archived_at IS NULL)`
      : sql<number>`(SELECT count(*) FROM behaviours b WHERE b.competency_id = "competencies"."id" AND b.archived_at IS NULL)`;
  return db
    .select({
      id: table.id,
      name: table.name,
      description: table.description,
      position: table.position,
      archivedAt: table.archivedAt,
      behaviourCount: counts,
    })
    .from(table)
    .orderBy(asc(table.position))
    .all();
}

export function findTaxonomy(db: ReadableDB, kind: TaxonomyKind, id: string) {
  const table = tableOf(kind);
  return db.select().from(table).where(eq(table.id, id)).get();
}

export function nextTaxonomyPosition(db: ReadableDB, kind: TaxonomyKind): number {
  const _table = tableOf(kind);
  return (db.get<{ n: number | null }>(sql`SELECT max(position) AS n FROM ${tableOf(kind)}`)?.n ?? -1) + 1;
}

export function insertTaxonomy(
  db: WritableDB,
  kind: TaxonomyKind,
  row: { id: string; name: string; description: string | null; position: number },
): void {
  db.insert(tableOf(kind))
    .values({ ...row, archivedAt: null })
    .run();
}

export function updateTaxonomy(
  db: WritableDB,
  kind: TaxonomyKind,
  id: string,
  changes: { name?: string; description?: string | null; position?: number },
): void {
  db.update(tableOf(kind))
    .set(changes)
    .where(eq(tableOf(kind).id, id))
    .run();
}
