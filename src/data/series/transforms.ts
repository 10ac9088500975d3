// Views of an indicator's numbers that its `kind` allows (dataset format, "kind": rate, stock,
// flow, level). Every derived value is computed only from published values;
// whenever an input is missing or null the result is null, drawn as a gap, never a guess.
// Input types are structural and local so this module does not depend on the dataset schema.

import {
  comparePeriods,
  inStrictTimeOrder,
  parsePeriod,
  periodIn,
  periodToString,
  previousPeriod,
  timeOf,
  type Frequency,
} from '../../lib/periods';

export const TRANSFORMS = ['published', 'additions', 'running-total', 'change', 'index', 'gap', 'two-year-average', 'rank'] as const;
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
  /**
   * For a rank (the value): how many regions were ranked at this period, and the places moved
   * up since the period before (−1: one place down); null where that cannot be compared.
   */
  rank?: { of: number; change: number | null } | undefined;
}

export interface DerivedSeries {
  key: string;
  region: string;
  /** For a gap: the region subtracted. */
  vsRegion?: string;
  points: DerivedPoint[];
}

export type UnitKind = 'as-published' | 'percent' | 'percentage-points' | 'index' | 'rank';

/** A change of coverage or method (口径调整): from `period` on, values are not comparable with earlier ones. */
export interface BreakInput {
  /** Absent: every series of the indicator. */
  region?: string | undefined;
  period: string;
}

export interface TransformOptions {
  base?: string | undefined;
  vs?: string | undefined;
  regions?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** The indicator's breaks: no transform compares two periods across one. */
  breaks?: readonly BreakInput[] | undefined;
  /** Regions that stand for the whole (全国): never ranked. */
  aggregates?: readonly string[] | undefined;
}

/** Fewer regions than this make no ranking worth the name. */
export const RANK_MIN_REGIONS = 3;

export interface TransformResult {
  /** The transform actually applied: `published` when the requested one does not fit the kind. */
  applied: Transform;
  series: DerivedSeries[];
  unitKind: UnitKind;
  base?: string;
  vs?: string;
}

const BY_KIND: Record<IndicatorKind, readonly Transform[]> = {
  rate: ['published', 'gap', 'two-year-average'],
  stock: ['published', 'additions', 'change'],
  flow: ['published', 'running-total'],
  level: ['published', 'change', 'index'],
};

/**
 * The transforms that make sense for an indicator, in display order. A gap needs a second
 * region to subtract. A running total of year-to-date (cumulative) values would count each
 * month again in every later month, so it is not offered for them. A rank needs a period where
 * enough regions that are not aggregates have a value (`rankingPossible`).
 */
export function availableTransforms(kind: IndicatorKind, regionCount: number, cumulative = false, rankable = false): Transform[] {
  const own = BY_KIND[kind].filter(
    (t) => !(t === 'gap' && regionCount < 2) && !(t === 'running-total' && cumulative),
  );
  return rankable ? [...own, 'rank'] : own;
}

/** Every transform an indicator's kind could give, ranked or not: what a control lists. */
export function kindTransforms(kind: IndicatorKind): Transform[] {
  return [...BY_KIND[kind], 'rank'];
}

/**
 * How many regions that are not aggregates have a value at the period where most do; the count
 * stops at `enough` when given (whether a ranking is possible is known after a few regions).
 */
export function rankableRegions(indicator: IndicatorInput, aggregates: readonly string[] = [], enough = Number.POSITIVE_INFINITY): number {
  const skip = new Set(aggregates);
  const counts = new Map<string, number>();
  let most = 0;
  for (const s of indicator.series) {
    if (skip.has(s.region)) continue;
    for (const p of s.points) {
      if (p.value === null) continue;
      const n = (counts.get(p.period) ?? 0) + 1;
      counts.set(p.period, n);
      if (n > most) most = n;
      if (most >= enough) return most;
    }
  }
  return most;
}

