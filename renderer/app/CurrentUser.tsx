import { useMutation } from '@tanstack/react-query';
import { useApiCache, useApiQuery } from '../api/queries';
import { useApi } from './client-context';

/** Who is using this copy of Coachbench: the author of every observation they record. */
export function CurrentUser() {
  const api = useApi();
  const cache = useApiCache();
  const settings = useApiQuery('settings.get', {});
  const managers = useApiQuery('people.list', { kind: 'manager' });
  const update = useMutation({
    mutationFn: (currentPersonId: string | null) => api.settings.update({ currentPersonId }),
    onSuccess: (saved) => cache.set('settings.get', {}, saved),
  });
  if (!managers.data || managers.data.length === 0) return null;
  return (
    <div className="current-user">
      <label htmlFor="current-user">You are</label>
      <select
        id="current-user"
        value={settings.data?.currentPersonId ?? ''}
        onChange={(e) => update.mutate(e.target.value || null)}
      >
        <option value="">Not set</option>
        {managers.data.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
