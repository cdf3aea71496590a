import { useState } from 'react';
import { Link } from 'wouter';
import { DEFAULT_BEFORE_AFTER_WEEKS } from '../../shared/domain/progress';
import { errorMessage, formatDate } from '../ui/format';
import { downloadFile, RULES_PATH, toCsv } from './format';
import { useCoachingEffect } from './use-progress';

const OUTCOME_LABELS = {
  higher: 'Higher',
  same: 'About the same',
  lower: 'Lower',
  'too-little-evidence': 'Too little evidence',
  'in-progress': 'Still in progress',
} as const;

const side = (s: { level: number | null; observationCount: number }) =>
  s.level === null ? `— (0)` : `${s.level.toFixed(1)} (${s.observationCount})`;

/** Did coaching work: before/after each focus period, summed up for the manager and per rep. */
export function CoachingEffect({ repId }: { repId?: string }) {
  const [weeksText, setWeeksText] = useState(String(DEFAULT_BEFORE_AFTER_WEEKS));
  const weeks = Number(weeksText);
  const valid = Number.isInteger(weeks) && weeks >= 2 && weeks <= 26;
  const effect = useCoachingEffect(valid ? weeks : DEFAULT_BEFORE_AFTER_WEEKS, repId);

  const csv = () => {
    if (!effect.data) return;
    downloadFile(
      `coaching-before-after-${effect.data.weeks}-weeks.csv`,
      toCsv(
        [
          'Rep',
          'Behaviour',
          'Focus set on',
          'Level before',
          'Observations before',
          'Level after',
          'Observations after',
          'Outcome',
        ],
        effect.data.periods.map((p) => [
          p.repName,
          p.behaviourName,
          p.setOn,
          p.before.level,
          p.before.observationCount,
          p.after.level,
          p.after.observationCount,
          OUTCOME_LABELS[p.outcome],
        ]),
      ),
    );
  };

  return (
    <section className="panel" aria-labelledby="effect-title">
      <header className="panel-header">
        <h2 id="effect-title">Did coaching work?</h2>
        <div className="actions">
          <label className="inline-field">
            Weeks before and after{' '}
            <input
              type="number"
              min={2}
              max={26}
              value={weeksText}
              onChange={(e) => setWeeksText(e.target.value)}
              aria-invalid={!valid}
              aria-describedby={valid ? undefined : 'weeks-error'}
              className="input-narrow"
            />
          </label>
          <button
            type="button"
            className="button button-small"
            onClick={csv}
            aria-label="Download CSV of the focus periods"
            disabled={!effect.data}
          >
            Download CSV
          </button>
        </div>
      </header>
      {!valid ? (
        <p id="weeks-error" className="field-error">
          Choose a whole number of weeks from 2 to 26; showing {DEFAULT_BEFORE_AFTER_WEEKS}.
        </p>
      ) : null}
      {effect.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : effect.isError ? (
        <p role="alert">{errorMessage(effect.error)}</p>
      ) : (
        <>
          <p className="effect-summary">
            <strong>{effect.data.summary.sentence}</strong>{' '}
            <span className="muted">
              Focus periods set since {formatDate(effect.data.from)}.{' '}
              <Link href={RULES_PATH}>How this is worked out</Link>
            </span>
          </p>
          {!repId && effect.data.byRep.length > 0 ? (
            <table className="table">
              <caption className="visually-hidden">Focus periods per rep</caption>
              <thead>
                <tr>
                  <th scope="col">Rep</th>
                  <th scope="col">Focus periods</th>
                  <th scope="col">Higher</th>
                  <th scope="col">Same</th>
                  <th scope="col">Lower</th>
                  <th scope="col">Cannot tell yet</th>
                </tr>
              </thead>
              <tbody>
                {effect.data.byRep.map((r) => (
                  <tr key={r.repId}>
                    <th scope="row">
                      <Link href={`/team/${r.repId}/progress`}>{r.repName}</Link>
                    </th>
                    <td>{r.total}</td>
                    <td>{r.higher}</td>
                    <td>{r.same}</td>
                    <td>{r.lower}</td>
                    <td>{r.tooLittleEvidence + r.inProgress}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {effect.data.periods.length > 0 ? (
            <details>
              <summary>Every focus period ({effect.data.periods.length})</summary>
              <table className="table">
                <caption className="visually-hidden">Level before and after each focus period</caption>
                <thead>
                  <tr>
                    {repId ? null : <th scope="col">Rep</th>}
                    <th scope="col">Behaviour</th>
                    <th scope="col">Focus set</th>
                    <th scope="col">Before (observations)</th>
                    <th scope="col">After (observations)</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {effect.data.periods.map((p) => (
                    <tr key={`${p.repId}-${p.behaviourId}-${p.setOn}`}>
                      {repId ? null : <td>{p.repName}</td>}
                      <td>{p.behaviourName}</td>
                      <td>
                        <Link href={`/one-to-ones/${p.oneOnOneId}`}>{formatDate(p.setOn)}</Link>
                      </td>
                      <td>{side(p.before)}</td>
                      <td>{side(p.after)}</td>
                      <td>
                        <span className={`outcome outcome-${p.outcome}`}>{OUTCOME_LABELS[p.outcome]}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
