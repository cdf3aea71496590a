import { useApiQuery } from '../api/queries';

/** Who is using this copy (null until first run is done), and the log of changes. */
export function useWorkspace() {
  return useApiQuery('workspace.get', {});
}

/** Whether the person using the app is this rep, looking at their own records. */
export function useIsRep(repId: string): boolean {
  const workspace = useWorkspace();
  return workspace.data?.owner?.id === repId;
}