export function rankingPossible(indicator: IndicatorInput, aggregates: readonly string[] = []): boolean {
  return rankableRegions(indicator, aggregates, RANK_MIN_REGIONS) >= RANK_MIN_REGIONS;
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
  const key = JSON.stringify([transform, opts.base, opts.vs, opts.regions, opts.from, opts.to, opts.breaks, opts.aggregates]);
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
  const rankable = transform === 'rank' && rankingPossible(indicator, opts.aggregates);
  const available = availableTransforms(indicator.kind, indicator.series.length, indicator.cumulative, rankable);
  const applied: Transform = available.includes(transform) ? transform : 'published';
  const selected = selectSeries(indicator.series, opts.regions);
  const breaks = opts.breaks ?? [];
  // The range is applied after transforming, so the first visible period's additions or
  // change still use the period before it, and a running total does not restart at `from`.
  const visible = rangePredicate(opts.from, opts.to);
  const clip = (series: DerivedSeries[]): DerivedSeries[] =>
    series.map((s) => ({ ...s, points: s.points.filter((p) => visible(p.period)) }));

  switch (applied) {
    case 'rank': {
      const aggregates = new Set(opts.aggregates ?? []);
      const ranked = indicator.series.filter((s) => !aggregates.has(s.region));
      const shown = selected.filter((s) => !aggregates.has(s.region));
      // Every region's break moves every other region's place: a rank change across any of them
      // compares two different rankings.
      const anyBreak = breakCheck(breaks.filter((b) => b.region === undefined || ranked.some((s) => s.region === b.region)), undefined);
      return { applied, unitKind: 'rank', series: clip(rankSeries(ranked, shown.length > 0 ? shown : ranked, anyBreak)) };
    }
    case 'gap': {
      const vs = resolveVs(opts.vs, indicator.series, selected);
      const series = selected
        .filter((s) => s.region !== vs.region)
        .map((s) => gapSeries(s, vs));
      return { applied, unitKind: 'percentage-points', series: clip(series), vs: vs.region };
    }
    default: {
      const { rule, unitKind, base } = seriesRule(applied, indicator, selected, opts);
      const series = selected.map((s): DerivedSeries => {
        const points = ordered(s.points);
        return { key: s.region, region: s.region, points: points.map(rule(points, s)) };
      });
      return { applied, unitKind, series: clip(series), ...(base === undefined ? {} : { base }) };
    }
  }
}

/**
 * For the transforms computed series by series: the rule that derives each point of one series
 * from its chronological points. A rule is called on the points in order (a running total keeps
 * its sum), so the full transform and `transformGivesValue` share one definition.
 */
type SeriesRule = (points: readonly SeriesPointInput[], series: SeriesInput) => PointRule;

function seriesRule(
  applied: Exclude<Transform, 'rank' | 'gap'>,
  indicator: IndicatorInput,
  selected: readonly SeriesInput[],
  opts: TransformOptions,
): { rule: SeriesRule; unitKind: UnitKind; base?: string | undefined } {
  const breaks = opts.breaks ?? [];
  const crossing = (region: string) => breakCheck(breaks, region);
  switch (applied) {
    case 'published':
      return { unitKind: 'as-published', rule: () => (p) => derivedPoint(p.period, p.value, p, [p]) };
    case 'additions':
      return { unitKind: 'as-published', rule: (points, s) => additionRule(points, crossing(s.region)) };
    case 'running-total':
      return { unitKind: 'as-published', rule: () => runningTotalRule() };
    case 'change':
      return { unitKind: 'percent', rule: (points, s) => changeRule(points, crossing(s.region)) };
    case 'two-year-average':
      return { unitKind: 'percent', rule: (points, s) => twoYearAverageRule(points, crossing(s.region)) };
    case 'index': {
      const base = resolveBase(opts.base, indicator.frequency, selected);
      return { unitKind: 'index', base, rule: (points, s) => indexRule(points, base, crossing(s.region)) };
    }
  }
}

/**
 * Whether `applyTransform(indicator, transform, opts)` would give at least one finite value, found
 * without computing it all: each series is derived point by point and the search stops at the
 * first number. For a control that offers only the transforms that show something: on a
 * 120,000-month series or 1,000 regions, computing every transform in full to ask this froze the
 * page for seconds (issue 14).
 */
