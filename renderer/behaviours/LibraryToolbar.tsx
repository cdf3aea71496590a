import type { Library } from '../../shared/contract';
import { METHODOLOGIES, type Methodology } from '../../shared/domain/default-library';
import { activeStages, type LibraryFilter } from './library-model';

interface LibraryToolbarProps {
  library: Library;
  filter: LibraryFilter;
  onChange(filter: LibraryFilter): void;
  summary: string;
}

export function LibraryToolbar({ library, filter, onChange, summary }: LibraryToolbarProps) {
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]) =>
    onChange({ ...filter, [key]: value });
  return (
    <search className="toolbar library-toolbar" aria-label="Filter behaviours">
      <input
        type="search"
        aria-label="Search behaviours"
        placeholder="Search behaviours…"
        value={filter.search}
        onChange={(e) => set('search', e.target.value)}
      />
      <select aria-label="Stage" value={filter.stageId} onChange={(e) => set('stageId', e.target.value)}>
        <option value="">All stages</option>
        {activeStages(library).map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </select>
      <select
        aria-label="Methodology"
        value={filter.methodology}
        onChange={(e) => set('methodology', e.target.value as Methodology | '')}
      >
        <option value="">All methodologies</option>
        {METHODOLOGIES.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(e) => set('showArchived', e.target.checked)}
        />
        Show archived
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={filter.neverObserved}
          onChange={(e) => set('neverObserved', e.target.checked)}
        />
        Never observed only
      </label>
      <output className="toolbar-summary muted" aria-live="polite">
        {summary}
      </output>
    </search>
  );
}
