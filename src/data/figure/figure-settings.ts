import type { Dataset, Indicator } from '../dataset/schema';
import { availableTransforms, kindTransforms, rankableRegions, rankingPossible, transformGivesValue, type BreakInput, type Transform } from '../series/transforms';
import type { ValueScale } from './value-axis';
import { inStrictTimeOrder, timeOf } from '../../lib/periods';

// The settings of one chart: which regions, which span, which transform, which kind of drawing.
// The address carries them (routing/route-params.ts reads their form); here they are checked
// against one indicator, and what does not fit it falls back to its default, so a mangled or
// borrowed link still opens a sensible chart.

export type ChartKind = 'line' | 'bar' | 'area';
export const CHART_KINDS: readonly ChartKind[] = ['line', 'bar', 'area'];
export const VALUE_SCALES: readonly ValueScale[] = ['linear', 'log'];

/** What an address says about a chart, checked for form only. */
export interface FigureParams {
  regions?: readonly string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  transform?: Transform | undefined;
  base?: string | undefined;
  vs?: string | undefined;
  scale?: ValueScale | undefined;
  type?: ChartKind | undefined;
}

/** The settings in force for one indicator. */
export interface FigureSettings {
  /** Selected regions in dataset order; never empty. */
  regions: string[];
  from: string | undefined;
  to: string | undefined;
  transform: Transform;
  base: string | undefined;
  vs: string | undefined;
  scale: ValueScale;
  type: ChartKind;
  /** The indicator's breaks in series (口径调整), which every comparing transform respects. */
  breaks?: readonly BreakInput[] | undefined;
  /** Regions of the dataset that stand for the whole: never ranked. */
  aggregates?: readonly string[] | undefined;
}

/** What the dataset says about an indicator beyond its own numbers: its breaks, and which regions are totals. */
export function transformContext(indicator: Indicator, dataset: Dataset): { breaks: BreakInput[]; aggregates: string[] } {
  return {
    breaks: (dataset.breaks ?? []).filter((b) => b.indicator === indicator.id).map((b) => (b.region === undefined ? { period: b.period } : { region: b.region, period: b.period })),
    aggregates: dataset.regions.filter((r) => r.aggregate === true).map((r) => r.id),
  };
}

/** The transforms an indicator offers in this dataset: those its kind allows that give at least one value. */
export function indicatorTransforms(indicator: Indicator, dataset: Dataset): Transform[] {
  return transformChoices(indicator, dataset).offered;
}

/**
 * Why a transform the indicator's kind lists cannot be offered: a rank with too few regions
 * (how many there are), a gap with one region, a running total of year-to-date values, or a
 * transform that, tried on the indicator's numbers, gives no value at all (a change of
 * 规模以上工业企业数 published for 2016, 2021, 2023 and 2025: no two neighbouring years).
 */
export type TransformRefusal =
  | { transform: Transform; reason: 'rank-regions'; regions: number }
  | { transform: Transform; reason: 'one-region' | 'cumulative' | 'no-value' };

export interface TransformChoices {
  /** In display order; always starts with `published`. */
  offered: Transform[];
  refused: TransformRefusal[];
}

const CHOICES = new WeakMap<Indicator, TransformChoices>();

/**
 * Every transform of the indicator's kind, offered or refused with its reason. A transform is
 * offered only when applying it to the indicator's series gives at least one number, so the
 * control never leads to an empty chart. Worked out once per indicator.
 */
export function transformChoices(indicator: Indicator, dataset: Dataset): TransformChoices {
  const known = CHOICES.get(indicator);
  if (known) return known;
  const context = transformContext(indicator, dataset);
  const structural = availableTransforms(indicator.kind, indicator.series.length, indicator.cumulative, rankingPossible(indicator, context.aggregates));
  const offered: Transform[] = [];
  const refused: TransformRefusal[] = [];
  for (const transform of kindTransforms(indicator.kind)) {
    if (!structural.includes(transform)) {
      if (transform === 'rank') refused.push({ transform, reason: 'rank-regions', regions: rankableRegions(indicator, context.aggregates) });
      else refused.push({ transform, reason: transform === 'gap' ? 'one-region' : 'cumulative' });
    } else if (transform === 'published' || transform === 'rank' || transformGivesValue(indicator, transform, context)) {
      offered.push(transform);
    } else {
      refused.push({ transform, reason: 'no-value' });
    }
  }
  const choices = { offered, refused };
  CHOICES.set(indicator, choices);
  return choices;
}

export function defaultChartKind(indicator: Indicator): ChartKind {
  return indicator.kind === 'flow' ? 'bar' : 'line';
}

/** The dataset's regions that have a series in any of the indicators, in dataset order (one pass each, not one per region). */
export function regionsWithSeries(dataset: Dataset, indicators: readonly Indicator[]): Dataset['regions'] {
  const present = new Set<string>();
  for (const i of indicators) for (const s of i.series) present.add(s.region);
  return dataset.regions.filter((r) => present.has(r.id));
}

