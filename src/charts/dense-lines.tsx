import { memo } from 'react';
import { useActiveTooltipLabel, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartModel, ChartRow } from '../data/chart-data';

/**
 * Above this many drawn values in one chart (visible series × rows), lines without markers are
 * drawn by DenseLines instead of one Recharts Line per series. Each Line is a store entry, a set
 * of selectors and a few components that all run again on every change: 31 regions × 360 months
 * took a few hundred milliseconds per change of transform, for paths a plain component draws
 * in a few.
 */
export const DENSE_LINE_LIMIT = 1500;

export interface DenseLineSeries {
  key: string;
  /** The row keys of this series' segments (see data/chart-data.ts): each is one unbroken line. */
  segments: readonly string[];
  color: string;
  dash?: string;
}

/**
 * Lines (or areas) for many series, one path per series, placed with the chart's own scales,
 * so axes, grid, tooltip and the keyboard cursor stay Recharts'. Each segment of a series is a
 * sub-path; a period a segment does not publish is bridged by the straight line between its
 * neighbours, as the format asks (and as TimeSeriesChart's Lines draw it). The value axis gets
 * its domain from two invisible lines over each row's extent (see `addExtent`). The period under
 * the pointer gets a dot on every series that publishes a value there, like Recharts' active dots.
 */
export const DenseLines = memo(function DenseLines(props: {
  model: ChartModel;
  series: readonly DenseLineSeries[];
  area?: boolean;
  background: string;
}) {
  const { model, series, area, background } = props;
  const { rows } = model;
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const active = useActiveTooltipLabel();
  if (!x || !y || !plot || series.length === 0) return null;

  const bottom = plot.y + plot.height;
  const zero = y(0);
  const baseline = round(zero === undefined || !Number.isFinite(zero) ? bottom : Math.min(Math.max(zero, plot.y), bottom));
  const activeT = typeof active === 'number' ? active : typeof active === 'string' && active !== '' ? Number(active) : null;
  const activeRow = activeT === null ? undefined : model.byTime.get(activeT);
  const runsOf = pathsFor(rows, x, y);

  return (
    <g className="dense-lines" role="presentation">
      {series.map((s) => {
        const runs = runsOf(s.segments);
        const activeValue = activeRow?.get(s.key)?.value;
        return (
          <g key={s.key}>
            {area && runs.length > 0 && (
              <path d={runs.map((r) => `${r.d}L${r.lastX},${baseline}L${r.firstX},${baseline}Z`).join('')} fill={s.color} fillOpacity={0.15} stroke="none" />
            )}
            {runs.length > 0 && (
              <path d={runs.map((r) => r.d).join('')} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash} strokeLinejoin="round" />
            )}
            {activeT !== null && typeof activeValue === 'number' && <ActiveDot x={x(activeT)} y={y(activeValue)} color={s.color} background={background} />}
          </g>
        );
      })}
    </g>
  );
});

function ActiveDot({ x, y, color, background }: { x: number | undefined; y: number | undefined; color: string; background: string }) {
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  return <circle cx={x} cy={y} r={5} fill={color} stroke={background} strokeWidth={2} />;
}

type Scale = (value: number) => number | undefined;
type Run = { d: string; firstX: number; lastX: number };

// Recharts renders a chart's children several times while its store settles (and again on
// hover, for the active dots), with the same rows and scales: paths are kept per rows and per
// the pixels two values map to on each axis, which pins down a linear or log scale.
const pathCache = new WeakMap<readonly ChartRow[], { key: string; runs: Map<string, Run[]> }>();

function pathsFor(rows: readonly ChartRow[], x: Scale, y: Scale): (segments: readonly string[]) => Run[] {
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 1;
  const key = `${x(t0)},${x(t1)},${y(1)},${y(10)}`;
  let entry = pathCache.get(rows);
  if (!entry || entry.key !== key) {
    entry = { key, runs: new Map() };
    pathCache.set(rows, entry);
  }
  const { runs } = entry;
  return (segments) => {
    const id = segments.join('\n');
    let found = runs.get(id);
    if (!found) {
      found = segments.flatMap((segment) => linePaths(rows, segment, x, y));
      runs.set(id, found);
    }
    return found;
  };
}

/** A tenth of a pixel is finer than any screen draws, and far cheaper to print than toFixed(2). */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The runs of one row key as SVG path data, with their first and last x. Rows without the key
 * are bridged over (a period not published); a null, or a value the scale cannot place (zero on
 * a log scale), breaks the line.
 */
export function linePaths(rows: readonly ChartRow[], key: string, x: Scale, y: Scale): Run[] {
  const runs: Run[] = [];
  let d = '';
  let firstX = 0;
  let lastX = 0;
  const close = () => {
    if (d !== '') runs.push({ d, firstX, lastX });
    d = '';
  };
  for (const row of rows) {
    const value = row[key];
    if (value === undefined) continue;
    const px = value === null ? undefined : x(row.t);
    const py = value === null ? undefined : y(value);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
      close();
      continue;
    }
    const rx = round(px);
    if (d === '') firstX = rx;
    d += `${d === '' ? 'M' : 'L'}${rx},${round(py)}`;
    lastX = rx;
  }
  close();
  return runs;
}

/** Row keys of the two invisible lines that give the value axis its domain in dense charts. */
export const EXTENT_LOW = '~extent-low';
export const EXTENT_HIGH = '~extent-high';

/**
 * The chart's data in dense mode: per row its time and its lowest and highest value over `keys`
 * (rows without a value get only their time). The paths are drawn from the model's rows; these
 * small rows are all Recharts has to copy, freeze and scan on every change.
 */
export function addExtent(rows: readonly ChartRow[], keys: readonly string[]): ChartRow[] {
  return rows.map((row) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const key of keys) {
      const value = row[key];
      if (typeof value !== 'number') continue;
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    }
    return (hi >= lo ? { t: row.t, [EXTENT_LOW]: lo, [EXTENT_HIGH]: hi } : { t: row.t }) as ChartRow;
  });
}
