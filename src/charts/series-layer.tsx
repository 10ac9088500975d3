import { memo, useMemo } from 'react';
import type { FigureModel, FigurePoint } from '../data/figure/figure-model';
import { periodLength } from '../data/figure/time-axis';
import { MarkerSymbol } from './marker-symbol';
import { textWidth } from './text-width';
import type { ChartTheme, MarkerShape } from './palette';
import type { Plot } from './chart-frame';

// The one drawing path of every chart: a single SVG layer placed with the scales of the frame it
// is drawn in (chart-frame.ts: the overview's plain SVG frame or Recharts'), under its axes and
// tooltip. It draws from the figure model alone — grid lines at
// the model's value ticks, the zero line, events, each series' segments as lines or areas,
// grouped bars, markers (hollow and dashed where a point is flagged), the dots under the pointer
// and the keyboard's focus marks — so a chart of two points and one of thirty regions over
// thirty years take the same path, at the cost of a few SVG elements per series.

export interface SeriesLook {
  key: string;
  color: string;
  dash: string | undefined;
  marker: MarkerShape;
}

export type Scale = (value: number) => number | undefined;

interface Geometry {
  lines: { key: string; d: string; area: string }[];
  bars: { key: string; solid: string; flagged: string }[];
  markers: { key: string; x: number; y: number; flagged: boolean }[];
}

/** A tenth of a pixel is finer than any screen draws, and far cheaper to print than toFixed(2). */
const round = (n: number) => Math.round(n * 10) / 10;

function place(x: Scale, y: Scale, p: FigurePoint): [number, number] | null {
  if (p.value === null) return null;
  const px = x(p.t);
  const py = y(p.value);
  return px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py) ? null : [round(px), round(py)];
}

/** Bars are grouped around their period: a fifth of the period apart, each at most 48 px wide. */
function barLayout(model: FigureModel, x: Scale, plotWidth: number): { band: number; width: number; gap: number } {
  let band = Number.POSITIVE_INFINITY;
  const times = model.times;
  for (let i = 1; i < times.length; i++) {
    const a = x(times[i - 1]!);
    const b = x(times[i]!);
    if (a !== undefined && b !== undefined && b - a > 0) band = Math.min(band, b - a);
  }
  const one = (x(model.time.domain[0] + periodLength(model.frequency)) ?? 0) - (x(model.time.domain[0]) ?? 0);
  if (!Number.isFinite(band)) band = one > 0 ? one : plotWidth / 2;
  const n = Math.max(1, model.series.length);
  const gap = n > 1 && band > 12 * n ? 2 : 0;
  const width = Math.max(0.5, Math.min(48, (band * 0.8 - gap * (n - 1)) / n));
  return { band, width, gap };
}

function geometry(model: FigureModel, x: Scale, y: Scale, baseline: number, plotWidth: number): Geometry {
  const lines: Geometry['lines'] = [];
  const bars: Geometry['bars'] = [];
  const markers: Geometry['markers'] = [];
  if (model.type === 'bar') {
    const { width, gap } = barLayout(model, x, plotWidth);
    const n = model.series.length;
    const group = n * width + (n - 1) * gap;
    model.series.forEach((s, i) => {
      let solid = '';
      let flagged = '';
      for (const p of s.drawn) {
        const at = place(x, y, p);
        if (!at) continue;
        const left = round(at[0] - group / 2 + i * (width + gap));
        const rect = `M${left},${round(baseline)}V${at[1]}h${round(width)}V${round(baseline)}Z`;
        if (p.status) flagged += rect;
        else solid += rect;
      }
      bars.push({ key: s.key, solid, flagged });
    });
    return { lines, bars, markers };
  }
  for (const s of model.series) {
    let d = '';
    let area = '';
    for (const segment of s.segments) {
      let run = '';
      let firstX = 0;
      let lastX = 0;
      for (const p of segment) {
        const at = place(x, y, p);
        if (!at) {
          // A value the scale cannot place breaks the line, as a gap does.
          if (run) {
            d += run;
            area += `${run}L${lastX},${round(baseline)}L${firstX},${round(baseline)}Z`;
          }
          run = '';
          continue;
        }
        if (!run) firstX = at[0];
        run += `${run ? 'L' : 'M'}${at[0]},${at[1]}`;
        lastX = at[0];
        if (model.markers) markers.push({ key: s.key, x: at[0], y: at[1], flagged: p.status !== undefined });
      }
      if (run) {
        d += run;
        area += `${run}L${lastX},${round(baseline)}L${firstX},${round(baseline)}Z`;
      }
    }
    lines.push({ key: s.key, d, area });
  }
  return { lines, bars, markers };
}

