import { useMutation } from '@tanstack/react-query';
import { useApiCache } from '../api/queries';
import { useState } from 'react';
import type { RepCadence } from '../../shared/contract';
import { CADENCE_LABELS, CADENCES, type Cadence } from '../../shared/domain/cadence';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';

/** How often to meet a rep; saved as soon as it is chosen. */
export function CadenceSelect({ rep, label }: { rep: RepCadence; label: string }) {
  const api = useApi();
  const cache = useApiCache();
  // The choice, shown from the moment it is made until the overview has been refetched with it.
  const [chosen, setChosen] = useState<{ cadence: Cadence | null } | null>(null);
  const save = useMutation({
    mutationFn: (choice: { cadence: Cadence | null }) =>
      api.oneOnOnes.setCadence({ repId: rep.repId, cadence: choice.cadence }),
    onSuccess: (saved) =>
      cache.set('oneOnOnes.overview', {}, (rows) => rows?.map((r) => (r.repId === saved.repId ? saved : r))),
    onSettled: (_saved, _error, choice) => {
      setChosen((current) => (current === choice ? null : current));
    },
  });
  const value = chosen ? chosen.cadence : rep.cadence;
  return (
    <span className="cadence-control">
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => {
          const choice = { cadence: e.target.value === '' ? null : (e.target.value as Cadence) };
          setChosen(choice);
          save.mutate(choice);
        }}
        aria-invalid={save.isError}
      >
        <option value="">None</option>
        {CADENCES.map((c) => (
          <option key={c} value={c}>
            {CADENCE_LABELS[c]}
          </option>
        ))}
      </select>
      {save.isError ? (
        <span className="field-error" role="alert">
          {errorMessage(save.error)}
        </span>
      ) : null}
    </span>
  );
}
