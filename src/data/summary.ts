import type { Dataset, Indicator } from './schema';
import type { DerivedPoint, TransformResult } from './transforms';
import { localText, type Lang } from '../i18n/lang';
import { formatPeriod, formatPeriodRange } from '../i18n/format-period';
import { changeSentence, compareWording, formatDelta, formatNumber, formatValue } from '../i18n/format-number';
import { MESSAGES } from '../i18n/messages';

// The one- or two-sentence summary of a chart, computed from the numbers it shows (after the
// transform and the range): the latest value and its period, the change on the figure before it,
// the comparison region at the same period, and the high and low of the range. It is the slide's
// subtitle, the text drawn into exports and the chart's accessible description, so it has to
// read as prose in both languages, the way a statistical bulletin would say it.

/** Measures other than the published figure, as named inside a sentence. */
function measureLabel(result: TransformResult, lang: Lang): string {
  const base = result.base === undefined ? '' : formatPeriod(result.base, lang);
  const zh: Record<TransformResult['applied'], string> = {
    published: '',
    additions: '比上期增加',
    'running-total': '逐期累计',
    change: '比上期增长',
    index: `以${base}为100的指数`,
    gap: '',
  };
  const en: Record<TransformResult['applied'], string> = {
    published: 'figure',
    additions: 'addition on the previous period',
    'running-total': 'running total',
    change: 'change on the previous period',
    index: `index (${base} = 100)`,
    gap: '',
  };
  return (lang === 'zh' ? zh : en)[result.applied];
}

/** A value of the chart in words, in the unit the transform gives it. */
export function formatShownValue(value: number, indicator: Indicator, result: TransformResult, lang: Lang): string {
  switch (result.unitKind) {
    case 'as-published':
      return formatValue(value, indicator.unit, lang, indicator.decimals);
    case 'percent':
      return formatValue(value, '%', lang, 1);
    case 'percentage-points':
      return formatDelta(value, 'rate', '', lang, indicator.decimals ?? 1);
    case 'index':
      return formatNumber(value, lang, 1);
  }
}

/** The unit of the chart's values in words, for table headers and spreadsheet columns. */
export function shownUnit(indicator: Indicator, result: TransformResult, lang: Lang): string {
  switch (result.unitKind) {
    case 'as-published':
      return localText(indicator.unit, lang);
    case 'percent':
      return '%';
    case 'percentage-points':
      return lang === 'zh' ? '个百分点' : 'pp';
    case 'index':
      return measureLabel(result, lang);
  }
}

/** A change between two shown values: percentage points for rates and percentages. */
function changePhrase(delta: number, since: string, indicator: Indicator, result: TransformResult, lang: Lang): string {
  if (result.unitKind === 'percent') return changeSentence(delta, 'rate', '', lang, since, 1);
  if (result.unitKind === 'index') return changeSentence(delta, 'other', '', lang, since, 1);
  return changeSentence(delta, indicator.kind === 'rate' ? 'rate' : 'other', indicator.unit, lang, since, indicator.decimals);
}

type Valued = DerivedPoint & { value: number };

function withValues(points: readonly DerivedPoint[]): Valued[] {
  return points.filter((p): p is Valued => p.value !== null);
}

/** Differences of published decimals: 6.5 − 6.6 is −0.1, not −0.09999999999999964. */
function round(x: number): number {
  return Number(x.toPrecision(10));
}

/**
 * Computed percentages and indexes are shown to one decimal; a change between two of them is
 * taken between the shown values, so a reader who subtracts them gets the same number.
 */
function asShown(value: number, result: TransformResult): number {
  return result.unitKind === 'percent' || result.unitKind === 'index' ? Number(value.toFixed(1)) : value;
}