export function transformGivesValue(indicator: IndicatorInput, transform: Transform, opts: TransformOptions = {}): boolean {
  const rankable = transform === 'rank' && rankingPossible(indicator, opts.aggregates);
  const available = availableTransforms(indicator.kind, indicator.series.length, indicator.cumulative, rankable);
  if (!available.includes(transform)) return false;
  const selected = selectSeries(indicator.series, opts.regions);
  const visible = rangePredicate(opts.from, opts.to);
  const finite = (p: DerivedPoint) => p.value !== null && Number.isFinite(p.value) && visible(p.period);
  if (transform === 'rank') return applyTransform(indicator, transform, opts).series.some((s) => s.points.some(finite));
  if (transform === 'gap') {
    const vs = resolveVs(opts.vs, indicator.series, selected);
    const other = indexByPeriod(vs.points);
    // A gap has a value only where the region itself has one, so its own periods suffice.
    return selected.some(
      (s) => s.region !== vs.region && s.points.some((a) => parsePeriod(a.period) !== null && finite(gapPoint(a.period, a, other.get(a.period)))),
    );
  }
  const { rule } = seriesRule(transform, indicator, selected, opts);
  return selected.some((s) => {
    const points = ordered(s.points);
    const derive = rule(points, s);
    return points.some((p, i) => finite(derive(p, i)));
  });
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

/** Whether comparing period `a` with a later period `b` crosses a break. */
type Crossing = (a: string, b: string) => boolean;

/**
 * The check for one region's series (a break without a region applies to every series; region
 * undefined: every break counts). A break at `p` separates every period before p from p and after.
 */
export function breakCheck(breaks: readonly BreakInput[], region: string | undefined): Crossing {
  const times = breaks.filter((b) => region === undefined || b.region === undefined || b.region === region).map((b) => timeOf(b.period));
  if (times.length === 0) return () => false;
  // Periods repeat across series and checks: each is parsed once.
  const known = new Map<string, number>();
  const at = (period: string) => {
    let t = known.get(period);
    if (t === undefined) {
      t = timeOf(period);
      known.set(period, t);
    }
    return t;
  };
  return (a, b) => {
    const ta = at(a);
    const tb = at(b);
    const lo = Math.min(ta, tb);
    const hi = Math.max(ta, tb);
    return times.some((t) => lo < t && t <= hi);
  };
}

// A series' chronological order, worked out once per points array (the dataset is never changed
// in place): every transform, every region toggle and every check starts from it.
const ORDERED = new WeakMap<readonly SeriesPointInput[], readonly SeriesPointInput[]>();

/**
 * Chronological order; a period that does not parse has no place on the axis and is left out.
 * Callers treat the result as read-only (it is the points array itself when already in order).
 */
function ordered(points: readonly SeriesPointInput[]): readonly SeriesPointInput[] {
  const known = ORDERED.get(points);
  if (known) return known;
  const result = inStrictTimeOrder(points, (p) => p.period) ? points : points.filter((p) => parsePeriod(p.period) !== null).sort((a, b) => comparePeriods(a.period, b.period));
  ORDERED.set(points, result);
  return result;
}

/** Derives the point at index `i` of the series' chronological points. */
type PointRule = (p: SeriesPointInput, i: number) => DerivedPoint;

/** Stock: value minus the value of the calendar-previous period, which must be present. */
function additionRule(points: readonly SeriesPointInput[], crosses: Crossing): PointRule {
  const before = previousLookup(points);
  return (p, i) => {
    const prev = comparable(before(p, i), p, crosses);
    const value = p.value !== null && prev?.value != null ? roundSignificant(p.value - prev.value) : null;
    return derivedPoint(p.period, value, p, [p, prev]);
  };
}

/**
 * Flow: cumulative sum over the periods present. A null value makes that point null and every
 * later total null too: the sum is unknown from then on, and restarting after the gap would
 * show a total too small without saying so. Each total rests on every point before it: their
 * sources and the strongest status among them are carried along, so a long series costs one
 * pass (as many steps per point as it has distinct sources), not a pass per point.
 */
function runningTotalRule(): PointRule {
  let total: number | null = 0;
  let status: PointStatus | undefined;
  const sources: string[] = [];
  return (p) => {
    total = total === null || p.value === null ? null : total + p.value;
    const rank = p.status === undefined ? -1 : STATUS_PRECEDENCE.indexOf(p.status);
    if (rank >= 0 && (status === undefined || rank < STATUS_PRECEDENCE.indexOf(status))) status = p.status;
    if (p.source != null && !sources.includes(p.source)) sources.push(p.source);
    return {
      period: p.period,
      t: timeOf(p.period),
      value: total === null ? null : roundSignificant(total),
      published: p.value,
      ...(status === undefined ? {} : { status }),
      source: p.source,
      inputs: [...sources],
    };
  };
}

/**
 * Percent change from the calendar-previous period. Null when that period is missing or its
 * value is not positive: from zero it is undefined, and from a negative value its sign misleads.
 */
function changeRule(points: readonly SeriesPointInput[], crosses: Crossing): PointRule {
  const before = previousLookup(points);
  return (p, i) => {
    const prev = comparable(before(p, i), p, crosses);
    const value =
      p.value !== null && prev?.value != null && prev.value > 0 ? roundSignificant((p.value / prev.value - 1) * 100) : null;
    return derivedPoint(p.period, value, p, [p, prev]);
  };
}

/**
 * Value relative to the base period's value = 100; no usable base value means no index at all,
 * and a period on the other side of a break from the base has none either.
 */
function indexRule(points: readonly SeriesPointInput[], base: string | undefined, crosses: Crossing): PointRule {
  const basePoint = base === undefined ? undefined : points.find((p) => p.period === base);
  const baseValue = basePoint?.value ?? null;
  return (p) => {
    const usable = baseValue !== null && baseValue > 0 && base !== undefined && !crosses(base, p.period);
    const value = p.value !== null && usable ? roundSignificant((p.value / baseValue) * 100) : null;
    return derivedPoint(p.period, value, p, [p, basePoint]);
  };
}

/**
 * Rate: the two-year average growth (两年平均增速) √((1 + r)(1 + r₋₁)) − 1, rates in percent,
 * with r₋₁ the rate of the same period a year earlier (the same month of a year-to-date series).
 * Null where that period is missing or null, or a break lies between the two.
 */
function twoYearAverageRule(points: readonly SeriesPointInput[], crosses: Crossing): PointRule {
  const byPeriod = indexByPeriod(points);
  return (p) => {
    const earlier = comparable(byPeriod.get(yearEarlier(p.period)), p, crosses);
    const product = p.value !== null && earlier?.value != null ? (1 + p.value / 100) * (1 + earlier.value / 100) : null;
    // A fall of 100% or more has no real square root: no average growth to speak of.
    const value = product !== null && product > 0 ? roundSignificant((Math.sqrt(product) - 1) * 100) : null;
    return derivedPoint(p.period, value, p, [p, earlier]);
  };
}

/** The same period one year earlier: 2023 → 2022, 2023-Q2 → 2022-Q2, 2023-06 → 2022-06. */
function yearEarlier(period: string): string {
  const p = parsePeriod(period);
  return p ? periodToString({ ...p, year: p.year - 1 }) : period;
}

/**
 * Each shown region's place among the ranked ones (1 = highest; ties share the place, the
 * next place skipped: 1, 2, 2, 4), at every period where at least RANK_MIN_REGIONS of them have
 * a value; with the places moved since the calendar-previous period.
 */
function rankSeries(ranked: readonly SeriesInput[], shown: readonly SeriesInput[], crosses: Crossing): DerivedSeries[] {
  const values = new Map<string, number[]>();
  const sources = new Map<string, Set<string>>();
  for (const s of ranked) {
    for (const p of s.points) {
      if (p.value === null) continue;
      let list = values.get(p.period);
      if (!list) {
        list = [];
        values.set(p.period, list);
        sources.set(p.period, new Set());
      }
      list.push(p.value);
      if (p.source !== null) sources.get(p.period)!.add(p.source);
    }
  }
  // Per period once: the values from highest to lowest, so a place is one search, not a count.
  const descending = new Map<string, number[]>();
  for (const [period, list] of values) if (list.length >= RANK_MIN_REGIONS && parsePeriod(period) !== null) descending.set(period, list.sort((a, b) => b - a));
  const placeOf = (period: string, value: number | null): { place: number; of: number } | null => {
    const list = value === null ? undefined : descending.get(period);
    if (!list || value === null) return null;
    // The first index holding a value not above this one: the count of higher values.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! > value) lo = mid + 1;
      else hi = mid;
    }
    return { place: lo + 1, of: list.length };
  };
  return shown.map((s) => {
    const points = ordered(s.points);
    const byPeriod = indexByPeriod(points);
    return {
      key: s.region,
      region: s.region,
      points: points.map((p) => {
        const here = placeOf(p.period, p.value);
        const prevPeriod = previousPeriod(p.period);
        const prev = prevPeriod === null || !here || crosses(prevPeriod, p.period) ? null : placeOf(prevPeriod, byPeriod.get(prevPeriod)?.value ?? null);
        // The place rests on every ranked value of the period, so all their sources are cited;
        // the status is the region's own, or nearly every place would carry another region's flag.
        const derived = derivedPoint(p.period, here?.place ?? null, p, [p]);
        derived.inputs = [...(sources.get(p.period) ?? [])];
        return here ? { ...derived, rank: { of: here.of, change: prev ? prev.place - here.place : null } } : derived;
      }),
    };
  });
}

