import type { Dataset } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import type { SummaryFacts } from '../data/figure/summary-facts';
import { localText, type Lang } from '../i18n/lang';
import { formatPeriod, formatPeriodRange } from '../i18n/format-period';
import { compareWording } from '../i18n/format-number';
import { MESSAGES } from '../i18n/messages';
import { changePhrase, formatShownValue } from './values';
import { breakSentence, rankPhrase, targetSentence } from './target-words';

// The one- or two-sentence summary of a chart, worded from the facts its figure model gives:
// the latest value and its period, the change on the figure before it, the comparison region at
// the same period, and the high and low of the range. It is the slide's subtitle, the text drawn
// into exports and the chart's accessible description, so it has to read as prose in both
// languages, the way a statistical bulletin would say it.

/** Measures other than the published figure, as named inside a sentence. */
function measureLabel(facts: SummaryFacts, lang: Lang): string {
  const base = facts.base === undefined ? '' : formatPeriod(facts.base, lang);
  const zh: Record<SummaryFacts['applied'], string> = {
    published: '',
    additions: '比上期增加',
    'running-total': '逐期累计',
    change: '比上期增长',
    index: `以${base}为100的指数`,
    gap: '',
    'two-year-average': '两年平均增速',
    rank: '位次',
  };
  const en: Record<SummaryFacts['applied'], string> = {
    published: 'figure',
    additions: 'addition on the previous period',
    'running-total': 'running total',
    change: 'change on the previous period',
    index: `index (${base} = 100)`,
    gap: '',
    'two-year-average': 'two-year average growth',
    rank: 'rank',
  };
  return (lang === 'zh' ? zh : en)[facts.applied];
}

export function regionName(dataset: Dataset, id: string, lang: Lang): string {
  return localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
}

/** The summary of a figure (its first indicator), or the empty sentence when it has no value. */
export function figureSummary(dataset: Dataset, model: FigureModel, lang: Lang): string {
  const m = MESSAGES[lang];
  const facts = model.facts;
  const indicator = model.entries[0]?.indicator;
  const unit = model.series[0]?.unit;
  if (!facts || !indicator || !unit) return lang === 'zh' ? `${m.describeEmpty}。` : `${m.describeEmpty}.`;

  const period = (p: string) => formatPeriod(p, lang, { cumulative: facts.cumulative });
  const shown = (v: number) => formatShownValue(v, unit, lang);
  const region = regionName(dataset, facts.region, lang);
  const name = localText(indicator.name, lang);
  const { latest } = facts;
  const status = latest.status ? `${m.punct.open}${m.statusNames[latest.status]}${m.punct.close}` : '';
  const change = facts.previous ? changePhrase(facts.previous.change, period(facts.previous.point.period), facts.kind, unit, lang) : undefined;

  let comparison: string | undefined;
  if (facts.comparison) {
    const otherName = regionName(dataset, facts.comparison.region, lang);
    const otherValue = shown(facts.comparison.point.value);
    if (facts.kind === 'rate' && facts.applied === 'published') {
      const wording = compareWording(facts.comparison.difference, otherName, lang, facts.decimals ?? 1);
      comparison = lang === 'zh' ? `${wording}（${otherName}为${otherValue}）` : `${wording} (${otherValue})`;
    } else {
      comparison = lang === 'zh' ? `${otherName}为${otherValue}` : `compared with ${otherValue} for ${otherName}`;
    }
  }

  let first: string;
  if (facts.applied === 'rank' && latest.rank) {
    if (lang === 'zh') {
      first = `${period(latest.period)}，${region}${name}${status}${rankPhrase(latest.rank, latest.value, lang)}`;
    } else {
      const move = latest.rank.change === null ? '' : `, ${m.stats.rankMove(latest.rank.change)}`;
      first = `In ${period(latest.period)} ${region} ${m.stats.rankPlace(latest.value, latest.rank.of)} on ${name}${status}${move}`;
    }
  } else if (facts.applied === 'two-year-average') {
    const grew = m.stats.twoYear(shown(Math.abs(latest.value)), latest.value < 0);
    first = lang === 'zh' ? `${period(latest.period)}，${region}${name}${grew}${status}` : `In ${period(latest.period)} ${name} for ${region} ${grew}${status}`;
    if (comparison) first += lang === 'zh' ? `，${comparison}` : `, ${comparison}`;
  } else if (facts.applied === 'gap' && facts.vsRegion) {
    const gap = compareWording(latest.value, regionName(dataset, facts.vsRegion, lang), lang, facts.decimals ?? 1);
    first = lang === 'zh' ? `${period(latest.period)}，${region}${name}${gap}` : `In ${period(latest.period)} ${region} was ${gap}`;
  } else if (lang === 'zh') {
    const measure = facts.applied === 'published' ? '' : `（${measureLabel(facts, lang)}）`;
    first = `${period(latest.period)}，${region}${name}${measure}为${shown(latest.value)}${status}`;
    if (change) first += `，${change}`;
    if (comparison) first += `，${comparison}`;
  } else {
    first = `In ${period(latest.period)} the ${measureLabel(facts, lang)} for ${region} was ${shown(latest.value)}${status}`;
    if (change && comparison) first += `, ${change}, and ${comparison}`;
    else if (change || comparison) first += `, ${change ?? comparison}`;
  }
  first += lang === 'zh' ? '。' : '.';

  const sentences = [first];
  const range = facts.range;
  // The high and low of a ranking are its best and worst places: the axis shows them already.
  if (range && facts.applied !== 'rank') {
    const span = formatPeriodRange(range.first, range.last, lang, { cumulative: facts.cumulative });
    sentences.push(
      lang === 'zh'
        ? `${span}间，最高为${shown(range.high.value)}（${period(range.high.period)}），最低为${shown(range.low.value)}（${period(range.low.period)}）。`
        : `Over ${span} the high was ${shown(range.high.value)} (${period(range.high.period)}) and the low ${shown(range.low.value)} (${period(range.low.period)}).`,
    );
  }
  const target = facts.targets[facts.targets.length - 1];
  if (target) sentences.push(targetSentence(target, indicator, lang));
  const latestBreak = facts.breaks[facts.breaks.length - 1];
  if (latestBreak) sentences.push(breakSentence(latestBreak, indicator, lang));
  return sentences.join(lang === 'zh' ? '' : ' ');
}
