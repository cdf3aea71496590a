import type { Behaviour, Library } from '../../shared/contract';

/** Case-, accent- and apostrophe-insensitive text for matching. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

export interface BehaviourMatch {
  behaviour: Behaviour;
  competency: string;
  rank: number;
}

export interface BehaviourGroup {
  competency: string;
  matches: BehaviourMatch[];
}

/** Every query word must appear in the name, the definition or the competency; name hits rank first. */
export function matchBehaviours(library: Library, query: string): BehaviourGroup[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  const groups: (BehaviourGroup & { best: number; position: number })[] = [];
  for (const competency of library.competencies) {
    const matches: BehaviourMatch[] = [];
    const competencyText = normalise(competency.name);
    for (const behaviour of library.behaviours) {
      if (behaviour.competencyId !== competency.id || behaviour.archivedAt !== null) continue;
      const name = normalise(behaviour.name);
      const definition = normalise(behaviour.definition);
      if (!words.every((w) => name.includes(w) || definition.includes(w) || competencyText.includes(w)))
        continue;
      const inName = words.filter((w) => name.includes(w)).length;
      const rank =
        words.length === 0
          ? 0
          : name.startsWith(words.join(' '))
            ? 0
            : inName === words.length
              ? 1
              : inName > 0
                ? 2
                : 3;
      matches.push({ behaviour, competency: competency.name, rank });
    }
    if (matches.length === 0) continue;
    matches.sort((a, b) => a.rank - b.rank || a.behaviour.position - b.behaviour.position);
    groups.push({
      competency: competency.name,
      matches,
      best: matches[0]!.rank,
      position: competency.position,
    });
  }
  groups.sort((a, b) => a.best - b.best || a.position - b.position);
  return groups;
}
