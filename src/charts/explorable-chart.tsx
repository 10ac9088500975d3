import { useId, useState, type ComponentType, type KeyboardEvent } from 'react';
import type { FigureChartProps } from './chart-frame';
import { nextFocusIndex } from './point-focus';

export interface ExplorableChartProps extends Omit<FigureChartProps, 'focusTime' | 'accessibilityLayer'> {
  /** Accessible name of the one tab stop the chart has. */
  label: string;
  /** How to use the keys, read once when the chart is reached. */
  instructions: string;
  /** What the live region says for the point at a time; the caller words and formats it. */
  describe: (t: number) => string;
  /** The frame that draws it: the overview's plain SVG frame or the Recharts one (chart-frame.ts). */
  chart: ComponentType<FigureChartProps>;
}

/**
 * A time chart a keyboard can read: one tab stop, ←/→ and Home/End move through the periods
 * drawn, the focused period is marked on the chart with its tooltip beside it, a polite live
 * region reads it out, and Escape lets go. Recharts' own keyboard layer is turned off so there
 * is no second tab stop for the same chart. The frame it is drawn in is the caller's choice.
 */
export function ExplorableChart({ label, instructions, describe, chart: Chart, ...chart }: ExplorableChartProps) {
  const hintId = useId();
  const [focused, setFocused] = useState<number | null>(null);
  const times = chart.model.times;
  // The data can change under a focused point (a new range): stay within what is drawn.
  const index = focused !== null && focused < times.length ? focused : null;
  const t = index === null ? null : (times[index] ?? null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextFocusIndex(event.key, index, times.length);
    // Escape with nothing focused belongs to whatever is around the chart.
    if (next === undefined || (event.key === 'Escape' && index === null)) return;
    event.preventDefault();
    setFocused(next);
  };

  return (
    <div className="explorable-chart">
      <div
        className="chart-keyboard"
        role="application"
        tabIndex={0}
        aria-label={label}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onBlur={() => setFocused(null)}
      >
        <Chart {...chart} focusTime={t} accessibilityLayer={false} />
      </div>
      <p id={hintId} className="visually-hidden">
        {instructions}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {t === null ? '' : describe(t)}
      </p>
      {t !== null && (
        <div className="chart-tooltip chart-focus-tooltip" aria-hidden="true">
          {chart.renderTooltip(t)}
        </div>
      )}
    </div>
  );
}
