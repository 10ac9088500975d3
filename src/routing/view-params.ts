import type { Dataset, Indicator } from '../data/schema';
import { availableTransforms, TRANSFORMS, type Transform } from '../data/transforms';
import { parsePeriod } from '../data/periods';

// View settings of the indicator, compare, embed and present views, read from the address
// (contract: every setting a user can change is in the hash). Reading never fails: an unknown
// or invalid value falls back to its default, so a mangled link still opens a sensible view.

export type ChartKind = 'line' | 'bar' | 'area';
export type Scale = 'linear' | 'log';
export type DataView = 'chart' | 'table';

/** What the address says, checked for form only. */
export interface RawViewParams {
  view: DataView | undefined;
  regions: string[] | undefined;
  from: string | undefined;
  to: string | undefined;
  transform: Transform | undefined;
  base: string | undefined;
  vs: string | undefined;
  scale: Scale | undefined;
  type: ChartKind | undefined;
}

/** The settings in force for one indicator, after checking them against it. */
export interface ViewSettings {
  view: DataView;
  /** Selected regions in dataset order; never empty. */
  regions: string[];
  from: string | undefined;
  to: string | undefined;
  transform: Transform;
  base: string | undefined;
  vs: string | undefined;
  scale: Scale;
  type: ChartKind;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function period(value: string | null): string | undefined {
  return value && parsePeriod(value) ? value : undefined;
}

export function readViewParams(params: URLSearchParams): RawViewParams {
  const regions = params
    .get('regions')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    view: oneOf(params.get('view'), ['chart', 'table'] as const),
    regions: regions && regions.length > 0 ? regions : undefined,
    from: period(params.get('from')),
    to: period(params.get('to')),
    transform: oneOf(params.get('transform'), TRANSFORMS),
    base: period(params.get('base')),
    vs: params.get('vs') || undefined,
    scale: oneOf(params.get('scale'), ['linear', 'log'] as const),
    type: oneOf(params.get('type'), ['line', 'bar', 'area'] as const),
  };
}

export function defaultChartKind(indicator: Indicator): ChartKind {
  return indicator.kind === 'flow' ? 'bar' : 'line';
}

/** Checks the address's settings against one indicator; what does not fit falls back. */
export function resolveViewSettings(raw: RawViewParams, indicator: Indicator, dataset: Dataset): ViewSettings {
  const present = new Set(indicator.series.map((s) => s.region));
  const ordered = dataset.regions.map((r) => r.id).filter((id) => present.has(id));
  const chosen = raw.regions ? ordered.filter((id) => raw.regions!.includes(id)) : [];
  const regions = chosen.length > 0 ? chosen : ordered;
  const allowed = availableTransforms(indicator.kind, indicator.series.length, indicator.cumulative);
  const transform = raw.transform && allowed.includes(raw.transform) ? raw.transform : 'published';
  const vs = transform === 'gap' && raw.vs && present.has(raw.vs) ? raw.vs : undefined;
  return {
    view: raw.view ?? 'chart',
    regions,
    from: raw.from,
    to: raw.to,
    transform,
    base: transform === 'index' ? raw.base : undefined,
    vs,
    scale: raw.scale ?? 'linear',
    type: raw.type ?? defaultChartKind(indicator),
  };
}

/**
 * The address parameters for a set of settings, leaving out defaults so links stay short.
 * Pass the result to `withParams` (routing/route.ts).
 */
export function viewSettingsToParams(settings: ViewSettings, indicator: Indicator, dataset: Dataset): Record<string, string | undefined> {
  const defaults = resolveViewSettings(readViewParams(new URLSearchParams()), indicator, dataset);
  const same = (a: string | undefined, b: string | undefined) => a === b;
  return {
    view: same(settings.view, defaults.view) ? undefined : settings.view,
    regions: settings.regions.join(',') === defaults.regions.join(',') ? undefined : settings.regions.join(','),
    from: settings.from,
    to: settings.to,
    transform: same(settings.transform, defaults.transform) ? undefined : settings.transform,
    base: settings.base,
    vs: settings.vs,
    scale: same(settings.scale, defaults.scale) ? undefined : settings.scale,
    type: same(settings.type, defaults.type) ? undefined : settings.type,
  };
}
