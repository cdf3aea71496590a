import { useMutation } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { OneOnOne } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { BehaviourPicker } from '../behaviours/BehaviourPicker';
import { errorMessage, formatDate } from '../ui/format';
import { EvidenceList } from './EvidenceList';
import { plural } from './format';
import { issueFor } from './use-one-on-ones';

type Focus = OneOnOne['focus'][number];

const MAX_FOCUS = 3;

/** How the meeting opens: the behaviours chosen last time, and what has been seen of them since. */
export function SinceLastTime({ meeting }: { meeting: OneOnOne }) {
  const previous = meeting.previous;
  return (
    <section className="meeting-section since-last-time" aria-labelledby="since-title">
      <header className="meeting-section-header">
        <h2 id="since-title">Since last time</h2>
        {previous ? (
          <span className="section-count">
            Last one-to-one: <Link href={`/one-to-ones/${previous.id}`}>{formatDate(previous.date)}</Link>
          </span>
        ) : null}
      </header>
      {!previous ? (
        <p className="muted section-empty">
          This is the first one-to-one with {meeting.repName}. Choose one to three behaviours to work on
          below.
        </p>
      ) : meeting.previousFocus.length === 0 ? (
        <p className="muted section-empty">
          No focus behaviours were chosen on {formatDate(previous.date)}. Choose some for this time below.
        </p>
      ) : (
        <ul className="focus-list">
          {meeting.previousFocus.map((f) => (
            <FocusEvidence key={f.behaviourId} focus={f} since={previous.date} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FocusEvidence({
  focus,
  since,
  onRemove,
}: {
  focus: Focus;
  since: string;
  onRemove?: (() => void) | undefined;
}) {
  return (
    <li className="focus-item">
      <div className="focus-head">
        <Link href={`/behaviours/${focus.behaviourId}`} className="focus-name">
          {focus.name}
        </Link>
        <span className="section-count">{plural(focus.evidence.length, 'observation')} since</span>
        {onRemove ? (
          <button
            type="button"
            className="button button-quiet button-small focus-remove"
            aria-label={`Remove ${focus.name} from the focus`}
            onClick={onRemove}
          >
            Remove
          </button>
        ) : null}
      </div>
      {focus.evidence.length === 0 ? (
        <p className="muted evidence-empty">Nothing observed since {formatDate(since)}.</p>
      ) : (
        <EvidenceList observations={focus.evidence} label={`Evidence on ${focus.name}`} limit={3} />
      )}
    </li>
  );
}

/** One to three behaviours to work on until the next one-to-one. */
/** `readOnly`: the rep reads the focus their manager set; choosing it is the manager's (the core refuses the rep). */
export function FocusSection({ meeting, readOnly = false }: { meeting: OneOnOne; readOnly?: boolean }) {
  const api = useApi();
  const ids = meeting.focus.map((f) => f.behaviourId);
  const setFocus = useMutation({
    mutationFn: (behaviourIds: string[]) => api.oneOnOnes.setFocus({ id: meeting.id, behaviourIds }),
  });
  const pickerError = setFocus.isError
    ? (issueFor(setFocus.error, 'behaviourIds') ?? errorMessage(setFocus.error))
    : undefined;

  return (
    <section className="meeting-section" aria-labelledby="focus-title">
      <header className="meeting-section-header">
        <h2 id="focus-title">Focus behaviours</h2>
        <span className="section-count">
          {ids.length} of {MAX_FOCUS} · until the next one-to-one
        </span>
      </header>
      {meeting.focus.length === 0 ? (
        <p className="muted section-empty">
          No focus yet. Focus means few: choose one to three behaviours {meeting.repName} will work on.
        </p>
      ) : (
        <ul className="focus-list" aria-label="Focus behaviours">
          {meeting.focus.map((f) => (
            <FocusEvidence
              key={f.behaviourId}
              focus={f}
              since={meeting.date}
              onRemove={
                readOnly ? undefined : () => setFocus.mutate(ids.filter((id) => id !== f.behaviourId))
              }
            />
          ))}
        </ul>
      )}
      {readOnly ? null : ids.length < MAX_FOCUS ? (
        <div className="focus-picker">
          <BehaviourPicker
            value={null}
            label="Add a focus behaviour"
            error={pickerError}
            onChange={(behaviourId) => {
              if (!ids.includes(behaviourId)) setFocus.mutate([...ids, behaviourId]);
            }}
          />
        </div>
      ) : (
        <p className="field-hint">Three is the most: remove one to choose another.</p>
      )}
    </section>
  );
}
