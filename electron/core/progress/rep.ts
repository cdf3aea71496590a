import { AppError, type BehaviourProgress, type RepProgress } from '../../../shared/contract';
import {
  levelEstimate,
  pointWeight,
  ratingValue,
  smoothedTrend,
  trendVerdict,
} from '../../../shared/domain/progress';
import { findBehaviour } from '../../../db/repositories/behaviours';
import { findPerson } from '../../../db/repositories/people';
import { type ProgressObservationRow, listRepProgressObservations } from '../../../db/repositories/progress';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import type { ReadContext } from '../context';
import type { Handler } from '../registry';
import { goalsOfRep } from '../services/progress';
import { accessOf } from '../services/access';
import { today } from '../../../shared/dates';

function toPoint(row: ProgressObservationRow, asOf: string) {
  return {
    observationId: row.id,
    observedOn: row.observedOn,
    level: row.level,
    verdict: row.verdict,
    value: ratingValue(row)!.value,
    weight: Math.round(pointWeight(row, asOf) * 1000) / 1000,
    sourceKind: row.sourceKind,
    sourceId: row.sourceId,
    sourceTitle: row.sourceTitle,
    anchor: row.anchor,
    evidence: row.evidence,
    comment: row.comment,
    authorName: row.authorName,
  };
}

export function buildRepProgress(ctx: ReadContext, repId: string): RepProgress {
  const rep = findPerson(ctx.db, repId);
  if (!rep) throw new AppError('NOT_FOUND', 'That person no longer exists.', { repId });
  const access = accessOf(ctx);
  access.requireRep(repId);
  const asOf = today(ctx.clock);
  const goals = goalsOfRep(ctx, repId);
  const byBehaviour = new Map<string, ProgressObservationRow[]>();
  for (const row of listRepProgressObservations(ctx.db, repId, access.scope())) {
    // The contract's rule is "exactly one of level or verdict"; a row with neither has nothing to plot.
    if (ratingValue(row) === null) continue;
    const rows = byBehaviour.get(row.behaviourId) ?? [];
    rows.push(row);
    byBehaviour.set(row.behaviourId, rows);
  }
  const behaviours: BehaviourProgress[] = [...byBehaviour.values()].map((rows) => {
    const first = rows[0]!;
    return {
      behaviourId: first.behaviourId,
      name: first.behaviourName,
      competencyId: first.competencyId,
      competencyName: first.competencyName,
      archived: first.behaviourArchived,
      points: rows.map((r) => toPoint(r, asOf)),
      trend: smoothedTrend(rows),
      estimate: levelEstimate(rows, asOf),
      verdict: trendVerdict(rows, asOf),
      goal: goals.find((g) => g.behaviourId === first.behaviourId) ?? null,
    };
  });
  // A goal on a behaviour with no observations yet still gets its (empty) chart, so the goal shows.
  const competencyNames = new Map(listTaxonomy(ctx.db, 'competency').map((c) => [c.id, c.name]));
  for (const goal of goals) {
    if (byBehaviour.has(goal.behaviourId)) continue;
    const behaviour = findBehaviour(ctx.db, goal.behaviourId);
    if (!behaviour) continue;
    behaviours.push({
      behaviourId: behaviour.id,
      name: behaviour.name,
      competencyId: behaviour.competencyId,
      competencyName: competencyNames.get(behaviour.competencyId) ?? '',
      archived: behaviour.archivedAt !== null,
      points: [],
      trend: [],
      estimate: null,
      verdict: trendVerdict([], asOf),
      goal,
    });
  }
  behaviours.sort(
    (a, b) =>
      Number(b.goal !== null) - Number(a.goal !== null) ||
      b.points.length - a.points.length ||
      a.name.localeCompare(b.name),
  );
  return { repId, repName: rep.name, asOf, behaviours, goals };
}

export const repProgress: Handler<'progress.rep'> = (input, ctx) => buildRepProgress(ctx, input.repId);
