import type { Dataset, PointStatus } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import { localText, type Lang } from '../i18n/lang';
import { formatDate, formatPeriod } from '../i18n/format-period';
import { MESSAGES } from '../i18n/messages';
import { seriesLabels } from './series-labels';
import { regionName, figureSummary } from './summary';
import { shownUnit } from './values';
import { citationLine, compactSources } from './citation';

// Everything written around a chart, worked out once from its figure model, so the page, the
// PNG, the SVG and the PowerPoint say exactly the same thing.

export interface LegendEntry {
  key: string;
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
  /** The key of flagged points' marks: each status the shown series contain, with its name and meaning. */
  statusKey: { status: PointStatus; label: string }[];
  /** The sources as a picture or slide has room for: the first few and how many more. */
  compactSources: string;
  /** The suggested citation line, in the interface's language. */
  citation: string;
}

/** What each entry shows, in words: 公布值, 指数（2021年=100）, 地区差距（公布值减全国）. */
export function shownMeasures(dataset: Dataset, model: FigureModel, lang: Lang): string {
  const m = MESSAGES[lang];
  const words = model.shown.map((s) => {
    let text = m.explorer.transformNames[s.transform];
    if (s.transform === 'index' && s.base) text += `${m.punct.open}${m.explorer.indexBase(formatPeriod(s.base, lang))}${m.punct.close}`;
    if (s.transform === 'gap' && s.vs) text += `${m.punct.open}${m.explorer.gapLabel(m.explorer.transformNames.published, regionName(dataset, s.vs, lang))}${m.punct.close}`;
    return text;
  });
  return [...new Set(words)].join(m.punct.listSep);
}

/**
 * 单位：% · 1月至当月累计 · 显示：公布值. The measure is named always where a reader chooses it
 * (the indicator and compare views), elsewhere only when it is not the published figure.
 */
export function unitLine(dataset: Dataset, model: FigureModel, lang: Lang, nameMeasure: 'always' | 'when-transformed' = 'when-transformed'): string {
  const m = MESSAGES[lang];
  const cumulative = model.entries.length === 1 && model.entries[0]?.indicator.cumulative ? ` · ${m.cumulative}` : '';
  const transformed = model.shown.some((s) => s.transform !== 'published');
  const measure = nameMeasure === 'always' || transformed ? ` · ${m.explorer.shown(shownMeasures(dataset, model, lang))}` : '';
  return `${m.unit}${m.punct.colon}${shownUnit(model.unit, lang, model.shown[0]?.base)}${cumulative}${measure}`;
}

/** The figure's title: the indicator's name, or the names of the indicators it compares. */
export function figureTitle(model: FigureModel, lang: Lang): string {
  return model.entries.map((e) => localText(e.indicator.name, lang)).join(MESSAGES[lang].punct.listSep);
}

export function sourcesText(dataset: Dataset, ids: readonly string[], lang: Lang): string {
  const m = MESSAGES[lang];
  const wanted = new Set(ids);
  const cited = dataset.sources.filter((s) => wanted.has(s.id));
  if (cited.length === 0) return '';
  return `${m.sourcesLabel}${m.punct.colon}${cited
    .map((s) => `${localText(s.title, lang)}${s.publisher ? `${m.punct.open}${localText(s.publisher, lang)}${m.punct.close}` : ''}`)
    .join(m.punct.semicolon)}`;
}

export function datasetFooter(dataset: Dataset, lang: Lang): string {
  return `${localText(dataset.title, lang)} · ${MESSAGES[lang].updated(formatDate(dataset.updated, lang))}`;
}

export function chartText(dataset: Dataset, model: FigureModel, lang: Lang): ChartText {
  const labels = seriesLabels(dataset, model, lang);
  return {
    title: figureTitle(model, lang),
    unitLine: unitLine(dataset, model, lang),
    summary: figureSummary(dataset, model, lang),
    legend: model.series.map((s) => ({ key: s.key, label: labels.get(s.key) ?? s.region, styleIndex: s.styleIndex })),
    sources: sourcesText(dataset, model.sources, lang),
    footer: datasetFooter(dataset, lang),
    statusKey: model.statuses.map((status) => ({ status, label: statusKeyLabel(status, lang) })),
    compactSources: compactSourcesText(dataset, model.sources, lang),
    citation: citationLine(dataset, lang, { figure: figureTitle(model, lang) }),
  };
}

/** 推算值：由其他公布数据推算，非直接公布 — a status named and explained, for keys without tooltips. */
export function statusKeyLabel(status: PointStatus, lang: Lang): string {
  const m = MESSAGES[lang];
  return `${m.statusNames[status]}${m.punct.colon}${m.statusExplain[status]}`;
}

/** 来源：A；B；C 等14个来源 — at most `limit` sources named, the full list staying in CSV and Excel. */
export function compactSourcesText(dataset: Dataset, ids: readonly string[], lang: Lang, limit = 3): string {
  const m = MESSAGES[lang];
  const { shown, more } = compactSources(dataset, ids, lang, limit);
  if (shown.length === 0) return '';
  const tail = more > 0 ? `${lang === 'zh' ? '' : ' '}${m.moreSources(shown.length + more)}` : '';
  return `${m.sourcesLabel}${m.punct.colon}${shown.join(m.punct.semicolon)}${tail}`;
}
