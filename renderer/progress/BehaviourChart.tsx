import { addMonths, format, parseISO, startOfMonth } from 'date-fns';
import { useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { type BehaviourProgress, LEVEL_NAMES, type ProgressPoint, SOURCE_KINDS } from '../../shared/contract';
import { ratingLabel } from '../observations/format';
import { SOURCE_LABELS } from '../observations/format';
import { formatDate } from '../ui/format';
import { SOURCE_STYLES } from './format';

const time = (isoDate: string) => parseISO(isoDate).getTime();

/** Month ticks across the domain, at most about eight of them. */
function monthTicks(from: number, to: number): number[] {
  const months: number[] = [];
  for (let d = startOfMonth(addMonths(new Date(from), 1)); d.getTime() <= to; d = addMonths(d, 1))
    months.push(d.getTime());
  const step = Math.max(1, Math.ceil(months.length / 8));
  return months.filter((_, i) => i % step === 0);
}

interface ChartPoint extends ProgressPoint {
  t: number;
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload?: unknown }[] }) {
  const point = payload?.[0]?.payload as Partial<ChartPoint> & { trendLevel?: number };
  if (!active || !point) return null;
  if (point.observationId === undefined) {
    if (point.trendLevel === undefined || point.t === undefined) return null;
    return (
      <div className="chart-tooltip">
        <strong>Level estimate {point.trendLevel.toFixed(1)}</strong>
        <span>as of {formatDate(format(point.t, 'yyyy-MM-dd'))}</span>
      </div>
    );
  }
  const p = point as ChartPoint;
  return (
    <div className="chart-tooltip">
      <strong>{ratingLabel(p)}</strong>
      <span>
        {formatDate(p.observedOn)} · {p.sourceTitle ?? SOURCE_LABELS[p.sourceKind]}
      </span>
      {p.evidence ? <span className="chart-tooltip-quote">“{p.evidence}”</span> : null}
      <span className="muted">Counts {Math.round(p.weight * 100)}% in today’s estimate · click to open</span>
    </div>
  );
}

/**
 * Every observation of one behaviour over time (marker and colour by source, size by how much it counts
 * today) with the smoothed trend and, when there is a goal, its target. Read-only: selecting a point
 * only tells the parent, so the rep's own view (issue 12) can reuse it.
 */
export function BehaviourChart({
  behaviour,
  asOf,
  onSelect,
  height = 220,
}: {
  behaviour: BehaviourProgress;
  asOf: string;
  onSelect?: (point: ProgressPoint) => void;
  height?: number;
}) {
  const { bySource, trend, domain, ticks } = useMemo(() => {
    const points: ChartPoint[] = behaviour.points.map((p) => ({ ...p, t: time(p.observedOn) }));
    const first = points[0]?.t ?? time(asOf) - 90 * 86_400_000;
    const last = Math.max(time(asOf), behaviour.goal ? time(behaviour.goal.dueOn) : 0);
    const pad = Math.max(7 * 86_400_000, (last - first) * 0.03);
    const domain: [number, number] = [first - pad, last + pad];
    return {
      bySource: SOURCE_KINDS.map((kind) => ({
        kind,
        points: points.filter((p) => p.sourceKind === kind),
      })).filter((s) => s.points.length > 0),
      // The estimate stands until new evidence arrives: carry the last value on to today.
      trend: [
        ...behaviour.trend.map((p) => ({ t: time(p.date), trendLevel: p.level })),
        ...(behaviour.trend.length > 0 ? [{ t: time(asOf), trendLevel: behaviour.trend.at(-1)!.level }] : []),
      ],
      domain,
      ticks: monthTicks(domain[0], domain[1]),
    };
  }, [behaviour, asOf]);

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer>
        <CartesianGrid stroke="#e2e2dd" strokeDasharray="3 3" />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={(t: number) => format(t, 'MMM yy')}
          tick={{ fontSize: 12, fill: '#5f6368' }}
          label={{
            value: 'Date observed',
            position: 'insideBottom',
            offset: 0,
            fontSize: 11,
            fill: '#5f6368',
          }}
          height={40}
        />
        <YAxis
          type="number"
          domain={[1, 4]}
          ticks={[1, 2, 3, 4]}
          tickFormatter={(v: number) => `${v} ${LEVEL_NAMES[v - 1] ?? ''}`}
          tick={{ fontSize: 12, fill: '#5f6368' }}
          width={104}
          label={{
            value: 'Level',
            angle: -90,
            position: 'insideLeft',
            offset: 10,
            fontSize: 11,
            fill: '#5f6368',
          }}
        />
        <ZAxis dataKey="weight" type="number" domain={[0, 1]} range={[20, 200]} />
        <Tooltip content={<PointTooltip />} isAnimationActive={false} />
        <Legend verticalAlign="top" height={26} iconSize={10} wrapperStyle={{ fontSize: 12 }} />
        {behaviour.goal ? (
          <ReferenceLine
            y={behaviour.goal.targetLevel}
            stroke="#a2322b"
            strokeDasharray="6 4"
            label={{
              value: `Goal: ${behaviour.goal.targetLevel} by ${formatDate(behaviour.goal.dueOn)}`,
              position: 'insideTopLeft',
              fontSize: 11,
              fill: '#a2322b',
            }}
          />
        ) : null}
        <Line
          data={trend}
          dataKey="trendLevel"
          name="Level estimate (smoothed)"
          type="monotone"
          stroke="#1f2328"
          strokeWidth={2}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          legendType="plainline"
        />
        {bySource.map(({ kind, points }) => (
          <Scatter
            key={kind}
            className={`scatter-${kind}`}
            name={SOURCE_LABELS[kind]}
            data={points}
            dataKey="value"
            fill={SOURCE_STYLES[kind].colour}
            shape={SOURCE_STYLES[kind].shape}
            legendType={SOURCE_STYLES[kind].shape}
            isAnimationActive={false}
            cursor={onSelect ? 'pointer' : undefined}
            onClick={(entry: { payload?: unknown }) => {
              const point = (entry?.payload ?? entry) as ChartPoint;
              if (onSelect && point?.observationId) onSelect(point);
            }}
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
