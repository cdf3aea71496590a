import { Fragment, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { TeamProgress } from '../../shared/contract';
import { formatDate } from '../ui/format';
import { downloadFile, levelLabel, TREND_LABELS, toCsv } from './format';

type By = 'behaviour' | 'competency';

function TrendMark({ label, arrow }: { label: string; arrow: string }) {
  return (
    <>
      <span aria-hidden="true"> {arrow}</span>
      <span className="visually-hidden">, {label}</span>
    </>
  );
}

function tone(level: number): string {
  return `heat-${Math.min(4, Math.max(1, Math.round(level)))}`;
}

/**
 * Current levels: behaviours (grouped by competency) or competencies down, reps across. A blank cell means
 * no evidence, so blind spots show; every filled cell says how many observations it rests on.
 */
export function HeatMap({ team }: { team: TeamProgress }) {
  const [by, setBy] = useState<By>('behaviour');
  const [onlyObserved, setOnlyObserved] = useState(true);
  const cells = useMemo(() => {
    const map = new Map<
      string,
      { level: number; observationCount: number; lastObservedOn: string; trend?: string }
    >();
    for (const c of team.behaviourCells) map.set(`${c.behaviourId} ${c.repId}`, c);
    for (const c of team.competencyCells) map.set(`${c.competencyId} ${c.repId}`, c);
    return map;
  }, [team]);

  const groups =
    by === 'behaviour'
      ? team.competencies
          .map((c) => ({
            competency: c,
            rows: team.behaviours
              .filter((b) => b.competencyId === c.id && (!onlyObserved || b.observationCount > 0))
              .map((b) => ({ id: b.id, name: b.name, href: `/behaviours/${b.id}` })),
          }))
          .filter((g) => g.rows.length > 0)
      : [
          {
            competency: null,
            rows: team.competencies.map((c) => ({ id: c.id, name: c.name, href: null as string | null })),
          },
        ];

  const csv = () => {
    const rows = groups.flatMap((g) =>
      g.rows.map((row) => [
        row.name,
        ...team.reps.flatMap((rep) => {
          const cell = cells.get(`${row.id} ${rep.id}`);
          return [cell?.level ?? null, cell?.observationCount ?? 0];
        }),
      ]),
    );
    downloadFile(
      `team-levels-by-${by}.csv`,
      toCsv(
        [
          by === 'behaviour' ? 'Behaviour' : 'Competency',
          ...team.reps.flatMap((r) => [`${r.name} level`, `${r.name} observations`]),
        ],
        rows,
      ),
    );
  };

  return (
    <section className="panel heatmap-panel" aria-labelledby="heatmap-title">
      <header className="panel-header">
        <h2 id="heatmap-title">Current levels</h2>
        <div className="actions">
          <fieldset className="segmented">
            <legend className="visually-hidden">Rows</legend>
            <label className="segmented-option">
              <input
                type="radio"
                name="heatmap-by"
                checked={by === 'behaviour'}
                onChange={() => setBy('behaviour')}
              />
              Behaviours
            </label>
            <label className="segmented-option">
              <input
                type="radio"
                name="heatmap-by"
                checked={by === 'competency'}
                onChange={() => setBy('competency')}
              />
              Competencies
            </label>
          </fieldset>
          {by === 'behaviour' ? (
            <label className="inline-field">
              <input
                type="checkbox"
                checked={onlyObserved}
                onChange={(e) => setOnlyObserved(e.target.checked)}
              />{' '}
              Only behaviours observed at least once
            </label>
          ) : null}
          <button
            type="button"
            className="button button-small"
            onClick={csv}
            aria-label="Download CSV of the levels"
          >
            Download CSV
          </button>
        </div>
      </header>
      <p className="muted">
        Recency-weighted level, 1 (not yet) to 4 (role model), with the number of observations behind it. A
        blank cell means no evidence yet.
      </p>
      {team.reps.length === 0 ? (
        <p className="muted">No active reps. Add reps on the Team page to see their levels here.</p>
      ) : (
        <div className="heatmap-scroll">
          <table className="heatmap">
            <caption className="visually-hidden">Current level of each rep by {by}</caption>
            <thead>
              <tr>
                <th scope="col">{by === 'behaviour' ? 'Behaviour' : 'Competency'}</th>
                {team.reps.map((rep) => (
                  <th key={rep.id} scope="col">
                    <Link href={`/team/${rep.id}/progress`}>{rep.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <Fragment key={g.competency?.id ?? 'all'}>
                  {g.competency ? (
                    <tr className="heatmap-group">
                      <th scope="colgroup" colSpan={team.reps.length + 1}>
                        {g.competency.name}
                      </th>
                    </tr>
                  ) : null}
                  {g.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.href ? <Link href={row.href}>{row.name}</Link> : row.name}</th>
                      {team.reps.map((rep) => {
                        const cell = cells.get(`${row.id} ${rep.id}`);
                        if (!cell)
                          return (
                            <td key={rep.id} className="heat-blank">
                              <span className="visually-hidden">No evidence</span>
                            </td>
                          );
                        const title = `${rep.name}: ${levelLabel(cell.level)} from ${cell.observationCount} observation${cell.observationCount === 1 ? '' : 's'}, last ${formatDate(cell.lastObservedOn)}${cell.trend ? ` · ${TREND_LABELS[cell.trend as keyof typeof TREND_LABELS]}` : ''}`;
                        return (
                          <td key={rep.id} className={tone(cell.level)} title={title}>
                            <span className="heat-level">{cell.level.toFixed(1)}</span>
                            <span className="heat-count">
                              <span className="visually-hidden">from </span>
                              {cell.observationCount}
                              <span className="visually-hidden"> observations</span>
                            </span>
                            {cell.trend === 'improving' ? <TrendMark label="improving" arrow="↑" /> : null}
                            {cell.trend === 'declining' ? <TrendMark label="declining" arrow="↓" /> : null}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
