import type { Dataset, Indicator } from '../dataset/schema';
import { applyTransform, TRANSFORMS, type Transform } from '../series/transforms';
import { transformUnit, unitKey } from '../series/transform-unit';
import type { FigureEntry } from './figure-model';
import { indicatorTransforms, resolveFigureSettings, type ChartKind, type FigureParams } from './figure-settings';

// Which indicators the compare view shows, how they share axes, and the settings each gets.

export interface CompareSelection {
  /** Known ids, in address order, each once. */
  ids: string[];
  /** Ids the address names that the dataset does not have, to be reported, not guessed at. */
  unknown: string[];
}

export function readCompareIds(asked: readonly string[] | undefined, known: ReadonlySet<string>): CompareSelection {
  const ids = [...new Set(asked ?? [])];
  return { ids: ids.filter((id) => known.has(id)), unknown: ids.filter((id) => !known.has(id)) };
}

export interface ComparePlan {
  /** 'shared': one chart, one value axis; 'multiples': one chart per indicator on one time span. */
  layout: 'shared' | 'multiples';
  /** The charts: all entries in one, or one entry each. */
  charts: FigureEntry[][];
  /** The span every multiple is drawn over, so a period sits at the same x in each. */
  timeDomain: [number, number] | undefined;
}

/** Each indicator with the shared settings, as far as they fit it; the chart type is one for all. */
export function compareEntries(dataset: Dataset, indicators: readonly Indicator[], params: FigureParams): FigureEntry[] {
  const type: ChartKind = params.type ?? 'line';
  return indicators.map((indicator) => ({ indicator, settings: { ...resolveFigureSettings(params, indicator, dataset), type } }));
}

/**
 * One shared value axis only when every indicator's numbers are in the same unit after their
 * transforms; otherwise small multiples, one axis each, rather than two unlabeled scales over one another.
 */
export function compareLayout(unitKeys: readonly string[]): ComparePlan['layout'] {
  return unitKeys.length > 0 && unitKeys.every((k) => k === unitKeys[0]) ? 'shared' : 'multiples';
}

export function comparePlan(entries: readonly FigureEntry[]): ComparePlan {
  const keys = entries.map(({ indicator, settings }) => {
    const { unitKind } = applyTransform(indicator, settings.transform, settings);
    return unitKey(unitKind, transformUnit(unitKind, indicator.unit));
  });
  if (compareLayout(keys) === 'shared') return { layout: 'shared', charts: entries.length > 0 ? [[...entries]] : [], timeDomain: undefined };
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const { indicator, settings } of entries) {
    for (const s of applyTransform(indicator, settings.transform, settings).series) {
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      if (first) lo = Math.min(lo, first.t);
      if (last) hi = Math.max(hi, last.t);
    }
  }
  return { layout: 'multiples', charts: entries.map((e) => [e]), timeDomain: hi >= lo ? [lo, hi] : undefined };
}

/** Transforms that at least one compared indicator can show, in display order. */
export function compareTransforms(indicators: readonly Indicator[], dataset: Dataset): Transform[] {
  return TRANSFORMS.filter((t) => indicators.some((i) => indicatorTransforms(i, dataset).includes(t)));
}
