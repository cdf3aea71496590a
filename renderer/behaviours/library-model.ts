import type { Behaviour, Competency, FieldIssue, Library, Stage } from '../../shared/contract';
import { LEVEL_NAMES } from '../../shared/contract';
import type { Methodology } from '../../shared/domain/default-library';

/** Labels for the rubric levels, e.g. "Level 2 — Developing". */
export const LEVEL_LABELS = LEVEL_NAMES.map((name, index) => `Level ${index + 1} — ${name}`);

export interface LibraryFilter {
  search: string;
  stageId: string;
  methodology: Methodology | '';
  showArchived: boolean;
  /** Only behaviours nobody has observed yet: the library's blind spots. */
  neverObserved: boolean;
}

export const NO_FILTER: LibraryFilter = {
  search: '',
  stageId: '',
  methodology: '',
  showArchived: false,
  neverObserved: false,
};

export function isFiltering(filter: LibraryFilter): boolean {
  return (
    filter.search.trim() !== '' || filter.stageId !== '' || filter.methodology !== '' || filter.neverObserved
  );
}

/** Active behaviours with no observation at all, from any source. */
export function neverObservedCount(library: Library): number {
  return library.behaviours.filter((b) => !b.archivedAt && !b.mergedIntoId && b.observationCount === 0)
    .length;
}

function matches(behaviour: Behaviour, filter: LibraryFilter): boolean {
  if (!filter.showArchived && behaviour.archivedAt) return false;
  if (filter.stageId && !behaviour.stageIds.includes(filter.stageId)) return false;
  if (filter.neverObserved && behaviour.observationCount > 0) return false;
  if (filter.methodology && !behaviour.methodologies.includes(filter.methodology)) return false;
  const words = filter.search.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${behaviour.name} ${behaviour.definition}`.toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

export interface CompetencyGroup {
  competency: Competency;
  behaviours: Behaviour[];
}

const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

/** Behaviours that pass the filter, grouped by competency in competency order; empty groups are left out. */
export function groupLibrary(library: Library, filter: LibraryFilter): CompetencyGroup[] {
  return [...library.competencies]
    .sort(byPosition)
    .map((competency) => ({
      competency,
      behaviours: library.behaviours
        .filter((b) => b.competencyId === competency.id && matches(b, filter))
        .sort(byPosition),
    }))
    .filter((group) => group.behaviours.length > 0);
}

/** Every behaviour id in library order: competency order, then position within the competency. */
export function libraryOrder(library: Library): string[] {
  const competencyRank = new Map(library.competencies.map((c) => [c.id, c.position]));
  return [...library.behaviours]
    .sort(
      (a, b) =>
        (competencyRank.get(a.competencyId) ?? 0) - (competencyRank.get(b.competencyId) ?? 0) ||
        a.position - b.position,
    )
    .map((b) => b.id);
}

/**
 * The full id list after swapping two behaviours of one group. The neighbour is the one the manager
 * sees next to it (filters may hide others), and every other id keeps its place.
 */
export function swapped(order: string[], id: string, neighbourId: string): string[] {
  const next = [...order];
  const a = next.indexOf(id);
  const b = next.indexOf(neighbourId);
  if (a < 0 || b < 0) return next;
  next[a] = neighbourId;
  next[b] = id;
  return next;
}

/** Applies a new order to the cached library at once, so the row moves before the server answers. */
export function withOrder(library: Library, ids: string[]): Library {
  const rank = new Map(ids.map((id, index) => [id, index]));
  return {
    ...library,
    behaviours: library.behaviours.map((b) => ({ ...b, position: rank.get(b.id) ?? b.position })),
  };
}

export function activeStages(library: Library): Stage[] {
  return library.stages.filter((s) => !s.archivedAt).sort(byPosition);
}

export function activeCompetencies(library: Library): Competency[] {
  return library.competencies.filter((c) => !c.archivedAt).sort(byPosition);
}

export function namesById(items: { id: string; name: string }[]): Map<string, string> {
  return new Map(items.map((item) => [item.id, item.name]));
}

export function observationCount(count: number): string {
  return count === 1 ? '1 observation' : `${count} observations`;
}

/** ['behaviours', 3, 'rubric'] → "behaviours[3].rubric", the way the manager would find it in the file. */
export function issuePath(path: FieldIssue['path']): string {
  // The dispatcher names the whole file `json`; the problems inside it are what the manager can fix.
  const inFile = path[0] === 'json' && path.length > 1 ? path.slice(1) : path;
  return inFile.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

/** Hands the browser (or Electron) a file to save, without a server round trip. */
export function downloadFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers; the next task is safe.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
