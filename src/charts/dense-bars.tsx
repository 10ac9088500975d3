import { memo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartModel } from '../data/chart-data';

/**
 * Above this many bars in one chart, bars are drawn by DenseBars instead of Recharts' Bar.
 * Recharts makes a component, props and an element per rectangle, which costs seconds for the
 * tens of thousands of bars of a long monthly series in many regions; at that density a bar is
 * a pixel or two wide and per-bar hover is meaningless anyway.
 */
export const DENSE_BAR_LIMIT = 400;

export interface DenseBarSeries {
  key: string;
  color: string;
}

/**
 * Grouped bars for many series and periods: one path per series (and one for its flagged
 * points, hollow and dashed), placed with the chart's own scales, so axes, grid, tooltip and
 * the keyboard cursor stay Recharts'. The value axis gets its domain from invisible lines of
 * the same series (see TimeSeriesChart).
 */
export const DenseBars = memo(function DenseBars({ model, series }: { model: ChartModel; series: readonly DenseBarSeries[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot || series.length === 0) return null;

  const times = model.rows.map((r) => r.t);
  let step = Number.POSITIVE_INFINITY;
  for (let i = 1; i < times.length; i++) {
    const a = x(times[i - 1]);
    const b = x(times[i]);
    if (a !== undefined && b !== undefined && b - a > 0) step = Math.min(step, b - a);
  }
  if (!Number.isFinite(step)) step = plot.width / 2;
  const group = step * 0.8;
  const width = group / series.length;
  const zero = y(0);
  const bottom = plot.y + plot.height;
  const baseline = zero === undefined || !Number.isFinite(zero) ? bottom : Math.min(Math.max(zero, plot.y), bottom);

  return (
    <g className="dense-bars" role="presentation">
      {series.map((s, i) => {
        let solid = '';
        let hollow = '';
        for (const row of model.rows) {
          const value = row[s.key];
          if (typeof value !== 'number') continue;
          const cx = x(row.t);
          const top = y(value);
          if (cx === undefined || top === undefined || !Number.isFinite(top)) continue;
          const left = cx - group / 2 + i * width;
          const rect = `M${left.toFixed(2)},${baseline.toFixed(2)}V${top.toFixed(2)}h${width.toFixed(2)}V${baseline.toFixed(2)}Z`;
          if (model.flagged.has(`${s.key}@${row.t}`)) hollow += rect;
          else solid += rect;
        }
        return (
          <g key={s.key}>
            {solid && <path d={solid} fill={s.color} stroke="none" />}
            {hollow && <path d={hollow} fill={s.color} fillOpacity={0.3} stroke={s.color} strokeWidth={1} strokeDasharray="4 2" />}
          </g>
        );
      })}
    </g>
  );
});
