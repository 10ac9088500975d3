import { memo } from 'react';
import { usePlotArea, useYAxisTicks } from 'recharts';

/**
 * Horizontal grid lines at the value axis' ticks: what `<CartesianGrid vertical={false} />`
 * draws, without its settings, store entries and re-renders (it was a tenth of the time to draw
 * the first screen's charts). Drawn before the series, so it stays beneath them.
 */
export const GridLines = memo(function GridLines({ stroke }: { stroke: string }) {
  const ticks = useYAxisTicks();
  const plot = usePlotArea();
  if (!ticks || !plot) return null;
  const x1 = plot.x;
  const x2 = plot.x + plot.width;
  return (
    <g className="chart-grid" role="presentation">
      {ticks.map((tick) =>
        Number.isFinite(tick.coordinate) ? <line key={tick.index} x1={x1} x2={x2} y1={tick.coordinate} y2={tick.coordinate} stroke={stroke} /> : null,
      )}
    </g>
  );
});
