// Views of an indicator's numbers that its `kind` allows (dataset format, "kind": rate, stock,
// flow, level). Every derived value is computed only from published values;
// whenever an input is missing or null the result is null, drawn as a gap, never a guess.
// Input types are structural and local so this module does not depend on the dataset schema.

import {
  comparePeriods,
  parsePeriod,
  periodIn,
  previousPeriod,
  timeOf,
  type Frequency,
} from '../../lib/periods';

export const TRANSFORMS = ['published', 'additions', 'running-total', 'change', 'index', 'gap'] as const;
export type Transform = (typeof TRANSFORMS)[number];

export type IndicatorKind = 'rate' | 'stock' | 'flow' | 'level';
export type PointStatus = 'derived' | 'approximate' | 'shortlist' | 'provisional';

export interface SeriesPointInput {
  period: string;
  value: number | null;
  source: string | null;
  status?: PointStatus;
  note?: unknown;
}

export interface SeriesInput {
  region: string;
  points: readonly SeriesPointInput[];
}

export interface IndicatorInput {
  kind: IndicatorKind;
  frequency: Frequency;
  cumulative?: boolean;
  series: readonly SeriesInput[];
}

export interface DerivedPoint {
  period: string;
  /** periodTime of `period`: years on a continuous axis. */
  t: number;
  value: number | null;
  /** The published value of this region at this period, for tooltips and tables. */
  published: number | null;
  status?: PointStatus;
  source: string | null;
  /** Source ids the value depends on, e.g. both regions' for a gap, both periods' for additions. */
  inputs: string[];
}

export interface DerivedSeries {
  key: string;
  region: string;
  /** For a gap: the region subtracted. */
  vsRegion?: string;
  points: DerivedPoint[];
}

export type UnitKind = 'as-published' | 'percent' | 'percentage-points' | 'index';

export interface TransformOptions {
  base?: string;
  vs?: string;
  regions?: readonly string[];
  from?: string;
  to?: string;
}

export interface TransformResult {
  /** The transform actually applied: `published` when the requested one does not fit the kind. */
  applied: Transform;
  series: DerivedSeries[];
  unitKind: UnitKind;
  base?: string;
  vs?: string;
}

const BY_KIND: Record<IndicatorKind, readonly Transform[]> = {
  rate: ['published', 'gap'],
  stock: ['published', 'additions', 'change'],
  flow: ['published', 'running-total'],
  level: ['published', 'change', 'index'],
};

/**
 * The transforms that make sense for an indicator, in display order. A gap needs a second
 * region to subtract. A running total of year-to-date (cumulative) values would count each
 * month again in every later month, so it is not offered for them.
 */
export function availableTransforms(kind: IndicatorKind, regionCount: number, cumulative = false): Transform[] {
  return BY_KIND[kind].filter(
    (t) => !(t === 'gap' && regionCount < 2) && !(t === 'running-total' && cumulative),
  );
}

// Results are kept per indicator for the last few settings: switching a view back and forth
// (published and change, one region on and off) then costs nothing the second time. Results are
// treated as immutable by every caller.
const RESULTS = new WeakMap<IndicatorInput, Map<string, TransformResult>>();
const RESULTS_PER_INDICATOR = 8;

export function applyTransform(
  indicator: IndicatorInput,
  transform: Transform,
  opts: TransformOptions = {},
): TransformResult {
  const key = JSON.stringify([transform, opts.base, opts.vs, opts.regions, opts.from, opts.to]);
  let results = RESULTS.get(indicator);
  if (!results) {
    results = new Map();
    RESULTS.set(indicator, results);
  }
  const known = results.get(key);
  if (known) return known;
  const result = computeTransform(indicator, transform, opts);
  if (results.size >= RESULTS_PER_INDICATOR) results.delete(results.keys().next().value!);
  results.set(key, result);
  return result;
}

