import { Link } from 'wouter';
import { useWorkspace } from './use-workspace';

const KIND_LABELS = { manager: 'Manager', rep: 'Rep' } as const;

/** In the sidebar: who is using this copy. Changing it is done in Settings, on purpose, not from here. */
export function WhoYouAre() {
  const workspace = useWorkspace();
  const owner = workspace.data?.owner;
  if (!workspace.data) return null;
  return (
    <div className="who-you-are">
      <span className="who-you-are-label">You are</span>
      {owner ? (
        <span className="who-you-are-name">
          {owner.name} <span className="muted">· {KIND_LABELS[owner.kind]}</span>
        </span>
      ) : (
        <span className="muted">Not chosen yet</span>
      )}
      <Link href="/settings" className="who-you-are-change">
        {owner ? 'Change in Settings' : 'Choose'}
      </Link>
    </div>
  );
}
