import type { Dataset, Indicator } from '../data/schema';
import type { TransformResult } from '../data/transforms';
import { regionIndex } from '../data/indicator-series';
import { shownUnit, summarizeChart } from '../data/summary';
import { localText, type Lang } from '../i18n/lang';
import { formatDate } from '../i18n/format-period';
import { MESSAGES } from '../i18n/messages';

// Everything written around a chart in an exported image, slide or deck, worked out once so
// the PNG, the SVG and the PowerPoint say exactly the same thing.

export interface LegendEntry {
  label: string;
  /** Position of the region in the dataset: its colour, dash and marker everywhere. */
  styleIndex: number;
}

export interface ChartText {
  title: string;
  unitLine: string;
  summary: string;
  legend: LegendEntry[];
  sources: string;
  footer: string;
}

export function chartText(dataset: Dataset, indicator: Indicator, result: TransformResult, lang: Lang): ChartText {
  const m = MESSAGES[lang];
  const regionName = (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
  const order = regionIndex(dataset);
  const shown = result.applied === 'published' ? '' : ` · ${m.explorer.shown(m.explorer.transformNames[result.applied])}`;
  const ids = new Set(result.series.flatMap((s) => s.points.flatMap((p) => p.inputs)));
  const cited = dataset.sources.filter((s) => ids.has(s.id));
  return {
    title: localText(indicator.name, lang),
    unitLine: `${m.unit}${m.punct.colon}${shownUnit(indicator, result, lang)}${indicator.cumulative ? ` · ${m.cumulative}` : ''}${shown}`,
    summary: summarizeChart(dataset, indicator, result, lang),
    legend: result.series.map((s) => ({
      label: s.vsRegion ? m.explorer.gapLabel(regionName(s.region), regionName(s.vsRegion)) : regionName(s.region),
      styleIndex: order.get(s.region) ?? 0,
    })),
    sources:
      cited.length === 0
        ? ''
        : `${m.sourcesLabel}${m.punct.colon}${cited
            .map((s) => `${localText(s.title, lang)}${s.publisher ? `${m.punct.open}${localText(s.publisher, lang)}${m.punct.close}` : ''}`)
            .join(m.punct.semicolon)}`,
    footer: `${localText(dataset.title, lang)} · ${m.updated(formatDate(dataset.updated, lang))}`,
  };
}