export function summarizeChart(dataset: Dataset, indicator: Indicator, result: TransformResult, lang: Lang): string {
  const m = MESSAGES[lang];
  const [main, other] = result.series;
  const points = withValues(main?.points ?? []);
  const latest = points[points.length - 1];
  if (!main || !latest) return lang === 'zh' ? `${m.describeEmpty}。` : `${m.describeEmpty}.`;

  const regionName = (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
  const period = (p: string) => formatPeriod(p, lang, { cumulative: indicator.cumulative });
  const shown = (v: number) => formatShownValue(v, indicator, result, lang);
  const region = regionName(main.region);
  const name = localText(indicator.name, lang);
  const status = latest.status ? `${m.punct.open}${m.statusNames[latest.status]}${m.punct.close}` : '';

  const previous = points[points.length - 2];
  // The change of a gap would need two signs in one phrase; its high and low say it better.
  const change = previous && result.applied !== 'gap' ? changePhrase(round(asShown(latest.value, result) - asShown(previous.value, result)), period(previous.period), indicator, result, lang) : undefined;

  // The comparison region at the same period; a gap already is that comparison.
  const otherPoint = result.applied === 'gap' ? undefined : other?.points.find((p) => p.period === latest.period && p.value !== null);
  let comparison: string | undefined;
  if (other && otherPoint && otherPoint.value !== null) {
    const otherName = regionName(other.region);
    const otherValue = shown(otherPoint.value);
    const ratesCompare = indicator.kind === 'rate' && result.applied === 'published';
    if (ratesCompare) {
      const wording = compareWording(round(latest.value - otherPoint.value), otherName, lang, indicator.decimals ?? 1);
      comparison = lang === 'zh' ? `${wording}（${otherName}为${otherValue}）` : `${wording} (${otherValue})`;
    } else {
      comparison = lang === 'zh' ? `${otherName}为${otherValue}` : `compared with ${otherValue} for ${otherName}`;
    }
  }

  let first: string;
  if (result.applied === 'gap' && main.vsRegion) {
    const gap = compareWording(latest.value, regionName(main.vsRegion), lang, indicator.decimals ?? 1);
    first = lang === 'zh' ? `${period(latest.period)}，${region}${name}${gap}` : `In ${period(latest.period)} ${region} was ${gap}`;
  } else if (lang === 'zh') {
    const measure = result.applied === 'published' ? '' : `（${measureLabel(result, lang)}）`;
    first = `${period(latest.period)}，${region}${name}${measure}为${shown(latest.value)}${status}`;
    if (change) first += `，${change}`;
    if (comparison) first += `，${comparison}`;
  } else {
    first = `In ${period(latest.period)} the ${measureLabel(result, lang)} for ${region} was ${shown(latest.value)}${status}`;
    if (change && comparison) first += `, ${change}, and ${comparison}`;
    else if (change || comparison) first += `, ${change ?? comparison}`;
  }
  first += lang === 'zh' ? '。' : '.';

  const range = rangeSentence(points, main.points, period, shown, indicator, lang);
  return range ? `${first}${lang === 'zh' ? '' : ' '}${range}` : first;
}

/**
 * The high and low over the shown range, when there are at least three values (with two, the
 * change already says everything) and they differ. Ties go to the most recent period.
 */
function rangeSentence(
  points: readonly Valued[],
  all: readonly DerivedPoint[],
  period: (p: string) => string,
  shown: (v: number) => string,
  indicator: Indicator,
  lang: Lang,
): string | undefined {
  if (points.length < 3) return undefined;
  let high = points[0]!;
  let low = points[0]!;
  for (const p of points) {
    if (p.value >= high.value) high = p;
    if (p.value <= low.value) low = p;
  }
  if (high.value === low.value) return undefined;
  const span = formatPeriodRange(all[0]!.period, all[all.length - 1]!.period, lang, { cumulative: indicator.cumulative });
  return lang === 'zh'
    ? `${span}间，最高为${shown(high.value)}（${period(high.period)}），最低为${shown(low.value)}（${period(low.period)}）。`
    : `Over ${span} the high was ${shown(high.value)} (${period(high.period)}) and the low ${shown(low.value)} (${period(low.period)}).`;
}
