import { LEVEL_NAMES, type Observation, type SourceKind } from '../../shared/contract';

export function ratingLabel(o: Pick<Observation, 'level' | 'verdict'>): string {
  if (o.level !== null) return `${o.level} · ${LEVEL_NAMES[o.level - 1]}`;
  return o.verdict === 'strength' ? 'Strength' : 'Gap';
}

export function ratingTone(o: Pick<Observation, 'level' | 'verdict'>): 'low' | 'mid' | 'high' {
  if (o.verdict === 'gap' || o.level === 1) return 'low';
  if (o.verdict === 'strength' || (o.level ?? 0) >= 3) return 'high';
  return 'mid';
}

export const SOURCE_LABELS: Record<SourceKind, string> = {
  'one-on-one': 'One-to-one',
  'call-review': 'Call review',
  note: 'Coaching note',
  'ad-hoc': 'Ad-hoc',
  'deal-review': 'Deal review',
  retrospective: 'Retrospective',
  proposal: 'Proposal review',
  'role-play': 'Role-play',
};
