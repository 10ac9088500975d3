import { memo } from 'react';

export interface SparklineProps {
  /** Points in time order; null values break the line. */
  points: readonly { t: number; value: number | null }[];
  color: string;
  width?: number;
  height?: number;
}

/**
 * A headline card's trend line: a few dozen points, no axes, no interaction, so plain SVG is
 * enough and keeps the first screen light. It is decorative; the card states the numbers.
 */
export const Sparkline = memo(function Sparkline({ points, color, width = 120, height = 36 }: SparklineProps) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length < 2) return null;
  const t0 = points[0]!.t;
  const t1 = points[points.length - 1]!.t;
  // A loop, not Math.min(...values): spreading a long series into arguments overflows the stack.
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = 3;
  const x = (t: number) => pad + ((t - t0) / (t1 - t0 || 1)) * (width - 2 * pad);
  const y = (v: number) => height - pad - ((v - lo) / (hi - lo || 1)) * (height - 2 * pad);
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`;
    pen = true;
  }
  const last = [...points].reverse().find((p) => p.value !== null);
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke={color} strokeWidth={1.75} strokeLinejoin="round" strokeLinecap="round" />
      {last && last.value !== null && <circle cx={x(last.t)} cy={y(last.value)} r={2.75} fill={color} />}
    </svg>
  );
});
