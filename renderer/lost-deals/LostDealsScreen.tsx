import { useMemo, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link } from 'wouter';
import type { InputOf, LossDashboard } from '../../shared/contract';
import { LOSS_OUTCOME_LABELS } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { downloadFile, svgToPng, toCsv } from '../progress/format';
import { errorMessage, formatDate } from '../ui/format';
import { formatMoney, formatMoneyList, percent } from './format';
import { LossReasonsEditor } from './LossReasonsEditor';

type Filter = InputOf<'lostDeals.dashboard'>;
interface Selection {
  title: string;
  dealIds: string[];
}

/** A figure that opens the deals behind it. */
function Count({
  count,
  dealIds,
  what,
  onPick,
}: {
  count: number;
  dealIds: string[];
  what: string;
  onPick(s: Selection): void;
}) {
  if (count === 0) return <span className="muted">0</span>;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => onPick({ title: what, dealIds })}
      aria-label={`${count} deals: ${what}. Show them`}
    >
      {count}
    </button>
  );
}

function Filters({
  filter,
  choices,
  onChange,
}: {
  filter: Filter;
  choices: LossDashboard['choices'] | undefined;
  onChange(f: Filter): void;
}) {
  return (
    <form className="lost-filters" aria-label="Filter lost deals" onSubmit={(e) => e.preventDefault()}>
      <label>
        From{' '}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => onChange({ ...filter, from: e.target.value || null })}
        />
      </label>
      <label>
        To{' '}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => onChange({ ...filter, to: e.target.value || null })}
        />
      </label>
      <label>
        Rep{' '}
        <select
          value={filter.repIds?.[0] ?? ''}
          onChange={(e) => onChange({ ...filter, repIds: e.target.value ? [e.target.value] : [] })}
        >
          <option value="">Every rep</option>
          {(choices?.reps ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Segment{' '}
        <select
          value={filter.segments?.length ? (filter.segments[0] ?? '\u0000') : ''}
          onChange={(e) =>
            onChange({
              ...filter,
              segments: e.target.value === '' ? [] : [e.target.value === '\u0000' ? null : e.target.value],
            })
          }
        >
          <option value="">Every segment</option>
          {(choices?.segments ?? []).map((s) => (
            <option key={s ?? 'none'} value={s ?? '\u0000'}>
              {s ?? 'No segment'}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

function StageHeatMap({ data, onPick }: { data: LossDashboard; onPick(s: Selection): void }) {
  const cells = new Map(data.byStage.map((c) => [`${c.stageId} ${c.reasonId}`, c]));
  const reasons = data.reasons.filter((r) => data.byStage.some((c) => c.reasonId === r.id));
  const stages = data.stages.filter((s) => data.byStage.some((c) => c.stageId === s.id));
  const max = Math.max(1, ...data.byStage.map((c) => c.count));
  const csv = () =>
    downloadFile(
      'losses-by-stage-and-reason.csv',
      toCsv(
        ['Reason', ...stages.map((s) => s.name)],
        reasons.map((r) => [r.name, ...stages.map((s) => cells.get(`${s.id} ${r.id}`)?.count ?? 0)]),
      ),
    );
  return (
    <section className="panel" aria-labelledby="lost-heat-title">
      <header className="panel-header">
        <h2 id="lost-heat-title">Reasons by stage lost</h2>
        <button type="button" className="button button-small" onClick={csv}>
          Download CSV
        </button>
      </header>
      {stages.length === 0 ? (
        <p className="muted">No lost deals match the filter.</p>
      ) : (
        <div className="heatmap-scroll">
          <table className="heatmap">
            <caption className="visually-hidden">
              Lost deals by primary reason and the stage they were lost at
            </caption>
            <thead>
              <tr>
                <th scope="col">Primary reason</th>
                {stages.map((s) => (
                  <th key={s.id} scope="col">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {reasons.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  {stages.map((s) => {
                    const cell = cells.get(`${s.id} ${r.id}`);
                    return (
                      <td
                        key={s.id}
                        className={
                          cell ? `heat-${Math.min(4, Math.ceil((cell.count / max) * 4))}` : undefined
                        }
                      >
                        {cell ? (
                          <Count
                            count={cell.count}
                            dealIds={cell.dealIds}
                            what={`${r.name}, lost at ${s.name}`}
                            onPick={onPick}
                          />
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function QuarterChart({ data, onPick }: { data: LossDashboard; onPick(s: Selection): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = data.byQuarter.map((q) => ({ quarter: q.key, lost: q.count, dealIds: q.dealIds }));
  const png = async () => {
    const svg = ref.current?.querySelector('svg.recharts-surface') as SVGSVGElement | null;
    if (!svg) return;
    try {
      setError(null);
      downloadFile('losses-by-quarter.png', await svgToPng(svg));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const csv = () =>
    downloadFile(
      'losses-by-quarter.csv',
      toCsv(
        ['Quarter', 'Deals lost', 'Value lost'],
        data.byQuarter.map((q) => [q.key, q.count, formatMoneyList(q.value)]),
      ),
    );
  return (
    <section className="panel" aria-labelledby="lost-quarter-title">
      <header className="panel-header">
        <h2 id="lost-quarter-title">Losses by quarter</h2>
        <div className="actions">
          <button type="button" className="button button-small" onClick={png} disabled={rows.length === 0}>
            Save PNG
          </button>
          <button type="button" className="button button-small" onClick={csv}>
            Download CSV
          </button>
        </div>
      </header>
      {error ? <p role="alert">The chart could not be saved: {error}</p> : null}
      {rows.length === 0 ? (
        <p className="muted">No lost deals match the filter.</p>
      ) : (
        <>
          <div
            ref={ref}
            className="lost-chart"
            role="img"
            aria-label={`Deals lost per quarter: ${rows.map((r) => `${r.quarter} ${r.lost}`).join(', ')}`}
          >
            <ResponsiveContainer width="100%" height={220}>
              <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="quarter" />
                <YAxis allowDecimals={false} width={32} />
                <Tooltip />
                <Bar dataKey="lost" name="Deals lost" fill="#8a2f4f" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ul className="plain-list lost-quarters">
            {data.byQuarter.map((q) => (
              <li key={q.key}>
                {q.key}:{' '}
                <Count count={q.count} dealIds={q.dealIds} what={`lost in ${q.key}`} onPick={onPick} /> ·{' '}
                {formatMoneyList(q.value)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GroupTable({
  title,
  groups,
  reasonName,
  onPick,
}: {
  title: string;
  groups: LossDashboard['byRep'];
  reasonName(id: string): string;
  onPick(s: Selection): void;
}) {
  return (
    <section className="panel" aria-label={title}>
      <header className="panel-header">
        <h2>{title}</h2>
        <button
          type="button"
          className="button button-small"
          onClick={() =>
            downloadFile(
              `losses-${title.toLowerCase().replace(/\W+/g, '-')}.csv`,
              toCsv(
                ['Group', 'Deals lost', 'Value lost', 'Top reason'],
                groups.map((g) => [
                  g.label,
                  g.count,
                  formatMoneyList(g.value),
                  g.reasons[0] ? reasonName(g.reasons[0].reasonId) : '',
                ]),
              ),
            )
          }
        >
          Download CSV
        </button>
      </header>
      {groups.length === 0 ? (
        <p className="muted">No lost deals match the filter.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{title === 'By rep' ? 'Rep' : 'Segment'}</th>
              <th scope="col">Deals lost</th>
              <th scope="col">Value lost</th>
              <th scope="col">Most common reason</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key}>
                <th scope="row">{g.label}</th>
                <td>
                  <Count count={g.count} dealIds={g.dealIds} what={`lost by ${g.label}`} onPick={onPick} />
                </td>
                <td>{formatMoneyList(g.value)}</td>
                <td>
                  {g.reasons[0] ? (
                    <>
                      {reasonName(g.reasons[0].reasonId)} (
                      <Count
                        count={g.reasons[0].count}
                        dealIds={g.reasons[0].dealIds}
                        what={`${g.label}: ${reasonName(g.reasons[0].reasonId)}`}
                        onPick={onPick}
                      />
                      )
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DealsBehind({ selection, onClose }: { selection: Selection; onClose(): void }) {
  const deals = useApiQuery('lostDeals.list', { dealIds: selection.dealIds });
  return (
    <section className="panel lost-selection" aria-labelledby="lost-selection-title">
      <header className="panel-header">
        <h2 id="lost-selection-title">
          {selection.dealIds.length} deal{selection.dealIds.length === 1 ? '' : 's'}: {selection.title}
        </h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Close
        </button>
      </header>
      {deals.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : deals.isError ? (
        <p role="alert">The deals could not be loaded: {errorMessage(deals.error)}</p>
      ) : (
        <ul className="plain-list">
          {deals.data.map((row) => (
            <li key={row.deal.id}>
              <Link href={`/lost-deals/${row.deal.id}`}>
                {row.deal.account} — {row.deal.name}
              </Link>{' '}
              <span className="muted">
                · {row.deal.repName} · lost {formatDate(row.deal.closedOn)} at {row.deal.stageName} ·{' '}
                {formatMoney(row.deal.valueMinor, row.deal.currency)}
                {row.outcome ? ` · ${LOSS_OUTCOME_LABELS[row.outcome]}` : ''}
                {row.primaryReason ? ` · ${row.primaryReason.label}` : ' · reason not recorded'}
                {row.hasRetrospective ? ' · retrospective' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Lost deals dashboard: where and why deals are lost, every figure opening the deals behind it. */
export function LostDealsScreen() {
  const [filter, setFilter] = useState<Filter>({ from: null, to: null, repIds: [], segments: [] });
  const [selection, setSelection] = useState<Selection | null>(null);
  const dashboard = useApiQuery('lostDeals.dashboard', filter);
  const data = dashboard.data;
  const reasonName = useMemo(() => {
    const names = new Map((data?.reasons ?? []).map((r) => [r.id, r.name]));
    return (id: string) => names.get(id) ?? 'A removed reason';
  }, [data]);
  const pick = (s: Selection) => setSelection(s);
  return (
    <section className="screen lost-deals-screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Lost deals</h1>
          <p className="subtitle">
            Where and why deals are lost, from quick forms and retrospectives. Every number opens its deals.
          </p>
        </div>
      </header>
      <Filters
        filter={filter}
        choices={data?.choices}
        onChange={(f) => {
          setFilter(f);
          setSelection(null);
        }}
      />
      {dashboard.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : dashboard.isError ? (
        <p role="alert">The lost deals could not be loaded: {errorMessage(dashboard.error)}</p>
      ) : data && data.total.count === 0 && data.choices.reps.length === 0 ? (
        <p className="muted">
          No lost deals yet. Close a deal as lost, or import closed-lost rows from your CRM, and they appear
          here.
        </p>
      ) : data ? (
        <>
          <dl className="lost-summary">
            <div>
              <dt>Deals lost</dt>
              <dd>
                <Count
                  count={data.total.count}
                  dealIds={data.total.dealIds}
                  what="every lost deal in the filter"
                  onPick={pick}
                />
              </dd>
            </div>
            <div>
              <dt>Value lost</dt>
              <dd>
                {data.valueLost.length === 0
                  ? '—'
                  : data.valueLost.map((v) => (
                      <button
                        key={v.currency}
                        type="button"
                        className="link-button"
                        onClick={() => pick({ title: `value lost in ${v.currency}`, dealIds: v.dealIds })}
                      >
                        {formatMoney(v.totalMinor, v.currency)}
                      </button>
                    ))}
              </dd>
            </div>
            <div>
              <dt>Decision process assumed</dt>
              <dd>
                {percent(data.decisionProcess.share)}{' '}
                <span className="muted">
                  (
                  <Count
                    count={data.decisionProcess.assumed.count}
                    dealIds={data.decisionProcess.assumed.dealIds}
                    what="decision process was an assumption"
                    onPick={pick}
                  />{' '}
                  of {data.decisionProcess.assumed.count + data.decisionProcess.evidenced.count} marked;{' '}
                  <Count
                    count={data.decisionProcess.notMarked.count}
                    dealIds={data.decisionProcess.notMarked.dealIds}
                    what="decision process not marked"
                    onPick={pick}
                  />{' '}
                  not marked)
                </span>
              </dd>
            </div>
            <div>
              <dt>Rep and manager disagree</dt>
              <dd>
                <Count
                  count={data.views.disagree.count}
                  dealIds={data.views.disagree.dealIds}
                  what="rep's and manager's views differ"
                  onPick={pick}
                />{' '}
                <span className="muted">
                  of {data.views.bothRecorded.count} · price named by reps{' '}
                  <Count
                    count={data.views.repNamedPrice.count}
                    dealIds={data.views.repNamedPrice.dealIds}
                    what="rep named price"
                    onPick={pick}
                  />
                  , by managers{' '}
                  <Count
                    count={data.views.managerNamedPrice.count}
                    dealIds={data.views.managerNamedPrice.dealIds}
                    what="manager named price"
                    onPick={pick}
                  />
                </span>
              </dd>
            </div>
          </dl>
          {selection ? <DealsBehind selection={selection} onClose={() => setSelection(null)} /> : null}
          <StageHeatMap data={data} onPick={pick} />
          <QuarterChart data={data} onPick={pick} />
          <div className="lost-grid">
            <GroupTable title="By rep" groups={data.byRep} reasonName={reasonName} onPick={pick} />
            <GroupTable title="By segment" groups={data.bySegment} reasonName={reasonName} onPick={pick} />
          </div>
          <section className="panel" aria-labelledby="lost-behaviours-title">
            <header className="panel-header">
              <h2 id="lost-behaviours-title">Behaviours most tagged in retrospectives</h2>
            </header>
            {data.behaviours.length === 0 ? (
              <p className="muted">
                No findings tagged with a behaviour yet. Tag passages in a retrospective to see them here.
              </p>
            ) : (
              <ol className="plain-list">
                {data.behaviours.map((b) => (
                  <li key={b.behaviourId}>
                    <Link href={`/behaviours/${b.behaviourId}`}>{b.name}</Link> ·{' '}
                    <Count count={b.count} dealIds={b.dealIds} what={`tagged ${b.name}`} onPick={pick} />{' '}
                    deals
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      ) : null}
      <LossReasonsEditor />
    </section>
  );
}
