import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Area,
  Bar,
  Cell,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { ChartModel, ChartRow } from '../data/chart-data';
import { layoutLines } from '../data/chart-lines';
import { DENSE_BAR_LIMIT, DenseBars } from './dense-bars';
import { GridLines } from './grid-lines';
import { whenIdle } from './when-idle';
import { DENSE_LINE_LIMIT, DenseLines, EXTENT_HIGH, EXTENT_LOW, addExtent } from './dense-lines';
import { seriesColor, seriesDash, seriesMarker, type ChartTheme, type MarkerShape } from './palette';

export type ChartType = 'line' | 'bar' | 'area';

export interface TimeSeriesChartProps {
  model: ChartModel;
  type: ChartType;
  theme: ChartTheme;
  height: number;
  formatValue: (value: number) => string;
  formatTick: (t: number) => string;
  /** Tooltip body for the time under the pointer; the chart only positions it. */
  renderTooltip: (t: number) => ReactNode;
  annotations?: readonly { t: number; label: string }[];
  hidden?: ReadonlySet<string>;
  /** Draw point markers (off for dense series, where they would only be noise). */
  markers?: boolean;
  /** Plot the value axis on a log scale (callers make sure every value is positive). */
  logScale?: boolean;
  /** Values below zero exist: draw the zero line. */
  zeroLine?: boolean;
  animate?: boolean;
  desc?: string;
  /**
   * Time of the point a keyboard user is on: drawn as a cursor with rings on each series. A
   * caller that provides its own keyboard navigation also turns off Recharts' accessibility
   * layer, so the chart is one tab stop, not two.
   */
  focusTime?: number | null;
  accessibilityLayer?: boolean;
}

const MARGIN = { top: 16, right: 16, bottom: 4, left: 4 };

/**
 * Draws one or more time series on a continuous time axis. It only draws: every number and
 * label arrives ready in the props (see data/chart-data.ts and i18n/format-*.ts).
 */
export const TimeSeriesChart = memo(function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { model, type, theme, height, formatValue, formatTick, renderTooltip, annotations = [], hidden, markers = true } = props;
  const tooltipContent = useCallback(
    ({ active, label }: TooltipContentProps) =>
      active && typeof label === 'number' ? <div className="chart-tooltip">{renderTooltip(label)}</div> : null,
    [renderTooltip],
  );
  // The tooltip is invisible until pointed at: it joins the chart once the page is idle after the
  // first drawing (or at once when the pointer arrives first), so it does not slow the drawing.
  const [withTooltip, setWithTooltip] = useState(false);
  useEffect(() => (withTooltip ? undefined : whenIdle(() => setWithTooltip(true), 0)), [withTooltip]);
  const visible = model.series.filter((s) => !hidden?.has(s.key));
  const denseBars = type === 'bar' && visible.length * model.rows.length > DENSE_BAR_LIMIT;
  // Many series without markers: drawn by DenseLines, with no Recharts item per series.
  const denseLines = type !== 'bar' && !markers && visible.length * model.rows.length > DENSE_LINE_LIMIT;
  const dense = denseBars || denseLines;
  // Other lines and areas: at most two Recharts items per series, however often it breaks.
  const layout = useMemo(() => (type === 'bar' || dense ? null : layoutLines(model, { log: props.logScale })), [model, type, dense, props.logScale]);
  const data = useMemo(() => {
    if (!dense) return layout?.rows ?? model.rows;
    const keys = model.series.filter((s) => !hidden?.has(s.key)).flatMap((s) => (type === 'bar' ? [s.key] : s.segments));
    return addExtent(model.rows, keys);
  }, [layout, model, dense, hidden, type]);

  return (
    <ComposedChart
      responsive
      data={data}
      height={height}
      margin={MARGIN}
      style={{ width: '100%', height }}
      barGap={2}
      barCategoryGap="20%"
      desc={props.desc}
      accessibilityLayer={props.accessibilityLayer ?? true}
      onMouseEnter={withTooltip ? undefined : () => setWithTooltip(true)}
    >
      <GridLines stroke={theme.grid} />
      <XAxis
        dataKey="t"
        type="number"
        scale="linear"
        domain={model.domain}
        ticks={model.ticks}
        tickFormatter={formatTick}
        stroke={theme.axis}
        tick={{ fill: theme.mutedText, fontSize: 12 }}
        interval={0}
        padding={type === 'bar' ? undefined : { left: 12, right: 12 }}
      />
      <YAxis
        width="auto"
        scale={props.logScale ? 'log' : 'auto'}
        domain={props.logScale ? ['auto', 'auto'] : undefined}
        allowDataOverflow={false}
        tickFormatter={formatValue}
        stroke={theme.axis}
        tick={{ fill: theme.mutedText, fontSize: 12 }}
        axisLine={false}
        tickLine={false}
      />
      {props.zeroLine && <ReferenceLine y={0} stroke={theme.axis} />}
      {annotations.map((a) => (
        <ReferenceLine
          key={`${a.t}-${a.label}`}
          x={a.t}
          stroke={theme.annotation}
          strokeDasharray="3 3"
          label={{ value: a.label, position: 'insideTopLeft', fill: theme.annotation, fontSize: 12 }}
        />
      ))}
      {denseBars && <DenseBars model={model} series={visible.map((s) => ({ key: s.key, color: seriesColor(theme, s.styleIndex) }))} />}
      {denseLines && (
        <DenseLines
          model={model}
          area={type === 'area'}
          background={theme.background}
          series={visible.map((s) => ({
            key: s.key,
            segments: s.segments,
            color: seriesColor(theme, s.styleIndex),
            dash: seriesDash(s.styleIndex),
          }))}
        />
      )}
      {dense &&
        // Invisible: the value axis takes its domain from each row's extent over the visible series.
        [EXTENT_LOW, EXTENT_HIGH].map((key) => (
          <Line key={key} dataKey={key} stroke="none" dot={false} activeDot={false} isAnimationActive={false} legendType="none" tooltipType="none" />
        ))}
      {visible.map((s) =>
        dense ? null : type === 'bar' ? (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={seriesColor(theme, s.styleIndex)} isAnimationActive={props.animate ?? false} maxBarSize={48}>
            {model.rows.map((row) => {
              const flagged = model.flagged.has(`${s.key}@${row.t}`);
              return (
                <Cell
                  key={row.t}
                  fillOpacity={flagged ? 0.3 : 1}
                  stroke={flagged ? seriesColor(theme, s.styleIndex) : undefined}
                  strokeDasharray={flagged ? '4 2' : undefined}
                  strokeWidth={flagged ? 1.5 : 0}
                />
              );
            })}
          </Bar>
        ) : (
          (layout?.lines.get(s.key) ?? []).map((line, i) => {
            const color = seriesColor(theme, s.styleIndex);
            const common = {
              dataKey: line,
              name: s.label,
              stroke: color,
              strokeWidth: 2,
              strokeDasharray: seriesDash(s.styleIndex),
              connectNulls: false,
              isAnimationActive: props.animate ?? false,
              dot: markers ? renderDot(model, s.key, seriesMarker(s.styleIndex), color, theme.background) : false,
              activeDot: renderActiveDot(model, s.key, color, theme.background),
              legendType: 'none' as const,
              tooltipType: i === 0 ? undefined : ('none' as const),
            };
            return type === 'area' ? (
              <Area key={line} type="linear" {...common} fill={color} fillOpacity={0.15} />
            ) : (
              <Line key={line} type="linear" {...common} />
            );
          })
        ),
      )}
      {props.focusTime != null && <FocusMarks model={model} visible={visible} t={props.focusTime} theme={theme} />}
      {withTooltip && <Tooltip content={tooltipContent} cursor={{ stroke: theme.axis, strokeDasharray: '2 2' }} isAnimationActive={false} />}
    </ComposedChart>
  );
});