/** A target drawn at its year's last period, labelled with its comparison (目标 ≥50户). */
export interface TargetMark {
  seriesKey: string;
  t: number;
  value: number;
  label: string;
}

/** A break in series on the time axis (口径调整), labelled; lines are not joined across it. */
export interface BreakMark {
  t: number;
  label: string;
}

export interface SeriesLayerProps {
  model: FigureModel;
  looks: ReadonlyMap<string, SeriesLook>;
  theme: ChartTheme;
  annotations: readonly { t: number; label: string }[];
  targets: readonly TargetMark[];
  breaks: readonly BreakMark[];
  /** The time a keyboard user is on: a cursor and a ring on every series with a value there. */
  focusTime: number | null;
}

/** Where the layer is drawn: the frame's scales and plot area, and the time under the pointer. */
export interface SeriesLayerPlace {
  x: Scale;
  y: Scale;
  plot: Plot;
  /** The period under the pointer (a dot on every series there), or null. */
  active: number | null;
}

export const SeriesLayer = memo(function SeriesLayer({ model, looks, theme, annotations, targets, breaks, focusTime, x, y, plot, active }: SeriesLayerProps & SeriesLayerPlace) {
  // A frame may render its children several times with equal scales (Recharts, while its store
  // settles): the paths are worked out again only when the pixels two values map to change.
  const [v0, v1] = model.value.domain;
  const signature = `${x(model.time.domain[0])},${x(model.time.domain[1])},${y(v0)},${y(v1)},${plot.x},${plot.y},${plot.width},${plot.height}`;
  const drawn = useMemo(() => {
    const bottom = plot.y + plot.height;
    const zero = model.value.scale === 'log' ? undefined : y(0);
    const baseline = zero === undefined || !Number.isFinite(zero) ? (model.value.reversed ? plot.y : bottom) : Math.min(Math.max(zero, plot.y), bottom);
    return { baseline, shapes: geometry(model, x, y, baseline, plot.width) };
    // The signature stands for x, y and plot: equal signatures draw the same paths.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, signature]);
  const { shapes } = drawn;
  const left = plot.x;
  const right = plot.x + plot.width;
  const top = plot.y;
  const bottom = plot.y + plot.height;

  return (
    <g className="series-layer" role="presentation">
      <g className="chart-grid">
        {model.value.ticks.map((tick) => {
          const ty = y(tick);
          return ty !== undefined && Number.isFinite(ty) ? <line key={tick} x1={left} x2={right} y1={round(ty)} y2={round(ty)} stroke={theme.grid} /> : null;
        })}
      </g>
      {model.zeroLine && <line className="zero-line" x1={left} x2={right} y1={round(drawn.baseline)} y2={round(drawn.baseline)} stroke={theme.axis} />}
      {annotations.map((a) => {
        const ax = x(a.t);
        if (ax === undefined || !Number.isFinite(ax)) return null;
        return (
          <g key={`${a.t}-${a.label}`} className="chart-annotation">
            <line x1={round(ax)} x2={round(ax)} y1={top} y2={bottom} stroke={theme.annotation} strokeDasharray="3 3" />
            <text x={round(ax) + 5} y={top + 14} fill={theme.annotation} fontSize={12}>
              {a.label}
            </text>
          </g>
        );
      })}
      {shapes.bars.map((b) => {
        const look = looks.get(b.key);
        if (!look) return null;
        return (
          <g key={b.key} className="series-bars" data-series={b.key}>
            {b.solid && <path d={b.solid} fill={look.color} stroke="none" />}
            {b.flagged && <path className="flagged" d={b.flagged} fill={look.color} fillOpacity={0.3} stroke={look.color} strokeWidth={1.5} strokeDasharray="4 2" />}
          </g>
        );
      })}
      {shapes.lines.map((l) => {
        const look = looks.get(l.key);
        if (!look || !l.d) return null;
        return (
          <g key={l.key} className="series-line" data-series={l.key}>
            {model.type === 'area' && <path className="series-area" d={l.area} fill={look.color} fillOpacity={0.15} stroke="none" />}
            <path className="series-path" d={l.d} fill="none" stroke={look.color} strokeWidth={2} strokeDasharray={look.dash} strokeLinejoin="round" />
          </g>
        );
      })}
      {shapes.markers.length > 0 && (
        <g className="series-markers">
          {shapes.markers.map((mk, i) => {
            const look = looks.get(mk.key);
            return look ? (
              <MarkerSymbol
                key={i}
                shape={look.marker}
                x={mk.x}
                y={mk.y}
                size={mk.flagged ? 4.5 : 3.5}
                fill={mk.flagged ? theme.background : look.color}
                stroke={look.color}
                dashed={mk.flagged}
              />
            ) : null;
          })}
        </g>
      )}
      {breaks.map((b) => {
        // Between the last period before the break and the first after it, not through a point.
        const bx = x(b.t - periodLength(model.frequency) / 2);
        if (bx === undefined || !Number.isFinite(bx)) return null;
        const nearRight = bx > right - 90;
        return (
          <g key={`${b.t}-${b.label}`} className="chart-break">
            <line x1={round(bx)} x2={round(bx)} y1={top} y2={bottom} stroke={theme.text} strokeWidth={1.5} strokeDasharray="6 3" />
            <text x={round(bx) + (nearRight ? -4 : 4)} y={bottom - 6} fill={theme.text} fontSize={12} textAnchor={nearRight ? 'end' : 'start'}>
              {b.label}
            </text>
          </g>
        );
      })}
      {targets.map((mark) => {
        const tx = x(mark.t);
        const ty = y(mark.value);
        if (tx === undefined || ty === undefined || !Number.isFinite(tx) || !Number.isFinite(ty)) return null;
        const mx = round(tx);
        const my = round(ty);
        // Wider than a bar, in the text colour over a halo, so it reads on a bar, a line or the grid;
        // the label beside it, on the side with room, on a plate of the background.
        const half = 26;
        // Measured at the regular weight; the label is set semibold, a little wider.
        const width = textWidth(mark.label, 12) * 1.1 + 8;
        const toLeft = mx + half + 4 + width > right;
        const lx = toLeft ? mx - half - 4 - width : mx + half + 4;
        return (
          <g key={`${mark.seriesKey}-${mark.t}`} className="chart-target">
            <line x1={Math.max(left, mx - half)} x2={Math.min(right, mx + half)} y1={my} y2={my} stroke={theme.background} strokeWidth={6} />
            <line x1={Math.max(left, mx - half)} x2={Math.min(right, mx + half)} y1={my} y2={my} stroke={theme.text} strokeWidth={2.5} strokeDasharray="6 3" />
            <rect x={round(lx)} y={my - 9} width={round(width)} height={18} rx={3} fill={theme.background} fillOpacity={0.9} stroke={theme.grid} />
            <text x={round(lx) + 4} y={my + 4} fill={theme.text} fontSize={12} fontWeight={600}>
              {mark.label}
            </text>
          </g>
        );
      })}
      <ActiveDots model={model} looks={looks} theme={theme} x={x} y={y} t={active} />
      {focusTime !== null && <FocusMarks model={model} t={focusTime} theme={theme} x={x} y={y} top={top} bottom={bottom} />}
    </g>
  );
});

/** The period under the pointer: a dot on every series with a value there (not for bars). */
function ActiveDots({ model, looks, theme, x, y, t }: { model: FigureModel; looks: ReadonlyMap<string, SeriesLook>; theme: ChartTheme; x: Scale; y: Scale; t: number | null }) {
  if (model.type === 'bar') return null;
  const at = t === null ? undefined : model.byTime.get(t);
  if (!at) return null;
  return (
    <g className="active-dots">
      {model.series.map((s) => {
        const p = at.get(s.key);
        const look = looks.get(s.key);
        const spot = p && look ? place(x, y, p) : null;
        return spot && look ? <circle key={s.key} cx={spot[0]} cy={spot[1]} r={5} fill={look.color} stroke={theme.background} strokeWidth={2} /> : null;
      })}
    </g>
  );
}

function FocusMarks({ model, t, theme, x, y, top, bottom }: { model: FigureModel; t: number; theme: ChartTheme; x: Scale; y: Scale; top: number; bottom: number }) {
  const fx = x(t);
  const at = model.byTime.get(t);
  if (fx === undefined || !Number.isFinite(fx)) return null;
  return (
    <g className="focus-marks">
      <line x1={round(fx)} x2={round(fx)} y1={top} y2={bottom} stroke={theme.text} strokeWidth={1.5} />
      {model.series.map((s) => {
        const p = at?.get(s.key);
        const spot = p ? place(x, y, p) : null;
        return spot ? <circle key={s.key} cx={spot[0]} cy={spot[1]} r={7} fill="none" stroke={theme.text} strokeWidth={2} /> : null;
      })}
    </g>
  );
}