/** The earlier point, unless a break lies between it and `p`. */
function comparable(earlier: SeriesPointInput | undefined, p: SeriesPointInput, crosses: Crossing): SeriesPointInput | undefined {
  return earlier && !crosses(earlier.period, p.period) ? earlier : undefined;
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
    points: periods.map((period) => gapPoint(period, own.get(period), other.get(period))),
  };
}

function gapPoint(period: string, a: SeriesPointInput | undefined, b: SeriesPointInput | undefined): DerivedPoint {
  const value = a?.value != null && b?.value != null ? roundSignificant(a.value - b.value) : null;
  return derivedPoint(period, value, a, [a, b]);
}

function indexByPeriod(points: readonly SeriesPointInput[]): Map<string, SeriesPointInput> {
  return new Map(points.map((p) => [p.period, p]));
}

/**
 * The point of the calendar-previous period, for the point at index `i` of chronological
 * points: the one just before it when that is of the previous period (the usual case), else
 * found by a binary search of the times — the same point `indexByPeriod` would give (the last
 * of that period), without a map of every period string of a 120,000-month series.
 */
function previousLookup(points: readonly SeriesPointInput[]): (p: SeriesPointInput, i: number) => SeriesPointInput | undefined {
  return (p, i) => {
    const prev = previousPeriod(p.period);
    if (prev === null) return undefined;
    // Points are in order and `p` is of a later period, so the one just before it is the last of its own.
    const neighbour = points[i - 1];
    if (neighbour?.period === prev) return neighbour;
    return lastOfPeriod(points, prev);
  };
}

