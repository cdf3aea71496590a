import { useEffect, useState } from 'react';
import { CHECKLIST_RATINGS } from '../../shared/domain/proposal-checklist';
import type { ProposalDetail } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';
import { CHECKLIST_RATING_LABELS } from './format';

type Rating = (typeof CHECKLIST_RATINGS)[number];

/** The decision-document checklist of this version, with the previous version's ratings beside it. */
export function ChecklistPanel({ detail, readOnly }: { detail: ProposalDetail; readOnly: boolean }) {
  const api = useApi();
  const [draft, setDraft] = useState(() =>
    detail.checklist.map((l) => ({ key: l.key, rating: l.rating, note: l.note ?? '' })),
  );
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft(detail.checklist.map((l) => ({ key: l.key, rating: l.rating, note: l.note ?? '' })));
  }, [detail.checklist]);
  // "Saved." belongs to the version it was said about (a save's own refetch must not clear it).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version's id is the trigger
  useEffect(() => setSaved(false), [detail.version.id]);
  const before = new Map(detail.checklistComparison?.map((c) => [c.key, c.before]) ?? []);

  async function save() {
    setError(null);
    setSaved(false);
    try {
      await api.proposals.saveChecklist({
        versionId: detail.version.id,
        lines: draft.map((l) => {
          const line = detail.checklist.find((c) => c.key === l.key)!;
          return {
            key: l.key,
            rating: l.rating,
            note: l.note,
            behaviourId: l.rating === null ? null : line.behaviourId,
            anchor: line.anchor ? { start: line.anchor.start, end: line.anchor.end } : null,
          };
        }),
      });
      setSaved(true);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="panel" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Decision-document checklist</h2>
      <div className="table-scroll">
        <table className="table" aria-label="Checklist">
          <thead>
            <tr>
              <th scope="col">Question</th>
              {detail.checklistComparison ? <th scope="col">Before</th> : null}
              <th scope="col">Rating</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {detail.checklist.map((line, i) => (
              <tr key={line.key}>
                <th scope="row">
                  {line.question}
                  {line.behaviourName ? <span className="muted"> · {line.behaviourName}</span> : null}
                </th>
                {detail.checklistComparison ? (
                  <td>{before.get(line.key) ? CHECKLIST_RATING_LABELS[before.get(line.key)!] : '—'}</td>
                ) : null}
                <td>
                  <select
                    aria-label={`Rating: ${line.question}`}
                    disabled={readOnly}
                    value={draft[i]?.rating ?? ''}
                    onChange={(e) =>
                      setDraft((d) =>
                        d.map((l, j) =>
                          j === i ? { ...l, rating: (e.target.value || null) as Rating | null } : l,
                        ),
                      )
                    }
                  >
                    <option value="">Not rated</option>
                    {CHECKLIST_RATINGS.map((r) => (
                      <option key={r} value={r}>
                        {CHECKLIST_RATING_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Note: ${line.question}`}
                    disabled={readOnly}
                    value={draft[i]?.note ?? ''}
                    onChange={(e) =>
                      setDraft((d) => d.map((l, j) => (j === i ? { ...l, note: e.target.value } : l)))
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {readOnly ? null : (
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => void save()}>
            Save the checklist
          </button>
          {saved ? (
            <span className="muted" role="status">
              Saved.
            </span>
          ) : null}
        </div>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