function computeTransform(
  indicator: IndicatorInput,
  transform: Transform,
  opts: TransformOptions,
): TransformResult {
  const available = availableTransforms(indicator.kind, indicator.series.length, indicator.cumulative);
  const applied: Transform = available.includes(transform) ? transform : 'published';
  const selected = selectSeries(indicator.series, opts.regions);
  // The range is applied after transforming, so the first visible period's additions or
  // change still use the period before it, and a running total does not restart at `from`.
  const visible = rangePredicate(opts.from, opts.to);
  const clip = (series: DerivedSeries[]): DerivedSeries[] =>
    series.map((s) => ({ ...s, points: s.points.filter((p) => visible(p.period)) }));

  switch (applied) {
    case 'published':
      return { applied, unitKind: 'as-published', series: clip(selected.map(perSeries(publishedPoints))) };
    case 'additions':
      return { applied, unitKind: 'as-published', series: clip(selected.map(perSeries(additionPoints))) };
    case 'running-total':
      return { applied, unitKind: 'as-published', series: clip(selected.map(perSeries(runningTotalPoints))) };
    case 'change':
      return { applied, unitKind: 'percent', series: clip(selected.map(perSeries(changePoints))) };
    case 'index': {
      const base = resolveBase(opts.base, indicator.frequency, selected);
      const series = selected.map(perSeries((points) => indexPoints(points, base)));
      return { applied, unitKind: 'index', series: clip(series), ...(base === undefined ? {} : { base }) };
    }
    case 'gap': {
      const vs = resolveVs(opts.vs, indicator.series, selected);
      const series = selected
        .filter((s) => s.region !== vs.region)
        .map((s) => gapSeries(s, vs));
      return { applied, unitKind: 'percentage-points', series: clip(series), vs: vs.region };
    }
  }
}

/** `regions` orders and filters; unknown ids are ignored, and nothing known left means all. */
function selectSeries(all: readonly SeriesInput[], regions: readonly string[] | undefined): SeriesInput[] {
  const byRegion = new Map(all.map((s) => [s.region, s]));
  const picked = [...new Set(regions ?? [])].flatMap((id) => {
    const s = byRegion.get(id);
    return s ? [s] : [];
  });
  return picked.length > 0 ? picked : [...all];
}

function perSeries(
  derive: (points: SeriesPointInput[]) => DerivedPoint[],
): (s: SeriesInput) => DerivedSeries {
  return (s) => ({ key: s.region, region: s.region, points: derive(ordered(s.points)) });
}

/** Chronological copy; a period that does not parse has no place on the axis and is left out. */
function ordered(points: readonly SeriesPointInput[]): SeriesPointInput[] {
  return points.filter((p) => parsePeriod(p.period) !== null).sort((a, b) => comparePeriods(a.period, b.period));
}

function publishedPoints(points: SeriesPointInput[]): DerivedPoint[] {
  return points.map((p) => derivedPoint(p.period, p.value, p, [p]));
}

/** Stock: value minus the value of the calendar-previous period, which must be present. */
function additionPoints(points: SeriesPointInput[]): DerivedPoint[] {
  const byPeriod = indexByPeriod(points);
  return points.map((p) => {
    const prev = previousPoint(byPeriod, p.period);
    const value = p.value !== null && prev?.value != null ? roundSignificant(p.value - prev.value) : null;
    return derivedPoint(p.period, value, p, [p, prev]);
  });
}

/**
 * Flow: cumulative sum over the periods present. A null value makes that point null and every
 * later total null too: the sum is unknown from then on, and restarting after the gap would
 * show a total too small without saying so.
 */
function runningTotalPoints(points: SeriesPointInput[]): DerivedPoint[] {
  const out: DerivedPoint[] = [];
  let total: number | null = 0;
  for (const [i, p] of points.entries()) {
    total = total === null || p.value === null ? null : total + p.value;
    out.push(derivedPoint(p.period, total === null ? null : roundSignificant(total), p, points.slice(0, i + 1)));
  }
  return out;
}

/**
 * Percent change from the calendar-previous period. Null when that period is missing or its
 * value is not positive: from zero it is undefined, and from a negative value its sign misleads.
 */
function changePoints(points: SeriesPointInput[]): DerivedPoint[] {
  const byPeriod = indexByPeriod(points);
  return points.map((p) => {
    const prev = previousPoint(byPeriod, p.period);
    const value =
      p.value !== null && prev?.value != null && prev.value > 0 ? roundSignificant((p.value / prev.value - 1) * 100) : null;
    return derivedPoint(p.period, value, p, [p, prev]);
  });
}

/** Value relative to the base period's value = 100; no usable base value means no index at all. */
function indexPoints(points: SeriesPointInput[], base: string | undefined): DerivedPoint[] {
  const basePoint = base === undefined ? undefined : points.find((p) => p.period === base);
  const baseValue = basePoint?.value ?? null;
  return points.map((p) => {
    const value =
      p.value !== null && baseValue !== null && baseValue > 0 ? roundSignificant((p.value / baseValue) * 100) : null;
    return derivedPoint(p.period, value, p, [p, basePoint]);
  });
}

/**
 * The requested base, moved to the indicator's frequency (2023 on a monthly series → 2023-01);
 * otherwise the first period of the first selected region with a value an index can divide by.
 */