/** The last of chronological points whose period is `period`, by binary search on time. */
function lastOfPeriod(points: readonly SeriesPointInput[], period: string): SeriesPointInput | undefined {
  const t = timeOf(period);
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeOf(points[mid]!.period) <= t) lo = mid + 1;
    else hi = mid;
  }
  // Periods of another frequency may share the time (2023 and 2023-01): only the same text counts.
  for (let j = lo - 1; j >= 0 && timeOf(points[j]!.period) === t; j--) if (points[j]!.period === period) return points[j];
  return undefined;
}

// When inputs differ in status the output takes the first of these that any input has.
const STATUS_PRECEDENCE: readonly PointStatus[] = ['approximate', 'derived', 'provisional', 'shortlist'];

function derivedPoint(
  period: string,
  value: number | null,
  own: SeriesPointInput | undefined,
  inputs: readonly (SeriesPointInput | undefined)[],
): DerivedPoint {
  // One pass over the (two or three) inputs: the status of highest precedence any of them has,
  // and their sources, each once, in order. Called for every point of every transform.
  let rank = STATUS_PRECEDENCE.length;
  const sources: string[] = [];
  for (const p of inputs) {
    if (p === undefined) continue;
    if (p.status !== undefined) {
      const r = STATUS_PRECEDENCE.indexOf(p.status);
      if (r >= 0 && r < rank) rank = r;
    }
    if (p.source != null && !sources.includes(p.source)) sources.push(p.source);
  }
  const status = STATUS_PRECEDENCE[rank];
  return {
    period,
    t: timeOf(period),
    value,
    published: own?.value ?? null,
    ...(status === undefined ? {} : { status }),
    source: own?.source ?? null,
    inputs: sources,
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
