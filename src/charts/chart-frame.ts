import type { ReactNode } from 'react';
import type { FigureModel } from '../data/figure/figure-model';
import type { BreakMark, SeriesLook, TargetMark } from './series-layer';
import type { ChartTheme } from './palette';
import { textWidth } from './text-width';

// The frame every figure chart is drawn in, whichever draws it: the plot area, the axes' room
// and the padding of the time axis. Two components draw it — the overview's cards with plain SVG
// (svg-chart.tsx: the first screen needs no charting library to become live) and every other
// figure with Recharts (figure-chart.tsx: zoom, brush) — from these numbers, and both hand the
// same SeriesLayer the same scales, so a chart has the same marks wherever it is shown.

export interface FigureChartProps {
  model: FigureModel;
  looks: ReadonlyMap<string, SeriesLook>;
  theme: ChartTheme;
  height: number;
  /** Words for the axes' ticks: the caller formats in the interface language. */
  formatValue: (value: number) => string;
  formatTick: (t: number) => string;
  /** Tooltip body for the time under the pointer; the chart only positions it. */
  renderTooltip: (t: number) => ReactNode;
  annotations?: readonly { t: number; label: string }[];
  targets?: readonly TargetMark[];
  breaks?: readonly BreakMark[];
  /** Time of the point a keyboard user is on, drawn as a cursor with rings on each series. */
  focusTime?: number | null;
  /**
   * The chart's own keyboard layer (Recharts'): off when the caller provides its own keyboard
   * reading, so the chart is one tab stop, not two. The SVG frame has none of its own.
   */
  accessibilityLayer?: boolean;
  desc?: string;
}

/** A drawn chart's SVG, in either frame (also in app/first-screen.ts, scripts/prerender.mjs and bench/lib/probe.js). */
export const CHART_SURFACE = 'svg.recharts-surface, svg.chart-surface';

export const MARGIN = { top: 16, right: 16, bottom: 4, left: 4 } as const;
export const TICK_FONT_SIZE = 12;
/** Room between the longest value label and the plot. */
const AXIS_GAP = 14;
/** The time axis's height under the plot. The Recharts frame is given it, and the tick size and margin below, so both frames lay out alike. */
export const TIME_AXIS_HEIGHT = 30;
/** Tick marks of the time axis, and the gap between a tick and its label. */
export const TICK_SIZE = 6;
export const TICK_MARGIN = 2;

/** Space between the plot's edges and the first and last period (none for bars, which are grouped around theirs). */
export function timePadding(model: FigureModel): number {
  return model.type === 'bar' ? 0 : 12;
}

/** The value axis's width: its longest label and a gap (measured before drawing, never in a second pass). */
export function valueAxisWidth(labels: readonly string[]): number {
  return Math.ceil(Math.max(24, ...labels.map((l) => textWidth(l, TICK_FONT_SIZE)))) + AXIS_GAP;
}

export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plot area of a chart of this size, with a value axis this wide at its left. */
export function plotArea(width: number, height: number, axisWidth: number): Plot {
  return {
    x: MARGIN.left + axisWidth,
    y: MARGIN.top,
    width: Math.max(0, width - MARGIN.left - MARGIN.right - axisWidth),
    height: Math.max(0, height - MARGIN.top - MARGIN.bottom - TIME_AXIS_HEIGHT),
  };
}
