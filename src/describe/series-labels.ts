import type { Dataset } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import { localText, type Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { regionName } from './summary';

/**
 * The name of each series of a figure, by series key: the region (a gap: "四川减全国"); in a
 * chart of several indicators, the indicator's short name, with the region when it has several.
 */
export function seriesLabels(dataset: Dataset, model: FigureModel, lang: Lang): Map<string, string> {
  const m = MESSAGES[lang];
  const several = model.entries.length > 1;
  const perIndicator = new Map<string, number>();
  for (const s of model.series) perIndicator.set(s.indicatorId, (perIndicator.get(s.indicatorId) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const s of model.series) {
    const region = s.vsRegion ? m.explorer.gapLabel(regionName(dataset, s.region, lang), regionName(dataset, s.vsRegion, lang)) : regionName(dataset, s.region, lang);
    if (!several) {
      labels.set(s.key, region);
      continue;
    }
    const indicator = model.entries.find((e) => e.indicator.id === s.indicatorId)?.indicator;
    const short = indicator ? localText(indicator.shortName ?? indicator.name, lang) : s.indicatorId;
    labels.set(s.key, (perIndicator.get(s.indicatorId) ?? 0) > 1 ? `${short} · ${region}` : short);
  }
  return labels;
}
