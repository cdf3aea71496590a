import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import type { DealDetail, StageExitCriteria } from '../../shared/contract';
import { closeDateMovesLabel } from '../../shared/domain/deal-flags';
import { QUALIFICATION_QUESTIONS } from '../../shared/domain/qualification';
import { ApiError } from '../api/client';
import { useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage } from '../ui/format';
import { FLAG_LABELS, FORECAST_LABELS, formatMoney } from './format';

const FIELD_LABELS = {
  stage: 'Stage',
  'close-date': 'Close date',
  'forecast-category': 'Forecast',
  outcome: 'Outcome',
} as const;

/** /deals/:id: a deal's facts, flags with their reasons, qualification card, history and links. */
export function DealPage({ id }: { id: string }) {
  const detail = useApiQuery('deals.get', { id });
  const criteria = useApiQuery('deals.exitCriteria', {});
  const [moving, setMoving] = useState(false);
  if (detail.isPending)
    return (
      <p className="muted" aria-busy="true">
        Loading the deal…
      </p>
    );
  if (detail.isError)
    return (
      <section className="screen" aria-labelledby="screen-title">
        <h1 id="screen-title">Deal</h1>
        <p className="form-error" role="alert">
          Could not load the deal: {errorMessage(detail.error)}
        </p>
        <Link href="/deals">Back to the pipeline</Link>
      </section>
    );
  const { deal, history, answers, links, contacts } = detail.data;
  const stageName = (stageId: string | null) =>
    criteria.data?.find((s) => s.stageId === stageId)?.stageName ?? stageId ?? '—';
  const shown = (field: keyof typeof FIELD_LABELS, value: string | null) =>
    field === 'stage'
      ? stageName(value)
      : field === 'forecast-category' && value
        ? FORECAST_LABELS[value as keyof typeof FORECAST_LABELS]
        : (value ?? '—');
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <p className="muted">
            <Link href="/deals">Pipeline</Link> › {deal.repName}
          </p>
          <h1 id="screen-title" tabIndex={-1}>
            {deal.account} — {deal.name}
          </h1>
          <p className="screen-summary">
            {formatMoney(deal.valueMinor, deal.currency)} · {deal.stageName} ·{' '}
            {FORECAST_LABELS[deal.forecastCategory]}
            {deal.expectedCloseOn ? ` · closes ${deal.expectedCloseOn}` : ''}
            {deal.outcome !== 'open' ? ` · ${deal.outcome} on ${deal.closedOn}` : ''}
          </p>
          {deal.closeDateMoves > 0 ? (
            <p className="badge badge-muted">{closeDateMovesLabel(deal.closeDateMoves)}</p>
          ) : null}
        </div>
        {deal.outcome === 'open' ? (
          <div className="actions">
            <button type="button" className="button button-primary" onClick={() => setMoving(true)}>
              Move the deal
            </button>
          </div>
        ) : deal.outcome === 'lost' ? (
          <div className="actions">
            <Link href={`/lost-deals/${deal.id}`} className="button button-primary">
              Open the retrospective
            </Link>
          </div>
        ) : null}
      </header>

      <section aria-labelledby="flags-title">
        <h2 id="flags-title">Flags</h2>
        {deal.flags.length === 0 ? (
          <p className="muted">No flags: what the deal claims, the buyer has said or done.</p>
        ) : (
          <ul className="deal-flag-list">
            {deal.flags.map((f) => (
              <li key={f.kind}>
                <strong>{FLAG_LABELS[f.kind]}.</strong> {f.reason}
              </li>
            ))}
          </ul>
        )}
        <p>
          Next step: {deal.nextStep ?? 'none recorded'}
          {deal.nextStepOn ? ` (${deal.nextStepOn})` : ''}
        </p>
      </section>

      <section aria-labelledby="card-title">
        <h2 id="card-title">Qualification card</h2>
        <div className="table-scroll">
          <table className="table" aria-label="Qualification card">
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">MEDDPICC</th>
                <th scope="col">Answer</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {QUALIFICATION_QUESTIONS.map((q) => {
                const a = answers.find((x) => x.questionId === q.id);
                return (
                  <tr key={q.id}>
                    <th scope="row">{q.text}</th>
                    <td>{q.meddpicc ?? '—'}</td>
                    <td>{a?.answer ?? <span className="muted">Not answered</span>}</td>
                    <td>
                      {a === undefined ? (
                        '—'
                      ) : a.status === 'evidence' ? (
                        <span className="badge badge-ok">
                          Evidence, {a.evidenceOn}
                          {a.sourceKind === 'call-moment' && a.sourceId ? (
                            <>
                              {' '}
                              ·{' '}
                              <Link
                                href={`/calls/${a.sourceId}${a.sourceSegment !== null ? `?line=${a.sourceSegment}` : ''}`}
                              >
                                the call
                              </Link>
                            </>
                          ) : null}
                        </span>
                      ) : (
                        <span className="badge badge-warn">Assumption</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">Buyer’s side</h2>
        {contacts.length === 0 ? (
          <p className="muted">No one recorded yet.</p>
        ) : (
          <ul>
            {contacts.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.title ? `, ${c.title}` : ''} — {c.role.replace('-', ' ')}
                {c.lastContactOn ? `, last spoken to ${c.lastContactOn}` : ', not spoken to yet'}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        {history.length === 0 ? (
          <p className="muted">Nothing has moved since the deal was opened on {deal.openedOn}.</p>
        ) : (
          <div className="table-scroll">
            <table className="table" aria-label="History">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">What moved</th>
                  <th scope="col">From → to</th>
                  <th scope="col">Why</th>
                  <th scope="col">Who</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <td>{h.changedOn}</td>
                    <td>{FIELD_LABELS[h.field]}</td>
                    <td>
                      {shown(h.field, h.fromValue)} → {shown(h.field, h.toValue)}
                    </td>
                    <td>{h.reason}</td>
                    <td>{h.authorName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="links-title">
        <h2 id="links-title">Calls and notes</h2>
        {links.length === 0 ? (
          <p className="muted">No call reviews or notes attached.</p>
        ) : (
          <ul>
            {links.map((l) => (
              <li key={l.id}>
                <Link
                  href={
                    l.kind === 'call-review'
                      ? `/calls/${l.targetId}`
                      : `/team/${deal.repId}/notes/${l.targetId}`
                  }
                >
                  {l.kind === 'call-review' ? 'Call' : 'Note'}: {l.title}
                </Link>
                {l.date ? <span className="muted"> · {l.date}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {moving ? (
        <MoveDialog detail={detail.data} criteria={criteria.data ?? []} onClose={() => setMoving(false)} />
      ) : null}
    </section>
  );
}

/** Moves the stage, close date or forecast, with the reason the history requires; shows what lacks evidence. */
function MoveDialog({
  detail,
  criteria,
  onClose,
}: {
  detail: DealDetail;
  criteria: StageExitCriteria[];
  onClose(): void;
}) {
  const api = useApi();
  const { deal, answers } = detail;
  const [stageId, setStageId] = useState(deal.stageId);
  const [closeOn, setCloseOn] = useState(deal.expectedCloseOn ?? '');
  const [forecast, setForecast] = useState(deal.forecastCategory);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const target = criteria.find((s) => s.stageId === stageId);
  const evidenced = new Set(answers.filter((a) => a.status === 'evidence').map((a) => a.questionId));
  // Moving forward: the exit criteria of every stage passed that no customer evidence meets.
  const lacking = criteria
    .filter((s) => s.position >= deal.stagePosition && target !== undefined && s.position < target.position)
    .flatMap((s) =>
      s.criteria
        .filter((c) => c.questionId !== null && !evidenced.has(c.questionId))
        .map((c) => `${c.text} (${s.stageName})`),
    );
  const move = useMutation({
    mutationFn: () =>
      api.deals.move({
        id: deal.id,
        revision: deal.revision,
        ...(stageId !== deal.stageId ? { stageId } : {}),
        ...(closeOn !== (deal.expectedCloseOn ?? '') ? { expectedCloseOn: closeOn || null } : {}),
        ...(forecast !== deal.forecastCategory ? { forecastCategory: forecast } : {}),
        reason,
      }),
    onSuccess: onClose,
    onError: (e) => setError(e instanceof ApiError ? e.message : String(e)),
  });
  return (
    <Dialog title="Move the deal" open onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          move.mutate();
        }}
      >
        <Field label="Stage">
          {(props) => (
            <select {...props} value={stageId} onChange={(e) => setStageId(e.target.value)}>
              {criteria.map((s) => (
                <option key={s.stageId} value={s.stageId}>
                  {s.stageName}
                </option>
              ))}
            </select>
          )}
        </Field>
        {lacking.length > 0 ? (
          <div role="status" className="form-warning">
            <p>These exit criteria lack customer evidence:</p>
            <ul>
              {lacking.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <Field label="Expected close date">
          {(props) => (
            <input {...props} type="date" value={closeOn} onChange={(e) => setCloseOn(e.target.value)} />
          )}
        </Field>
        <Field label="Forecast category">
          {(props) => (
            <select
              {...props}
              value={forecast}
              onChange={(e) => setForecast(e.target.value as typeof forecast)}
            >
              {Object.entries(FORECAST_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Reason" required hint="Kept in the deal’s history: what did the buyer say or do?">
          {(props) => (
            <textarea {...props} value={reason} required onChange={(e) => setReason(e.target.value)} />
          )}
        </Field>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={move.isPending}>
            Save the move
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
