import type { ChartInputPoint, ChartInputSeries } from './chart-data';
import type { Dataset, Indicator, Text } from './schema';
import { applyTransform, type DerivedPoint, type Transform, type TransformResult } from './transforms';

// Selection and transform of one indicator into the series a chart or table shows. Plain
// functions, so the numbers can be tested without drawing anything.

export type SeriesPoint = DerivedPoint & ChartInputPoint & { note?: Text | undefined };

export interface IndicatorSeries {
  result: TransformResult;
  series: ChartInputSeries<SeriesPoint>[];
}

export function regionIndex(dataset: Dataset): Map<string, number> {
  return new Map(dataset.regions.map((r, i) => [r.id, i]));
}

export function indicatorSeries(
  dataset: Dataset,
  indicator: Indicator,
  label: (regionId: string, vsRegionId?: string) => string,
  opts: { transform?: Transform; regions?: string[]; from?: string; to?: string; base?: string; vs?: string } = {},
): IndicatorSeries {
  const result = applyTransform(indicator, opts.transform ?? 'published', opts);
  const order = regionIndex(dataset);
  const notes = new Map<string, Text>();
  for (const s of indicator.series) for (const p of s.points) if (p.note) notes.set(`${s.region}@${p.period}`, p.note);
  return {
    result,
    series: result.series.map((s) => ({
      key: s.key,
      styleIndex: order.get(s.region) ?? 0,
      label: label(s.region, s.vsRegion),
      points: s.points.map((p) => ({ ...p, note: result.applied === 'published' ? notes.get(`${s.region}@${p.period}`) : undefined })),
    })),
  };
}
