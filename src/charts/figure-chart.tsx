import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { ComposedChart, Tooltip, XAxis, YAxis, useActiveTooltipLabel, usePlotArea, useXAxisScale, useYAxisScale, type TooltipContentProps } from 'recharts';
import { SeriesLayer, type SeriesLayerProps } from './series-layer';
import { MARGIN, TICK_FONT_SIZE, TICK_MARGIN, TICK_SIZE, TIME_AXIS_HEIGHT, timePadding, valueAxisWidth, type FigureChartProps } from './chart-frame';
import { whenIdle } from './when-idle';

export type { FigureChartProps } from './chart-frame';

const TICK = { fontSize: TICK_FONT_SIZE };
const NO_ANNOTATIONS: readonly { t: number; label: string }[] = [];
const NO_TARGETS: SeriesLayerProps['targets'] = [];
const NO_BREAKS: SeriesLayerProps['breaks'] = [];
const VISIBLE = { visibility: 'visible' } as const;

interface TickProps {
  x: number | string;
  y: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit' | undefined;
  payload: { value: unknown };
}

function AxisTick({ x, y, textAnchor, text, fill, dy }: TickProps & { text: string; fill: string; dy: string }) {
  return (
    <text x={x} y={y} dy={dy} textAnchor={textAnchor} fill={fill} fontSize={TICK.fontSize} className="recharts-text recharts-cartesian-axis-tick-value">
      {text}
    </text>
  );
}

/** SeriesLayer placed with the Recharts chart's own scales and plot area. */
function RechartsSeriesLayer(props: SeriesLayerProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const label = useActiveTooltipLabel();
  const active = typeof label === 'number' ? label : typeof label === 'string' && label !== '' ? Number(label) : null;
  return x && y && plot ? <SeriesLayer {...props} x={x} y={y} plot={plot} active={active} /> : null;
}

/**
 * A chart of a figure model: Recharts gives the frame — the time and value axes set exactly to
 * the model's domains and ticks, the scales, the tooltip — and SeriesLayer draws everything in
 * it. It only draws: every number arrives in the model and every word in the props.
 */
export const FigureChart = memo(function FigureChart(props: FigureChartProps) {
  const { model, looks, theme, height, formatValue, formatTick, renderTooltip, annotations = NO_ANNOTATIONS, targets = NO_TARGETS, breaks = NO_BREAKS } = props;
  const tooltipContent = useCallback(
    ({ active, label }: TooltipContentProps) =>
      active && typeof label === 'number' ? <div className="chart-tooltip">{renderTooltip(label)}</div> : null,
    [renderTooltip],
  );
  // The tooltip is invisible until pointed at: it joins the chart once the page is idle after the
  // first drawing (or at once when the pointer arrives first), so it does not slow the drawing.
  const [withTooltip, setWithTooltip] = useState(false);
  useEffect(() => (withTooltip ? undefined : whenIdle(() => setWithTooltip(true), 0)), [withTooltip]);
  const labels = model.value.ticks.map(formatValue);
  // Plain text ticks: Recharts' own measure and wrap words to fit, which splits "10 factories" in
  // two where the axis was sized for it, and costs a DOM measurement per tick.
  const timeTick = useCallback((p: TickProps) => <AxisTick {...p} text={formatTick(Number(p.payload.value))} fill={theme.mutedText} dy="0.71em" />, [formatTick, theme.mutedText]);
  const valueTick = useCallback((p: TickProps) => <AxisTick {...p} text={formatValue(Number(p.payload.value))} fill={theme.mutedText} dy="0.355em" />, [formatValue, theme.mutedText]);
  const axisWidth = valueAxisWidth(labels);
  const pad = timePadding(model);
  const rows = useMemo(() => model.times.map((t) => ({ t })), [model.times]);

  return (
    <ComposedChart
      responsive
      data={rows}
      height={height}
      margin={MARGIN}
      style={{ width: '100%', height }}
      desc={props.desc}
      accessibilityLayer={props.accessibilityLayer ?? true}
      onMouseEnter={withTooltip ? undefined : () => setWithTooltip(true)}
    >
      <XAxis
        dataKey="t"
        type="number"
        scale="linear"
        domain={model.time.domain}
        ticks={model.time.ticks}
        stroke={theme.axis}
        tick={timeTick}
        interval={0}
        allowDataOverflow
        padding={pad === 0 ? undefined : { left: pad, right: pad }}
        height={TIME_AXIS_HEIGHT}
        tickSize={TICK_SIZE}
        tickMargin={TICK_MARGIN}
      />
      <YAxis
        width={axisWidth}
        type="number"
        scale={model.value.scale}
        domain={model.value.domain}
        ticks={model.value.ticks}
        reversed={model.value.reversed}
        allowDataOverflow
        interval={0}
        stroke={theme.axis}
        tick={valueTick}
        axisLine={false}
        tickLine={false}
        tickSize={TICK_SIZE}
        tickMargin={TICK_MARGIN}
      />
      <RechartsSeriesLayer model={model} looks={looks} theme={theme} annotations={annotations} targets={targets} breaks={breaks} focusTime={props.focusTime ?? null} />
      {withTooltip && (
        <Tooltip
          content={tooltipContent}
          cursor={{ stroke: theme.axis, strokeDasharray: '2 2' }}
          isAnimationActive={false}
          // Recharts shows its box only over a payload of its own graphical items, and every series
          // here is drawn by SeriesLayer: the content decides, and is empty when nothing is active.
          wrapperStyle={VISIBLE}
        />
      )}
    </ComposedChart>
  );
});
