import type { ReactNode } from 'react';
import type { CallMetrics } from '../../shared/contract';
import { formatDuration, percent, plural } from './format';

type Stretch = NonNullable<CallMetrics['longestRepMonologue']>;

const NEEDS_TIMES = 'Needs timestamps';
const NEEDS_SPEAKERS = 'Unavailable: speakers not known';

/** One metric: its name, its value (or why there is none), and a line saying what it measures. */
function Metric({ name, definition, children }: { name: string; definition: string; children: ReactNode }) {
  return (
    <div className="metric">
      <dt>{name}</dt>
      <dd className="metric-value">{children}</dd>
      <dd className="metric-definition">{definition}</dd>
    </div>
  );
}

function Unavailable({ why = NEEDS_TIMES }: { why?: string }) {
  return <span className="metric-unavailable">{why}</span>;
}

/** Conversation metrics, defined as in shared/domain/conversation-metrics.ts; without times, never a zero. */
export function MetricsPanel({ metrics, onJump }: { metrics: CallMetrics; onJump(segment: number): void }) {
  const { talk, repQuestions: q } = metrics;
  // Every figure here compares the rep's side with the customer's: with no line given a speaker, a zero
  // would be a lie, so each one says why it is missing.
  const sided = (figure: ReactNode) =>
    metrics.speakersKnown ? figure : <Unavailable why={NEEDS_SPEAKERS} />;
  const stretch = (s: Stretch | null, who: string) =>
    s === null ? (
      <span className="muted">No {who} lines</span>
    ) : (
      <button type="button" className="metric-jump" onClick={() => onJump(s.startIndex)}>
        {metrics.hasTimes && s.durationMs !== null ? `${formatDuration(s.durationMs)} · ` : ''}
        {plural(s.words, 'word')}
        <span className="muted">
          {' '}
          (
          {s.startIndex === s.endIndex
            ? `line ${s.startIndex + 1}`
            : `lines ${s.startIndex + 1}–${s.endIndex + 1}`}
          )
        </span>
      </button>
    );

  return (
    <div className="metrics-panel">
      {!metrics.speakersKnown ? (
        <p className="notice">
          Nobody has been said to speak any line of this transcript yet. Select lines by their time and choose
          “Spoken by…”: the metrics appear as soon as lines belong to the rep or the customer.
        </p>
      ) : null}
      {!metrics.hasTimes ? (
        <p className="notice">
          This transcript has no time stamps on every line, so talk share is by words, and pace and
          interactivity cannot be measured.
        </p>
      ) : null}
      <dl className="metrics">
        <Metric
          name="Talk share"
          definition="Each side’s share of the talking, by speaking time when the transcript has times, otherwise by words."
        >
          {!metrics.speakersKnown ? (
            <Unavailable why={NEEDS_SPEAKERS} />
          ) : talk.repShare === null ? (
            <span className="muted">Nobody on either side spoke</span>
          ) : (
            <>
              <div
                className="talk-bar"
                role="img"
                aria-label={`Rep side ${percent(talk.repShare)}, customer ${percent(talk.customerShare)}`}
              >
                <span className="talk-rep" style={{ width: `${(talk.repShare ?? 0) * 100}%` }} />
                <span className="talk-customer" style={{ width: `${(talk.customerShare ?? 0) * 100}%` }} />
              </div>
              <p className="talk-legend">
                <span className="legend-rep">Rep side {percent(talk.repShare)}</span>
                <span className="legend-customer">Customer {percent(talk.customerShare)}</span>
                <span className="muted">{talk.basis === 'duration' ? 'by speaking time' : 'by words'}</span>
              </p>
            </>
          )}
        </Metric>
        <Metric
          name="Longest rep monologue"
          definition="Consecutive rep-side lines until the customer speaks; the longest by time (or by words without times)."
        >
          {sided(stretch(metrics.longestRepMonologue, 'rep'))}
        </Metric>
        <Metric
          name="Rep questions"
          definition="Rep sentences ending in “?”; open when they start with what, why, how, tell, describe…"
        >
          {!metrics.speakersKnown ? (
            <Unavailable why={NEEDS_SPEAKERS} />
          ) : q.total === 0 ? (
            <span className="muted">No questions</span>
          ) : (
            <>
              {plural(q.total, 'question')} · {q.open} open ({percent(q.openShare)}) · {q.closed} closed
              {q.other > 0 ? ` · ${q.other} other` : ''}
            </>
          )}
        </Metric>
        <Metric
          name="Customer’s longest story"
          definition="Consecutive customer lines until the rep side speaks; the longest by time (or by words)."
        >
          {sided(stretch(metrics.longestCustomerStory, 'customer'))}
        </Metric>
        <Metric name="Speaking pace" definition="Each side’s words per minute of its own speaking time.">
          {!metrics.speakersKnown ? (
            <Unavailable why={NEEDS_SPEAKERS} />
          ) : metrics.paceWpm === null ? (
            <Unavailable />
          ) : (
            <>
              Rep side {metrics.paceWpm.rep === null ? '–' : `${Math.round(metrics.paceWpm.rep)} wpm`} ·
              Customer{' '}
              {metrics.paceWpm.customer === null ? '–' : `${Math.round(metrics.paceWpm.customer)} wpm`}
            </>
          )}
        </Metric>
        <Metric
          name="Interactivity"
          definition="How many times a minute the speaker changes, from the first line to the last."
        >
          {!metrics.speakersKnown ? (
            <Unavailable why={NEEDS_SPEAKERS} />
          ) : metrics.interactivity === null ? (
            metrics.hasTimes ? (
              <span className="muted">The call has no length</span>
            ) : (
              <Unavailable />
            )
          ) : (
            `${metrics.interactivity.toFixed(1)} speaker changes a minute`
          )}
        </Metric>
        <Metric name="Words" definition="Words spoken by each side; lines with no speaker count for neither.">
          {metrics.speakersKnown ? (
            <>
              Rep side {metrics.words.rep.toLocaleString()} · Customer{' '}
              {metrics.words.customer.toLocaleString()}
              {metrics.words.unattributed > 0
                ? ` · ${metrics.words.unattributed.toLocaleString()} unattributed`
                : ''}
            </>
          ) : (
            <>
              <Unavailable why={NEEDS_SPEAKERS} />{' '}
              <span className="muted">({metrics.words.unattributed.toLocaleString()} in all)</span>
            </>
          )}
        </Metric>
      </dl>
    </div>
  );
}
