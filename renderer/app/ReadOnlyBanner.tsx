import { useApiQuery } from '../api/queries';

/** Says, above every screen, that nothing can be saved and why, when the core opened the data read-only. */
export function ReadOnlyBanner() {
  const info = useApiQuery('app.info', {}, { staleTime: Number.POSITIVE_INFINITY });
  const reason = info.data?.readOnlyReason;
  if (!reason) return null;
  return (
    <div className="read-only-banner" role="alert">
      <strong>Read-only: changes cannot be saved.</strong> {reason}
    </div>
  );
}