/** Region ids of the indicator's series, in dataset order. */
export function indicatorRegions(indicator: Indicator, dataset: Dataset): string[] {
  const present = new Set(indicator.series.map((s) => s.region));
  return dataset.regions.flatMap((r) => (present.has(r.id) ? [r.id] : []));
}

/**
 * How many regions a chart shows before the reader picks: beyond this many lines a chart is a
 * tangle, and a thousand of them froze the page (issue 14).
 */
export const DEFAULT_REGION_LIMIT = 10;

/**
 * The regions a chart shows by default, in dataset order: all of them up to the limit; beyond
 * it the aggregates (the whole, which the others are read against) and then the first regions
 * of the dataset, which lists its regions in the order its publisher gives them.
 */
export function defaultRegions(ordered: readonly string[], aggregates: readonly string[]): string[] {
  if (ordered.length <= DEFAULT_REGION_LIMIT) return [...ordered];
  const whole = new Set(aggregates);
  const keep = new Set(ordered.filter((id) => whole.has(id)).slice(0, DEFAULT_REGION_LIMIT));
  for (const id of ordered) {
    if (keep.size >= DEFAULT_REGION_LIMIT) break;
    keep.add(id);
  }
  return ordered.filter((id) => keep.has(id));
}

export function resolveFigureSettings(params: FigureParams, indicator: Indicator, dataset: Dataset): FigureSettings {
  const ordered = indicatorRegions(indicator, dataset);
  const asked = new Set(params.regions ?? []);
  const chosen = ordered.filter((id) => asked.has(id));
  const allowed = indicatorTransforms(indicator, dataset);
  const transform = params.transform && allowed.includes(params.transform) ? params.transform : 'published';
  const context = transformContext(indicator, dataset);
  const vs = transform === 'gap' && params.vs && ordered.includes(params.vs) ? params.vs : undefined;
  return {
    regions: chosen.length > 0 ? chosen : defaultRegions(ordered, context.aggregates),
    from: params.from,
    to: params.to,
    transform,
    base: transform === 'index' ? params.base : undefined,
    vs,
    scale: params.scale ?? 'linear',
    type: params.type ?? defaultChartKind(indicator),
    ...(context.breaks.length > 0 ? { breaks: context.breaks } : {}),
    ...(context.aggregates.length > 0 ? { aggregates: context.aggregates } : {}),
  };
}

/** The settings that differ from the indicator's defaults: what a link must say, and no more. */
export function figureParamsOf(settings: FigureSettings, indicator: Indicator, dataset: Dataset): FigureParams {
  const defaults = resolveFigureSettings({}, indicator, dataset);
  const regions = settings.regions.join(',') === defaults.regions.join(',') ? undefined : settings.regions;
  return {
    regions,
    from: settings.from,
    to: settings.to,
    transform: settings.transform === defaults.transform ? undefined : settings.transform,
    base: settings.base,
    vs: settings.vs,
    scale: settings.scale === defaults.scale ? undefined : settings.scale,
    type: settings.type === defaults.type ? undefined : settings.type,
  };
}

/**
 * Periods an index can be based on: those where a selected region has a value above zero. The
 * view asks on every render; the answer is kept per indicator for the last regions asked about.
 */
export function indexBasePeriods(indicator: Indicator, settings: FigureSettings): string[] {
  const key = settings.regions.join('\n');
  const known = BASE_PERIODS.get(indicator);
  if (known?.key === key) return known.periods;
  const chosen = new Set(settings.regions);
  const periods = new Set<string>();
  for (const s of indicator.series) if (chosen.has(s.region)) for (const p of s.points) if (p.value !== null && p.value > 0) periods.add(p.period);
  const sorted = sortPeriods(periods);
  BASE_PERIODS.set(indicator, { key, periods: sorted });
  return sorted;
}

const BASE_PERIODS = new WeakMap<Indicator, { key: string; periods: string[] }>();

// Views ask for an indicator's periods on every render; a series of 120,000 months took a
// noticeable time to sort each time (issue 14), so the answer is kept per indicator.
const PERIODS = new WeakMap<Indicator, string[]>();

/** Every period of an indicator's series, oldest first (the same array for the same indicator). */
export function indicatorPeriods(indicator: Indicator): string[] {
  const known = PERIODS.get(indicator);
  if (known) return known;
  const only = indicator.series.length === 1 ? indicator.series[0]!.points : undefined;
  // One series in strict order (a 120,000-month one) has its periods already: no set of them.
  let sorted: string[];
  if (only && inStrictTimeOrder(only, (p) => p.period)) sorted = only.map((p) => p.period);
  else {
    const periods = new Set<string>();
    for (const s of indicator.series) for (const p of s.points) periods.add(p.period);
    sorted = sortPeriods(periods);
  }
  PERIODS.set(indicator, sorted);
  return sorted;
}

/** Periods oldest first, each parsed once; a list already in order (the usual case) is only read. */
function sortPeriods(periods: Iterable<string>): string[] {
  const list = [...periods];
  if (inStrictTimeOrder(list, (p) => p)) return list;
  return list
    .map((p) => ({ p, t: timeOf(p) }))
    .sort((a, b) => a.t - b.t)
    .map((x) => x.p);
}