/** The keyboard-focused period: a solid cursor, and a ring on every series that has a value there. */
function FocusMarks({ model, visible, t, theme }: { model: ChartModel; visible: readonly ChartModel['series'][number][]; t: number; theme: ChartTheme }) {
  const row = model.rows.find((r) => r.t === t);
  return (
    <>
      <ReferenceLine x={t} stroke={theme.text} strokeWidth={1.5} />
      {visible.map((s) => {
        const y = row?.[s.key];
        return typeof y === 'number' ? (
          <ReferenceDot key={s.key} x={t} y={y} r={7} fill="none" stroke={theme.text} strokeWidth={2} />
        ) : null;
      })}
    </>
  );
}

/** Whether the series publishes a value at this row (not a value that only bridges a gap). */
function hasPoint(model: ChartModel, seriesKey: string, row: ChartRow | undefined): boolean {
  return row !== undefined && typeof model.byTime.get(row.t)?.get(seriesKey)?.value === 'number';
}

function renderActiveDot(model: ChartModel, seriesKey: string, color: string, background: string) {
  return function ActiveDot(dot: { cx?: number; cy?: number; payload?: ChartRow; index?: number }) {
    const { cx, cy, payload } = dot;
    if (cx === undefined || cy === undefined || !Number.isFinite(cy) || !hasPoint(model, seriesKey, payload)) return <g key={dot.index} />;
    return <circle key={dot.index} cx={cx} cy={cy} r={5} fill={color} stroke={background} strokeWidth={2} />;
  };
}

function renderDot(model: ChartModel, seriesKey: string, shape: MarkerShape, color: string, background: string) {
  // A named function so Recharts can key the dots; flagged points are hollow.
  return function Dot(dot: { cx?: number; cy?: number; payload?: ChartRow; index?: number }) {
    const { cx, cy, payload } = dot;
    if (cx === undefined || cy === undefined || !payload || !Number.isFinite(cy) || !hasPoint(model, seriesKey, payload)) return <g key={dot.index} />;
    const flagged = model.flagged.has(`${seriesKey}@${payload.t}`);
    return (
      <MarkerSymbol
        key={dot.index}
        shape={shape}
        x={cx}
        y={cy}
        size={flagged ? 4.5 : 3.5}
        fill={flagged ? background : color}
        stroke={color}
        dashed={flagged}
      />
    );
  };
}

export function MarkerSymbol(p: { shape: MarkerShape; x: number; y: number; size: number; fill: string; stroke: string; dashed?: boolean }) {
  const { x, y, size: r } = p;
  const common = { fill: p.fill, stroke: p.stroke, strokeWidth: 1.5, strokeDasharray: p.dashed ? '2 1.5' : undefined };
  switch (p.shape) {
    case 'square':
      return <rect x={x - r} y={y - r} width={r * 2} height={r * 2} {...common} />;
    case 'triangle':
      return <path d={`M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`} {...common} />;
    case 'diamond':
      return <path d={`M${x},${y - r * 1.3}L${x + r},${y}L${x},${y + r * 1.3}L${x - r},${y}Z`} {...common} />;
    default:
      return <circle cx={x} cy={y} r={r} {...common} />;
  }
}
