import { useQuery } from '@tanstack/react-query';
import { useApi } from './client-context';

/** Says, above every screen, that nothing can be saved and why, when the core opened the data read-only. */
export function ReadOnlyBanner() {
  const api = useApi();
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => api.app.info({}), staleTime: Infinity });
  const reason = info.data?.readOnlyReason;
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="alert">
      <strong>Read-only: changes cannot be saved.</strong> {reason}
    </div>
  );
}
