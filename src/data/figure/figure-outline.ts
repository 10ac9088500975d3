import type { Dataset, PointStatus } from '../dataset/schema';
import type { FigureEntry } from './figure-model';

// What a figure of values as published says before its points are computed: its series, the
// statuses of its points and its sources, read straight off the indicator. The overview draws
// forty charts of many long series; each computes its figure model only as it nears the
// viewport, while its frame (legend, key, sources) is complete from the start. For values as
// published these are exactly what the model gives; a transformed figure uses its model.

export interface FigureOutline {
  series: { key: string; region: string; styleIndex: number }[];
  statuses: PointStatus[];
  sources: string[];
}

const STATUS_ORDER: readonly PointStatus[] = ['derived', 'approximate', 'shortlist', 'provisional'];

export function figureOutline(dataset: Dataset, { indicator, settings }: FigureEntry): FigureOutline {
  const order = new Map(dataset.regions.map((r, i) => [r.id, i]));
  const chosen = new Set(settings.regions);
  const picked = indicator.series.filter((s) => chosen.has(s.region));
  const statuses = new Set<PointStatus>();
  const sources = new Set<string>();
  for (const s of picked) {
    for (const p of s.points) {
      if (p.status) statuses.add(p.status);
      if (p.source !== null) sources.add(p.source);
    }
  }
  return {
    series: picked
      .map((s) => ({ key: `${indicator.id}__${s.region}`, region: s.region, styleIndex: order.get(s.region) ?? 0 }))
      .sort((a, b) => a.styleIndex - b.styleIndex),
    statuses: STATUS_ORDER.filter((s) => statuses.has(s)),
    sources: [...sources],
  };
}
