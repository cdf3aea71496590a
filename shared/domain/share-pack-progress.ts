import type { BehaviourProgress } from '../contract/progress';
import { SOURCE_KINDS, type SourceKind } from '../contract/observations';
import { levelEstimate, pointWeight, ratingValue, smoothedTrend, trendVerdict } from './progress';
import type { SharePack } from './share-pack';

/**
 * The rep's progress per behaviour from an opened share pack: the same rules and the same shape as the
 * manager's Progress tab (`progress.rep`), on what the pack holds, which is what was shared. Pure, so
 * the rep's copy computes it from the pack alone. Goals are listed beside the charts, not on them.
 */
export function packProgress(pack: SharePack, asOf: string): BehaviourProgress[] {
  const byBehaviour = new Map<string, SharePack['observations']>();
  const sorted = [...pack.observations].sort(
    (a, b) => a.observedOn.localeCompare(b.observedOn) || a.id.localeCompare(b.id),
  );
  for (const o of sorted) {
    if (ratingValue(o) === null) continue;
    byBehaviour.set(o.behaviourId, [...(byBehaviour.get(o.behaviourId) ?? []), o]);
  }
  const behaviours = new Map(pack.behaviours.map((b) => [b.id, b]));
  return [...byBehaviour.entries()]
    .map(([behaviourId, rows]) => {
      const behaviour = behaviours.get(behaviourId);
      return {
        behaviourId,
        name: behaviour?.name ?? 'A behaviour',
        // The pack names competencies, not their ids in the manager's copy: the name stands for both.
        competencyId: behaviour?.competency ?? 'other',
        competencyName: behaviour?.competency ?? 'Other',
        archived: false,
        points: rows.map((o) => ({
          observationId: o.id,
          observedOn: o.observedOn,
          level: o.level,
          verdict: o.verdict,
          value: ratingValue(o)!.value,
          weight: Math.round(pointWeight(o, asOf) * 1000) / 1000,
          sourceKind: (SOURCE_KINDS as readonly string[]).includes(o.sourceKind)
            ? (o.sourceKind as SourceKind)
            : 'ad-hoc',
          sourceId: o.sourceId,
          sourceTitle: o.sourceTitle,
          anchor: null,
          evidence: o.evidence,
          comment: o.comment,
          authorName: o.authorName,
        })),
        trend: smoothedTrend(rows),
        estimate: levelEstimate(rows, asOf),
        verdict: trendVerdict(rows, asOf),
        goal: null,
      };
    })
    .sort((a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name));
}
