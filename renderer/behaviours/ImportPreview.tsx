import type { ImportReport } from '../../shared/contract';

type Kind = ImportReport['added'][number]['kind'];

const KIND_LABELS: Record<Kind, string> = {
  stage: 'Stage',
  competency: 'Competency',
  behaviour: 'Behaviour',
};

/** Field names in the file, said the way the screen says them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  definition: 'definition',
  description: 'description',
  competencyId: 'competency',
  stageIds: 'stages',
  methodologies: 'methodologies',
  rubric: 'rubric',
  position: 'order',
  archivedAt: 'archived',
};

function fieldList(fields: string[]): string {
  return fields.map((f) => FIELD_LABELS[f] ?? f).join(', ');
}

interface ImportPreviewProps {
  report: ImportReport;
  applying: boolean;
  onCancel(): void;
  onConfirm(): void;
}

/** What a dry run found: the manager sees every addition and change before anything is written. */
export function ImportPreview({ report, applying, onCancel, onConfirm }: ImportPreviewProps) {
  const nothingToDo = report.added.length === 0 && report.changed.length === 0 && !report.reordered;
  return (
    <>
      <ul className="import-counts" aria-label="Import summary">
        <li>
          <strong>{report.added.length}</strong> added
        </li>
        <li>
          <strong>{report.changed.length}</strong> changed
        </li>
        <li>
          <strong>{report.unchanged}</strong> unchanged
        </li>
      </ul>
      {nothingToDo ? (
        <p>This file matches your library: importing it would change nothing.</p>
      ) : (
        <p className="muted">Nothing has been imported yet. Check the changes, then choose Import.</p>
      )}
      {report.reordered ? (
        <p>
          The file puts behaviours, stages or competencies in a different order: importing applies its order.
        </p>
      ) : null}
      {report.added.length > 0 ? (
        <section className="import-section" aria-labelledby="import-added">
          <h3 id="import-added">Would be added</h3>
          <ul className="import-list">
            {report.added.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <span className="badge badge-muted">{KIND_LABELS[item.kind]}</span> {item.name}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.changed.length > 0 ? (
        <section className="import-section" aria-labelledby="import-changed">
          <h3 id="import-changed">Would change</h3>
          <ul className="import-list">
            {report.changed.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                <span className="badge badge-muted">{KIND_LABELS[item.kind]}</span> {item.name}
                <span className="muted"> — {fieldList(item.fields)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {nothingToDo ? 'Close' : 'Cancel'}
        </button>
        {nothingToDo ? null : (
          <button type="button" className="button button-primary" onClick={onConfirm} disabled={applying}>
            {applying ? 'Importing…' : 'Import'}
          </button>
        )}
      </div>
    </>
  );
}
