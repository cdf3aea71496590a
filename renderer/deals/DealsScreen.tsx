import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { Deal } from '../../shared/contract';
import { closeDateMovesLabel, DEAL_FLAG_KINDS, type DealFlagKind } from '../../shared/domain/deal-flags';
import { useApiQuery } from '../api/queries';
import { errorMessage } from '../ui/format';
import { dealHref, FLAG_LABELS, FORECAST_LABELS, formatMoney, formatTotals } from './format';

type Filter =
  | { kind: 'flag'; flag: DealFlagKind }
  | { kind: 'commit-backed' }
  | { kind: 'commit-unbacked' }
  | null;

const FILTER_LABELS = (f: Exclude<Filter, null>) =>
  f.kind === 'flag'
    ? FLAG_LABELS[f.flag]
    : f.kind === 'commit-backed'
      ? 'Commit backed by evidence'
      : 'Commit without evidence';

function matches(deal: Deal, filter: Filter): boolean {
  if (filter === null) return true;
  if (filter.kind === 'flag') return deal.flags.some((f) => f.kind === filter.flag);
  const unbacked = deal.flags.some((f) => f.kind === 'commit-without-evidence');
  return deal.forecastCategory === 'commit' && (filter.kind === 'commit-backed' ? !unbacked : unbacked);
}

/**
 * /deals: the team's open pipeline (or one rep's board), the honest way: deals by flag, commit value
 * backed by customer evidence, and the board by stage. Every figure is a button that shows its deals.
 */
export function DealsScreen() {
  const [repId, setRepId] = useState<string | null>(null);
  const [filter, setFilter] = useState<Filter>(null);
  const deals = useApiQuery('deals.list', repId ? { repId } : {});
  const reps = useApiQuery('people.list', { status: 'active' });
  const shown = useMemo(() => (deals.data ?? []).filter((d) => matches(d, filter)), [deals.data, filter]);
  const stages = useMemo(() => {
    const byStage = new Map<string, { name: string; position: number; deals: Deal[] }>();
    for (const d of shown) {
      const column = byStage.get(d.stageId) ?? { name: d.stageName, position: d.stagePosition, deals: [] };
      column.deals.push(d);
      byStage.set(d.stageId, column);
    }
    return [...byStage.entries()].sort((a, b) => a[1].position - b[1].position);
  }, [shown]);

  const all = deals.data ?? [];
  const commit = all.filter((d) => d.forecastCategory === 'commit');
  const backed = commit.filter((d) => !d.flags.some((f) => f.kind === 'commit-without-evidence'));
  const figure = (label: string, value: string, next: Filter, count: number) => (
    <li key={label}>
      <button
        type="button"
        className="figure"
        aria-pressed={JSON.stringify(filter) === JSON.stringify(next)}
        onClick={() => setFilter(JSON.stringify(filter) === JSON.stringify(next) ? null : next)}
      >
        <span className="figure-value">{value}</span>
        <span className="figure-label">
          {label} · {count} {count === 1 ? 'deal' : 'deals'}
        </span>
      </button>
    </li>
  );

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Pipeline</h1>
          <p className="screen-summary">
            Open deals on evidence, not optimism: each flag says what the buyer has not yet said or done.
          </p>
        </div>
      </header>
      <search className="toolbar" aria-label="Filter deals">
        <select aria-label="Rep" value={repId ?? ''} onChange={(e) => setRepId(e.target.value || null)}>
          <option value="">Whole team</option>
          {reps.data
            ?.filter((p) => p.kind === 'rep')
            .map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
        </select>
        {filter ? (
          <button type="button" className="button" onClick={() => setFilter(null)}>
            Showing: {FILTER_LABELS(filter)} — show all
          </button>
        ) : null}
      </search>
      {deals.isPending ? (
        <p className="muted" aria-busy="true">
          Loading deals…
        </p>
      ) : deals.isError ? (
        <p className="form-error" role="alert">
          Could not load deals: {errorMessage(deals.error)}
        </p>
      ) : all.length === 0 ? (
        <div className="empty-state">
          <p>No open deals{repId ? ' for this rep' : ''} yet.</p>
        </div>
      ) : (
        <>
          <section aria-labelledby="figures-title">
            <h2 id="figures-title">This pipeline</h2>
            <ul className="figures">
              {figure('Open', formatTotals(all), null, all.length)}
              {figure(
                'Commit backed by customer evidence',
                commit.length === 0
                  ? '—'
                  : `${Math.round(
                      (100 * backed.reduce((n, d) => n + d.valueMinor, 0)) /
                        Math.max(
                          1,
                          commit.reduce((n, d) => n + d.valueMinor, 0),
                        ),
                    )}%`,
                { kind: 'commit-backed' },
                backed.length,
              )}
              {figure(
                'Commit without evidence',
                formatTotals(commit.filter((d) => !backed.includes(d))),
                { kind: 'commit-unbacked' },
                commit.length - backed.length,
              )}
            </ul>
            <h3>Deals by flag</h3>
            <ul className="figures">
              {DEAL_FLAG_KINDS.map((flag) => {
                const n = all.filter((d) => d.flags.some((f) => f.kind === flag)).length;
                return figure(FLAG_LABELS[flag], String(n), { kind: 'flag', flag }, n);
              })}
            </ul>
          </section>
          <section aria-labelledby="board-title">
            <h2 id="board-title">{filter ? FILTER_LABELS(filter) : 'By stage'}</h2>
            {shown.length === 0 ? (
              <p className="muted">No deals match.</p>
            ) : (
              <div className="deal-board">
                {stages.map(([stageId, column]) => (
                  <section
                    key={stageId}
                    className="deal-column"
                    aria-label={`${column.name}: ${column.deals.length} deals`}
                  >
                    <h3>
                      {column.name} <span className="muted">({column.deals.length})</span>
                    </h3>
                    <ul>
                      {column.deals.map((d) => (
                        <li key={d.id} className="deal-card">
                          <Link href={dealHref(d.id)} className="row-link">
                            {d.account} — {d.name}
                          </Link>
                          <p className="muted">
                            {formatMoney(d.valueMinor, d.currency)} · {FORECAST_LABELS[d.forecastCategory]}
                            {repId ? '' : ` · ${d.repName}`}
                          </p>
                          {d.closeDateMoves > 0 ? (
                            <p className="muted">{closeDateMovesLabel(d.closeDateMoves)}</p>
                          ) : null}
                          {d.flags.length > 0 ? (
                            <ul className="deal-flags" aria-label="Flags">
                              {d.flags.map((f) => (
                                <li key={f.kind} className="badge badge-warn" title={f.reason}>
                                  {FLAG_LABELS[f.kind]}
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )}
          </section>
        </>
      )}
    </section>
  );
}
