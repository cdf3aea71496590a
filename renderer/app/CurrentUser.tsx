import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './client-context';

/** Who is using this copy of Coachbench: the author of every observation they record. */
export function CurrentUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => api.settings.get({}) });
  const managers = useQuery({
    queryKey: ['people', 'list', { status: 'active', kind: 'manager', search: '' }],
    queryFn: () => api.people.list({ kind: 'manager' }),
  });
  const update = useMutation({
    mutationFn: (currentPersonId: string | null) => api.settings.update({ currentPersonId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['settings'] }),
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
