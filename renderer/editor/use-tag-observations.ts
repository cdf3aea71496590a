import { useCallback } from 'react';
import type { Observation } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import type { TagSource } from './TagBehaviourDialog';

/** The observations recorded from one document, by id: what its tags point at. */
export function useSourceObservations(source: TagSource) {
  const input = { sourceKind: source.kind, sourceId: source.id, limit: 5000 } as const;
  return useApiQuery('observations.list', input, {
    select: (list) => new Map(list.map((o): [string, Observation] => [o.id, o])),
  });
}

/** What becomes of an observation whose tag leaves the document. */
export type TagFate = 'keep' | 'delete';

/** Keeps an observation without its place in the document, or deletes it. */
export function useSettleObservation() {
  const api = useApi();
  return useCallback(
    async (id: string, fate: TagFate) => {
      if (fate === 'keep') await api.observations.unanchor({ id });
      else await api.observations.delete({ id });
    },
    [api],
  );
}

export function ratingText(
  observation: Pick<Observation, 'level' | 'verdict'>,
  levelNames: readonly string[],
): string {
  if (observation.level !== null) return `Level ${observation.level} · ${levelNames[observation.level - 1]}`;
  return observation.verdict === 'strength'
    ? 'Strength'
    : observation.verdict === 'gap'
      ? 'Gap'
      : 'Not rated';
}
