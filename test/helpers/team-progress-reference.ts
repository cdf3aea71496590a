// The team view as it was computed before issue 11's performance work (every visible observation read into
// the process and grouped in JavaScript), kept verbatim as the reference the SQL-aggregated read must match.
import type { TeamProgress } from '../../shared/contract';
import { addDays, today } from '../../shared/dates';
import {
  type AttentionRow,
  attentionWarnings,
  commitmentCompletion,
  levelEstimate,
  trendVerdict,
} from '../../shared/domain/progress';
import { listBehaviours } from '../../db/repositories/behaviours';
import { listPeople } from '../../db/repositories/people';
import { listCommitmentFacts, listRatings, type RatingRow } from '../../db/repositories/progress';
import { listTaxonomy } from '../../db/repositories/taxonomy';
import type { ReadContext } from '../../electron/core/context';
import { SOURCE_NAMES } from '../../electron/core/progress/team';
import { accessOf } from '../../electron/core/services/access';

/** Coverage counts the last 90 days: about a quarter of coaching. */
const COVERAGE_DAYS = 90;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export const teamProgressReference = (ctx: ReadContext): TeamProgress => {
  const asOf = today(ctx.clock);
  const coverageFrom = addDays(asOf, -COVERAGE_DAYS);
  const access = accessOf(ctx);
  // The reps the viewer sees, from the observations they may read.
  const reps = listPeople(ctx.db, { status: 'active', kind: 'rep', search: '' }).filter((rep) =>
    access.seesRep(rep.id),
  );
  const seen = new Set(reps.map((rep) => rep.id));
  const allBehaviours = listBehaviours(ctx.db);
  const competencyOf = new Map(allBehaviours.map((b) => [b.id, b.competencyId]));
  const ratings = listRatings(ctx.db, {}, access.scope()).filter((r) => seen.has(r.repId));

  // One pass into rep → behaviour and rep → competency groups.
  const byRepBehaviour = new Map<string, Map<string, RatingRow[]>>();
  const byRepCompetency = new Map<string, Map<string, RatingRow[]>>();
  const add = (map: Map<string, Map<string, RatingRow[]>>, repId: string, key: string, r: RatingRow) => {
    let inner = map.get(repId);
    if (!inner) {
      inner = new Map();
      map.set(repId, inner);
    }
    const list = inner.get(key);
    if (list) list.push(r);
    else inner.set(key, [r]);
  };
  for (const r of ratings) {
    add(byRepBehaviour, r.repId, r.behaviourId, r);
    add(byRepCompetency, r.repId, competencyOf.get(r.behaviourId) ?? '', r);
  }
  const behaviourCells: TeamProgress['behaviourCells'] = [];
  for (const [repId, inner] of byRepBehaviour) {
    for (const [behaviourId, rows] of inner) {
      const estimate = levelEstimate(rows, asOf);
      if (estimate)
        behaviourCells.push({ repId, behaviourId, ...estimate, trend: trendVerdict(rows, asOf).kind });
    }
  }
  const competencyCells: TeamProgress['competencyCells'] = [];
  for (const [repId, inner] of byRepCompetency) {
    for (const [competencyId, rows] of inner) {
      const estimate = levelEstimate(rows, asOf);
      if (estimate && competencyId) competencyCells.push({ repId, competencyId, ...estimate });
    }
  }

  const counts = groupBy(ratings, (r) => r.behaviourId);
  const behaviours = allBehaviours
    .filter((b) => b.archivedAt === null)
    .map((b) => {
      const rows = counts.get(b.id) ?? [];
      return {
        id: b.id,
        name: b.name,
        competencyId: b.competencyId,
        observationCount: rows.length,
        recentCount: rows.filter((r) => r.observedOn >= coverageFrom).length,
      };
    });

  const recentByRep = groupBy(
    ratings.filter((r) => r.observedOn >= coverageFrom),
    (r) => r.repId,
  );
  const attention: AttentionRow[] = reps.map((rep) => {
    const rows: RatingRow[] = recentByRep.get(rep.id) ?? [];
    const bySource: Record<string, number> = {};
    for (const r of rows) bySource[r.sourceKind] = (bySource[r.sourceKind] ?? 0) + 1;
    return { repId: rep.id, repName: rep.name, total: rows.length, bySource };
  });

  const commitmentsByRep = groupBy(listCommitmentFacts(ctx.db), (c) => c.repId);
  return {
    asOf,
    coverageFrom,
    reps: reps.map((r) => ({ id: r.id, name: r.name })),
    competencies: listTaxonomy(ctx.db, 'competency')
      .filter((c) => c.archivedAt === null)
      .map((c) => ({ id: c.id, name: c.name })),
    behaviours,
    behaviourCells,
    competencyCells,
    attention,
    attentionWarnings: attentionWarnings(attention, SOURCE_NAMES),
    commitments: reps.map((rep) => ({
      repId: rep.id,
      repName: rep.name,
      quarters: commitmentCompletion(commitmentsByRep.get(rep.id) ?? [], asOf),
    })),
  };
};
