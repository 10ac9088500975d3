// The value axis of a figure: its domain and its ticks, worked out from the values drawn. Ticks
// are round numbers (1, 2 or 5 times a power of ten, or powers of ten on a log scale), so a
// reader never meets 0.55, 1.1, 1.65; the domain ends on ticks, so every value sits inside the
// plot with the ends labelled. Pure and unit-free: the words come from i18n.

export type ValueScale = 'linear' | 'log';

export interface ValueAxis {
  scale: ValueScale;
  domain: [number, number];
  ticks: number[];
  /** Draw the highest value at the bottom (ranks: 1 is at the top). */
  reversed: boolean;
}

export interface ValueAxisOptions {
  scale?: ValueScale;
  /** Bars stand on zero, so zero must be in the domain; lines include it too unless told not to. */
  includeZero?: boolean;
  /** Only whole numbers make sense (counts of places in a ranking). */
  integer?: boolean;
  reversed?: boolean;
  /** About how many intervals the axis should have. */
  intervals?: number;
}

/**
 * The round step nearest `raw` on a log scale: 1, 2 or 5 times a power of ten (the rule of d3's
 * ticks, so a span gives four to six ticks). Computed from the exponent and the leading digits so
 * that 0.1 + 0.2 never shows up as a tick.
 */
export function niceStep(raw: number, integer = false): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const exponent = Math.floor(Math.log10(raw));
  const error = raw / 10 ** exponent;
  const nice = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
  const step = nice * 10 ** exponent;
  return integer ? Math.max(1, Math.round(step)) : roundTo(step, 12);
}

/** Rounds away binary noise: 0.30000000000000004 → 0.3. */
function roundTo(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/** Decimals a tick of this step needs (0.25 → 2, 5 → 0). */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d <= 12; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d;
  return 12;
}

function linearAxis(lo: number, hi: number, opts: Required<Omit<ValueAxisOptions, 'scale'>>): ValueAxis {
  if (opts.includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) {
    // One value (or all equal): a band around it, so it is drawn mid-plot, not on an edge.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.5;
    lo = opts.includeZero && lo >= 0 ? 0 : lo - pad;
    hi = hi + pad;
  }
  const span = hi - lo;
  if (!Number.isFinite(span)) {
    // Values near ±1.8e308 overflow their own difference: no scale can place them on one axis
    // (the figure model reports it), and no round tick lies beyond them.
    return { scale: 'linear', domain: [lo, hi], ticks: [lo, 0, hi], reversed: opts.reversed };
  }
  const step = niceStep(span / opts.intervals, opts.integer);
  const decimals = stepDecimals(step);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toFixed(decimals)));
  // -0 reads as "−0" in some formatters.
  const clean = ticks.map((t) => (t === 0 ? 0 : t));
  return { scale: 'linear', domain: [clean[0]!, clean[clean.length - 1]!], ticks: clean, reversed: opts.reversed };
}

const LOG_MANTISSAS = [1, 2, 5] as const;

/** 1, 2, 5, 10, 20, 50… around the values; the domain leaves room below the lowest and above the highest. */
function logAxis(lo: number, hi: number, reversed: boolean): ValueAxis {
  // Headroom: no value sits on the axis line or the top edge.
  const bottom = lo / 1.05;
  const top = hi * 1.05;
  const candidates: number[] = [];
  for (let e = Math.floor(Math.log10(bottom)) - 1; e <= Math.ceil(Math.log10(top)) + 1; e++) {
    for (const m of LOG_MANTISSAS) candidates.push(roundTo(m * 10 ** e, 12));
  }
  let lower = [...candidates].reverse().find((c) => c <= bottom) ?? bottom;
  let upper = candidates.find((c) => c >= top) ?? top;
  // Spans of several decades run from power of ten to power of ten, and label only those.
  const decades = Math.log10(upper / lower) > 3;
  if (decades) {
    lower = roundTo(10 ** Math.floor(Math.log10(bottom)), 12);
    upper = roundTo(10 ** Math.ceil(Math.log10(top)), 12);
  }
  const within = candidates.filter((c) => c >= lower && c <= upper);
  const ticks = decades ? within.filter((c) => Math.abs(Math.log10(c) - Math.round(Math.log10(c))) < 1e-9) : within;
  return { scale: 'log', domain: [lower, upper], ticks: ticks.length >= 2 ? ticks : [lower, upper], reversed };
}

/**
 * The axis for these values (nulls and non-finite values are not plotted and ignored). A log
 * scale is only asked for when every value is positive (logScaleVerdict); any other value here
 * falls back to linear rather than drawing nothing.
 */
export function valueAxis(values: Iterable<number>, opts: ValueAxisOptions = {}): ValueAxis {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const reversed = opts.reversed ?? false;
  const linear = { includeZero: opts.includeZero ?? true, integer: opts.integer ?? false, reversed, intervals: opts.intervals ?? 4 };
  if (lo > hi) return linearAxis(0, 0, linear);
  if (opts.scale === 'log' && lo > 0) return logAxis(lo, hi, reversed);
  return linearAxis(lo, hi, linear);
}