function resolveBase(
  requested: string | undefined,
  frequency: Frequency,
  selected: readonly SeriesInput[],
): string | undefined {
  const mapped = requested === undefined ? null : periodIn(requested, frequency);
  if (mapped !== null) return mapped;
  const first = selected[0];
  return first ? ordered(first.points).find((p) => p.value !== null && p.value > 0)?.period : undefined;
}

/**
 * The requested region when it exists and leaves a region to compare; otherwise the second
 * selected region, or the first other region of the indicator when only one is selected.
 * The caller has checked that the indicator has at least two series.
 */
function resolveVs(
  requested: string | undefined,
  all: readonly SeriesInput[],
  selected: readonly SeriesInput[],
): SeriesInput {
  const asked = all.find((s) => s.region === requested);
  if (asked && selected.some((s) => s.region !== asked.region)) return asked;
  const fallback = selected[1] ?? all.find((s) => s.region !== selected[0]?.region);
  if (!fallback) throw new Error('gap needs an indicator with at least two series');
  return fallback;
}

/** Region minus `vs` in percentage points, over the periods either of them has. */
function gapSeries(series: SeriesInput, vs: SeriesInput): DerivedSeries {
  const own = indexByPeriod(series.points);
  const other = indexByPeriod(vs.points);
  const periods = [...new Set([...own.keys(), ...other.keys()])]
    .filter((period) => parsePeriod(period) !== null)
    .sort(comparePeriods);
  return {
    key: `${series.region}-vs-${vs.region}`,
    region: series.region,
    vsRegion: vs.region,
    points: periods.map((period) => {
      const a = own.get(period);
      const b = other.get(period);
      const value = a?.value != null && b?.value != null ? roundSignificant(a.value - b.value) : null;
      return derivedPoint(period, value, a, [a, b]);
    }),
  };
}

function indexByPeriod(points: readonly SeriesPointInput[]): Map<string, SeriesPointInput> {
  return new Map(points.map((p) => [p.period, p]));
}

function previousPoint(byPeriod: Map<string, SeriesPointInput>, period: string): SeriesPointInput | undefined {
  const prev = previousPeriod(period);
  return prev === null ? undefined : byPeriod.get(prev);
}

// When inputs differ in status the output takes the first of these that any input has.
const STATUS_PRECEDENCE: readonly PointStatus[] = ['approximate', 'derived', 'provisional', 'shortlist'];

function derivedPoint(
  period: string,
  value: number | null,
  own: SeriesPointInput | undefined,
  inputs: readonly (SeriesPointInput | undefined)[],
): DerivedPoint {
  const status = STATUS_PRECEDENCE.find((s) => inputs.some((p) => p?.status === s));
  const sources = inputs.flatMap((p) => (p?.source == null ? [] : [p.source]));
  return {
    period,
    t: timeOf(period),
    value,
    published: own?.value ?? null,
    ...(status === undefined ? {} : { status }),
    source: own?.source ?? null,
    inputs: [...new Set(sources)],
  };
}

/** 10 significant digits hide binary noise (6.1 − 4.6 → 1.5, not 1.4999999999999996). */
function roundSignificant(value: number): number | null {
  return Number.isFinite(value) ? Number(value.toPrecision(10)) : null;
}

/** Month number of a period's start and end, so a range and points of any frequency compare exactly. */
function monthSpan(period: string): { start: number; end: number } | null {
  const p = parsePeriod(period);
  if (!p) return null;
  if (p.frequency === 'year') return { start: p.year * 12, end: p.year * 12 + 12 };
  if (p.frequency === 'quarter') {
    const start = p.year * 12 + (p.sub - 1) * 3;
    return { start, end: start + 3 };
  }
  const start = p.year * 12 + p.sub - 1;
  return { start, end: start + 1 };
}

/**
 * Inclusive range of periods at any frequency: a point is kept when its period overlaps
 * [start of `from`, end of `to`], so `to=2023` keeps 2023-12 and `from=2023-06` keeps 2023.
 * A bound that does not parse is ignored, as the address contract asks.
 */
function rangePredicate(from: string | undefined, to: string | undefined): (period: string) => boolean {
  const lo = from === undefined ? undefined : monthSpan(from)?.start;
  const hi = to === undefined ? undefined : monthSpan(to)?.end;
  return (period) => {
    const span = monthSpan(period);
    if (!span) return false;
    return (lo === undefined || span.end > lo) && (hi === undefined || span.start < hi);
  };
}
