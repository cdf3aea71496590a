import type { SourceKind, TeamProgress } from '../../../shared/contract';
import { addDays } from '../../../shared/dates';
import {
  type AttentionRow,
  attentionWarnings,
  commitmentCompletion,
  completionRange,
  estimateFromSums,
  HALF_LIFE_DAYS,
  trendVerdict,
  VERDICT_WINDOW_DAYS,
} from '../../../shared/domain/progress';
import { listBehaviours } from '../../../db/repositories/behaviours';
import { listPeople } from '../../../db/repositories/people';
import {
  listCommitmentFactsBetween,
  type RatingRow,
  teamProgressFacts,
} from '../../../db/repositories/progress';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { today } from '../../../shared/dates';

/** Coverage counts the last 90 days: about a quarter of coaching. */
export const COVERAGE_DAYS = 90;

export const SOURCE_NAMES: Record<SourceKind, string> = {
  'one-on-one': 'one-to-ones',
  'call-review': 'call reviews',
  note: 'coaching notes',
  'ad-hoc': 'ad-hoc observations',
  'deal-review': 'deal reviews',
  retrospective: 'lost-deal retrospectives',
  proposal: 'proposal reviews',
  'role-play': 'role-plays',
};

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

export const teamProgress: Handler<'progress.team'> = (_input, ctx) => {
  const asOf = today(ctx.clock);
  const coverageFrom = addDays(asOf, -COVERAGE_DAYS);
  const access = accessOf(ctx);
  // The reps the viewer sees, from the observations they may read.
  const reps = listPeople(ctx.db, { status: 'active', kind: 'rep', search: '' }).filter((rep) =>
    access.seesRep(rep.id),
  );
  const allBehaviours = listBehaviours(ctx.db);
  const competencyOf = new Map(allBehaviours.map((b) => [b.id, b.competencyId]));
  // Sums per rep × behaviour come from SQL (the covering indexes, never every observation into the
  // process); only the verdict window's rows are read, for the trend line's fit.
  const facts = teamProgressFacts(
    ctx.db,
    {
      repIds: reps.map((rep) => rep.id),
      asOf,
      coverageFrom,
      windowStart: addDays(asOf, -VERDICT_WINDOW_DAYS),
      halfLifeDays: HALF_LIFE_DAYS,
    },
    access.scope(),
  );
  const windowRows = new Map<string, RatingRow[]>();
  for (const r of facts.windowRatings) {
    const key = `${r.repId} ${r.behaviourId}`;
    const list = windowRows.get(key);
    if (list) list.push(r);
    else windowRows.set(key, [r]);
  }

  const behaviourCells: TeamProgress['behaviourCells'] = [];
  const competencySums = new Map<
    string,
    { repId: string; competencyId: string; sum: number; weights: number; count: number; last: string }
  >();
  const countsByBehaviour = new Map<string, { total: number; recent: number }>();
  for (const cell of facts.cells) {
    const counts = countsByBehaviour.get(cell.behaviourId) ?? { total: 0, recent: 0 };
    counts.total += cell.total;
    counts.recent += cell.recent;
    countsByBehaviour.set(cell.behaviourId, counts);
    const last = cell.lastObservedOn ?? '';
    const estimate = estimateFromSums(cell.weightedSum, cell.weightSum, cell.rated, last);
    if (estimate)
      behaviourCells.push({
        repId: cell.repId,
        behaviourId: cell.behaviourId,
        ...estimate,
        trend: trendVerdict(windowRows.get(`${cell.repId} ${cell.behaviourId}`) ?? [], asOf).kind,
      });
    const competencyId = competencyOf.get(cell.behaviourId);
    if (!competencyId) continue;
    const key = `${cell.repId} ${competencyId}`;
    const sums = competencySums.get(key) ?? {
      repId: cell.repId,
      competencyId,
      sum: 0,
      weights: 0,
      count: 0,
      last: '',
    };
    sums.sum += cell.weightedSum;
    sums.weights += cell.weightSum;
    sums.count += cell.rated;
    if (last > sums.last) sums.last = last;
    competencySums.set(key, sums);
  }
  const competencyCells: TeamProgress['competencyCells'] = [];
  for (const { repId, competencyId, sum, weights, count, last } of competencySums.values()) {
    const estimate = estimateFromSums(sum, weights, count, last);
    if (estimate) competencyCells.push({ repId, competencyId, ...estimate });
  }

  const behaviours = allBehaviours
    .filter((b) => b.archivedAt === null)
    .map((b) => ({
      id: b.id,
      name: b.name,
      competencyId: b.competencyId,
      observationCount: countsByBehaviour.get(b.id)?.total ?? 0,
      recentCount: countsByBehaviour.get(b.id)?.recent ?? 0,
    }));

  const recentByRep = groupBy(facts.recentBySource, (r) => r.repId);
  const attention: AttentionRow[] = reps.map((rep) => {
    const bySource: Record<string, number> = {};
    let total = 0;
    for (const r of recentByRep.get(rep.id) ?? []) {
      bySource[r.sourceKind] = r.count;
      total += r.count;
    }
    return { repId: rep.id, repName: rep.name, total, bySource };
  });

  // Only the commitments the completion rates can count (the last four quarters), not every one ever made.
  const { from: commitmentsFrom, to: commitmentsTo } = completionRange(asOf);
  const commitmentsByRep = groupBy(
    listCommitmentFactsBetween(
      ctx.db,
      commitmentsFrom,
      commitmentsTo,
      reps.map((rep) => rep.id),
    ),
    (c) => c.repId,
  );
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
