import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Brush, ComposedChart, Line, XAxis } from 'recharts';
import type { ChartModel } from '../data/chart-data';
import { layoutLines } from '../data/chart-lines';
import { seriesColor, type ChartTheme } from './palette';

export interface TimeBrushProps {
  /** The whole series, whatever range is chosen: the brush shows where the range lies in it. */
  model: ChartModel;
  theme: ChartTheme;
  startIndex: number;
  endIndex: number;
  formatTick: (t: number) => string;
  label: string;
  /**
   * A new range, as row indexes. `gesture` is 'continue' while a drag that has already reported
   * goes on, so the caller can replace its history entry rather than add one per pixel.
   */
  onChange: (startIndex: number, endIndex: number, gesture: 'start' | 'continue') => void;
}

const HEIGHT = 56;

/**
 * A range selector under a time chart: a miniature of the whole series with two handles.
 * It only draws and reports indexes; the caller turns them into periods in the address.
 */
export const TimeBrush = memo(function TimeBrush({ model, theme, startIndex, endIndex, formatTick, label, onChange }: TimeBrushProps) {
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
  const preview = model.series[0];
  const color = preview ? seriesColor(theme, preview.styleIndex) : theme.axis;
  // The first series in at most two Lines however often it breaks (a year-to-date series breaks
  // every January), bridged inside each segment as connectNulls used to do per segment.
  const previewLayout = useMemo(() => layoutLines({ ...model, series: preview ? [preview] : [] }), [model, preview]);
  const previewLines = preview ? (previewLayout.lines.get(preview.key) ?? []) : [];

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
        // The Brush hands this data to the miniature inside it.
        data={previewLayout.rows}
        height={HEIGHT}
        margin={{ top: 4, right: 24, bottom: 4, left: 24 }}
        style={{ width: '100%', height: HEIGHT }}
        accessibilityLayer={false}
        // Recharts still makes this surface a tab stop named by nothing; the handles are the stops.
        tabIndex={-1}
        role="group"
      >
        <XAxis dataKey="t" type="number" domain={model.domain} hide />
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
          <ComposedChart data={previewLayout.rows}>
            {previewLines.map((line) => (
              <Line key={line} dataKey={line} stroke={color} dot={false} strokeWidth={1} connectNulls={false} isAnimationActive={false} />
            ))}
          </ComposedChart>
        </Brush>
      </ComposedChart>
    </div>
  );
});
