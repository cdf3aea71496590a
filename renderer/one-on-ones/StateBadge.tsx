import { type CadenceState, STATE_LABELS, STATUS_LABELS, type MeetingStatus } from './format';

/** Whether a rep's one-to-ones keep to their cadence. */
export function StateBadge({ state }: { state: CadenceState }) {
  return <span className={`badge state-badge state-${state}`}>{STATE_LABELS[state]}</span>;
}

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <span className={`badge status-badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
