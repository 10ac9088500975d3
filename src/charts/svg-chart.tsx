import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import type { FigureModel } from '../data/figure/figure-model';
import { SeriesLayer, type Scale } from './series-layer';
import { plotArea, TICK_FONT_SIZE, TICK_MARGIN, TICK_SIZE, timePadding, valueAxisWidth, type FigureChartProps, type Plot } from './chart-frame';
import { useElementWidth } from './use-element-width';

// The overview's cards draw their charts in this frame: plain SVG, no charting library. The
// first screen becomes live with React and this file instead of React and Recharts, which is
// about 100 KB (gzip) of JavaScript less to fetch, compile and run before the reader can point
// at a chart, and a first render without Recharts' store settling over several passes
// (docs/performance.md). It draws the frame Recharts draws for every other figure — the same
// plot area, axes and tick labels (chart-frame.ts) — and hands SeriesLayer the same scales, so a
// card and the indicator's own view show the same marks.

const NO_ANNOTATIONS: readonly { t: number; label: string }[] = [];
const NO_TARGETS: NonNullable<FigureChartProps['targets']> = [];
const NO_BREAKS: NonNullable<FigureChartProps['breaks']> = [];
/** The tooltip's distance from the pointer (Recharts' offset). */
const TOOLTIP_OFFSET = 10;

/** A linear scale from a domain onto a range; a domain of one value maps to the range's middle. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** A logarithmic scale (positive domain); a value at or below zero has no place. */
export function logScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const l0 = Math.log(d0);
  const span = Math.log(d1) - l0;
  return (v) => (v > 0 && span !== 0 ? r0 + ((Math.log(v) - l0) / span) * (r1 - r0) : undefined);
}

/** The model's time and value scales in a plot area, as the Recharts frame sets its axes. */
export function frameScales(model: FigureModel, plot: Plot): { x: Scale; y: Scale } {
  const pad = timePadding(model);
  const x = linearScale(model.time.domain, [plot.x + pad, plot.x + plot.width - pad]);
  const bottom = plot.y + plot.height;
  const range: [number, number] = model.value.reversed ? [plot.y, bottom] : [bottom, plot.y];
  const y = (model.value.scale === 'log' ? logScale : linearScale)(model.value.domain, range);
  return { x, y };
}

/** The period drawn nearest to a horizontal position (binary search: times are in order). */
export function nearestTime(times: readonly number[], x: Scale, px: number): number | null {
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((x(times[mid]!) ?? 0) < px) lo = mid;
    else hi = mid;
  }
  const a = times[lo]!;
  const b = times[hi]!;
  return Math.abs((x(a) ?? 0) - px) <= Math.abs((x(b) ?? 0) - px) ? a : b;
}

interface Pointer {
  t: number;
  px: number;
  py: number;
}

/** A chart of a figure model in a plain SVG frame: axes, the series layer and a tooltip that follows the pointer. */
export const SvgFigureChart = memo(function SvgFigureChart(props: FigureChartProps) {
  const { model, looks, theme, height, formatValue, formatTick, renderTooltip, annotations = NO_ANNOTATIONS, targets = NO_TARGETS, breaks = NO_BREAKS } = props;
  const [box, width] = useElementWidth<HTMLDivElement>();
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const labels = useMemo(() => model.value.ticks.map(formatValue), [model.value.ticks, formatValue]);
  const plot = useMemo(() => plotArea(width, height, valueAxisWidth(labels)), [width, height, labels]);
  const { x, y } = useMemo(() => frameScales(model, plot), [model, plot]);
  const bottom = plot.y + plot.height;

  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      const rect = event.currentTarget.getBoundingClientRect();
      const px = event.clientX - rect.left;
      const py = event.clientY - rect.top;
      const inside = px >= plot.x && px <= plot.x + plot.width && py >= plot.y && py <= bottom;
      const t = inside ? nearestTime(model.times, x, px) : null;
      setPointer(t === null ? null : { t, px, py });
    },
    [model.times, x, plot, bottom],
  );
  const leave = useCallback(() => setPointer(null), []);
  const cursor = pointer ? x(pointer.t) : undefined;

  return (
    <div ref={box} className="svg-chart" style={{ height }} onPointerMove={onPointerMove} onPointerLeave={leave}>
      {width > 0 && (
        <svg className="chart-surface" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          {props.desc && <desc>{props.desc}</desc>}
          <SeriesLayer model={model} looks={looks} theme={theme} annotations={annotations} targets={targets} breaks={breaks} focusTime={props.focusTime ?? null} x={x} y={y} plot={plot} active={pointer?.t ?? null} />
          <g className="chart-axis chart-time-axis">
            <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke={theme.axis} />
            {model.time.ticks.map((t) => {
              const tx = x(t);
              return tx === undefined || !Number.isFinite(tx) ? null : (
                <g key={t} className="chart-tick">
                  <line x1={tx} x2={tx} y1={bottom} y2={bottom + TICK_SIZE} stroke={theme.axis} />
                  <text x={tx} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle" fill={theme.mutedText} fontSize={TICK_FONT_SIZE}>
                    {formatTick(t)}
                  </text>
                </g>
              );
            })}
          </g>
          <g className="chart-axis chart-value-axis">
            {model.value.ticks.map((v, i) => {
              const ty = y(v);
              return ty === undefined || !Number.isFinite(ty) ? null : (
                <text key={v} className="chart-tick" x={plot.x - TICK_SIZE - TICK_MARGIN} y={ty} dy="0.355em" textAnchor="end" fill={theme.mutedText} fontSize={TICK_FONT_SIZE}>
                  {labels[i]}
                </text>
              );
            })}
          </g>
          {cursor !== undefined && Number.isFinite(cursor) && (
            <line className="chart-cursor" x1={cursor} x2={cursor} y1={plot.y} y2={bottom} stroke={theme.axis} strokeDasharray="2 2" pointerEvents="none" />
          )}
        </svg>
      )}
      {pointer && <PointerTooltip pointer={pointer} width={width} height={height}>{renderTooltip(pointer.t)}</PointerTooltip>}
    </div>
  );
});

/** The tooltip beside the pointer, on the side with room, never outside the chart's box. */
function PointerTooltip({ pointer, width, height, children }: { pointer: Pointer; width: number; height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const left = pointer.px + TOOLTIP_OFFSET + w > width ? Math.max(0, pointer.px - TOOLTIP_OFFSET - w) : pointer.px + TOOLTIP_OFFSET;
    const top = pointer.py + TOOLTIP_OFFSET + h > height ? Math.max(0, pointer.py - TOOLTIP_OFFSET - h) : pointer.py + TOOLTIP_OFFSET;
    el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  });
  return (
    <div ref={ref} className="svg-chart-tooltip">
      <div className="chart-tooltip">{children}</div>
    </div>
  );
}
