import { useQuery } from '@tanstack/react-query';
import { useApi } from '../app/client-context';

/** Who is using this copy (null until first run is done), and the log of changes. */
export function useWorkspace() {
  const api = useApi();
  return useQuery({ queryKey: ['workspace', 'get'], queryFn: () => api.workspace.get({}) });
}

/** Whether the person using the app is this rep, looking at their own records. */
export function useIsRep(repId: string): boolean {
  const workspace = useWorkspace();
  return workspace.data?.owner?.id === repId;
}
