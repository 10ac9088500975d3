import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Brush, ComposedChart, XAxis } from 'recharts';
import type { FigureModel } from '../data/figure/figure-model';
import type { ChartTheme } from './palette';

export interface TimeBrushProps {
  /** The figure over its whole span, whatever range is chosen: the brush shows where the range lies in it. */
  model: FigureModel;
  color: string;
  theme: ChartTheme;
  startIndex: number;
  endIndex: number;
  formatTick: (t: number) => string;
  label: string;
  /**
   * A new range, as indexes into the model's times. `gesture` is 'continue' while a drag that has
   * already reported goes on, so the caller can replace its history entry rather than add one per pixel.
   */
  onChange: (startIndex: number, endIndex: number, gesture: 'start' | 'continue') => void;
}

const HEIGHT = 56;

/**
 * A range selector under a time chart: a miniature of the first series over the whole span with
 * two handles. It only draws and reports indexes; the caller turns them into periods.
 */
export const TimeBrush = memo(function TimeBrush({ model, color, theme, startIndex, endIndex, formatTick, label, onChange }: TimeBrushProps) {
  const dragging = useRef(false);
  const reported = useRef(false);

  useEffect(() => {
    // The pointer may be released outside the brush (Recharts keeps tracking it there).
    const end = () => {
      dragging.current = false;
      reported.current = false;
    };
    window.addEventListener('pointerup', end);
    return () => window.removeEventListener('pointerup', end);
  }, []);

  const handle = useCallback(
    ({ startIndex: s, endIndex: e }: { startIndex: number; endIndex: number }) => {
      const gesture = dragging.current && reported.current ? 'continue' : 'start';
      if (dragging.current) reported.current = true;
      onChange(s, e, gesture);
    },
    [onChange],
  );
  const rows = useMemo(() => model.times.map((t) => ({ t })), [model.times]);

  return (
    <div
      className="time-brush"
      onPointerDown={() => {
        dragging.current = true;
        reported.current = false;
      }}
    >
      <ComposedChart
        responsive
        data={rows}
        height={HEIGHT}
        margin={{ top: 4, right: 24, bottom: 4, left: 24 }}
        style={{ width: '100%', height: HEIGHT }}
        accessibilityLayer={false}
        // Recharts still makes this surface a tab stop named by nothing; the handles are the stops.
        tabIndex={-1}
        role="group"
      >
        <XAxis dataKey="t" type="number" domain={model.time.domain} hide />
        <Brush
          dataKey="t"
          height={HEIGHT - 8}
          startIndex={startIndex}
          endIndex={endIndex}
          tickFormatter={(t: number) => formatTick(t)}
          stroke={theme.axis}
          fill={theme.surface}
          ariaLabel={label}
          travellerWidth={10}
          onChange={handle}
        >
          <Miniature model={model} color={color} />
        </Brush>
      </ComposedChart>
    </div>
  );
});

/**
 * The first series as one thin path across the brush: Recharts gives the miniature its box
 * (x, y, width, height) as it would a chart. Broken where the figure's line breaks.
 */
function Miniature({ model, color, x = 0, y = 0, width = 0, height = 0 }: { model: FigureModel; color: string; x?: number; y?: number; width?: number; height?: number }) {
  const series = model.series[0];
  if (!series || width <= 0 || height <= 0) return null;
  const [t0, t1] = model.time.domain;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of series.drawn) {
    if (p.value === null) continue;
    lo = Math.min(lo, p.value);
    hi = Math.max(hi, p.value);
  }
  if (!(hi >= lo) || !Number.isFinite(hi - lo)) return null;
  const pad = 4;
  const px = (t: number) => x + ((t - t0) / (t1 - t0 || 1)) * width;
  const py = (v: number) => y + height - pad - ((v - lo) / (hi - lo || 1)) * (height - 2 * pad);
  const d = series.segments
    .map((segment) => segment.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.t).toFixed(1)},${py(p.value ?? 0).toFixed(1)}`).join(''))
    .join('');
  return <path className="brush-miniature" d={d} fill="none" stroke={color} strokeWidth={1} />;
}
