import type { Break, Dataset, Indicator } from '../data/dataset/schema';
import type { TargetJudgement } from '../data/figure/targets';
import { localText, type Lang } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';
import { formatDelta, formatNumber, formatValue } from '../i18n/format-number';
import { MESSAGES } from '../i18n/messages';

// Targets, ranks and breaks in words, the way a provincial bulletin writes them: 目标为50户以上，
// 超出目标57户，完成目标 · 完成全年目标的56.6%，超序时进度6.6个百分点 · 居31个地区第5位，比上期前移1位.
// Every view, summary, slide and export words them here, from the figure model's facts.

/** The target itself: 50户以上 / at least 50 enterprises; 6%左右 / about 6%. */
export function targetText(judgement: TargetJudgement, indicator: Indicator, lang: Lang): string {
  const { target } = judgement;
  // A target is written as it was set (6%, not 6.0%): at its own precision, not the series'.
  return MESSAGES[lang].stats.comparisonText[target.comparison](formatValue(target.value, indicator.unit, lang));
}

/** The label of a target's mark on a chart: 目标 ≥50户 / target ≥50 enterprises. */
export function targetMarkLabel(judgement: TargetJudgement, indicator: Indicator, lang: Lang): string {
  const s = MESSAGES[lang].stats;
  return s.targetMark(s.comparisonSymbols[judgement.target.comparison], formatValue(judgement.target.value, indicator.unit, lang));
}

/** How far the figure is from the target: 超出目标57户, 约超出目标2万户, 高于目标1.5个百分点. */
export function differencePhrase(judgement: TargetJudgement, indicator: Indicator, lang: Lang): string | null {
  const { difference, actual } = judgement;
  if (difference === null || !actual) return null;
  const m = MESSAGES[lang];
  const magnitude = judgement.rate
    ? formatDelta(Math.abs(difference), 'rate', '', lang, indicator.decimals ?? 1).replace(/^\+/, '')
    : formatValue(Math.abs(difference), indicator.unit, lang, indicator.decimals);
  const zero = !/[1-9]/.test(magnitude.replace(/个百分点|pp/g, ''));
  const phrase = zero ? m.stats.onTarget : difference > 0 ? (judgement.rate ? m.stats.aboveTargetRate : m.stats.aboveTarget)(magnitude) : m.stats.belowTarget(magnitude);
  // The figure's own status carries into what is said about it: an approximate figure is only about so far off.
  if (actual.status === 'approximate') return `${m.stats.approximately}${phrase}`;
  if (actual.status) return `${phrase}${m.punct.open}${m.statusNames[actual.status]}${m.punct.close}`;
  return phrase;
}

/**
 * The sentence judging one target: 2023年目标为50户以上，超出目标57户，完成目标。/ Target for
 * 2023: at least 50 enterprises; 57 enterprises above target, target met.
 */
export function targetSentence(judgement: TargetJudgement, indicator: Indicator, lang: Lang): string {
  const m = MESSAGES[lang];
  const s = m.stats;
  const year = formatPeriod(judgement.target.period, lang);
  const parts: string[] = [];
  const actual = judgement.actual;
  if (!actual) {
    parts.push(s.noFigureYet);
  } else if (!judgement.complete && judgement.progress) {
    const { completion, difference } = judgement.progress;
    const points = formatNumber(Math.abs(difference), lang, 1);
    const pace = !/[1-9]/.test(points) ? s.inStep : difference > 0 ? s.ahead(points) : s.behind(points);
    parts.push(`${formatPeriod(actual.period, lang, { cumulative: indicator.cumulative })}${lang === 'zh' ? '' : ': '}${s.progress(`${formatNumber(completion, lang, 1)}%`)}`, pace);
  } else {
    const difference = differencePhrase(judgement, indicator, lang);
    const lead = judgement.complete ? '' : `${formatPeriod(actual.period, lang, { cumulative: indicator.cumulative })}${lang === 'zh' ? '' : ': '}`;
    if (difference) parts.push(`${lead}${difference}`);
    if (judgement.verdict) parts.push((judgement.target.comparison === 'at-most' ? s.capVerdicts : s.verdicts)[judgement.verdict]);
  }
  const intro = s.targetIntro(year, targetText(judgement, indicator, lang));
  return lang === 'zh' ? `${intro}，${parts.join('，')}。` : `${intro}; ${parts.join(', ')}.`;
}

/** The verdict alone, for a table cell or a compact figure: 完成目标 · 超出目标57户. */
export function targetVerdict(judgement: TargetJudgement, indicator: Indicator, lang: Lang): string {
  const s = MESSAGES[lang].stats;
  if (!judgement.actual) return s.noFigureYet;
  if (!judgement.complete && judgement.progress) return s.progress(`${formatNumber(judgement.progress.completion, lang, 1)}%`);
  const words = [differencePhrase(judgement, indicator, lang), judgement.verdict ? (judgement.target.comparison === 'at-most' ? s.capVerdicts : s.verdicts)[judgement.verdict] : null];
  return words.filter((w): w is string => w !== null).join(MESSAGES[lang].punct.listSep);
}

/** 居31个地区第5位，比上期前移1位 / ranked 5 of 31, up 1 place on the previous period. */
export function rankPhrase(rank: { of: number; change: number | null }, place: number, lang: Lang): string {
  const s = MESSAGES[lang].stats;
  const where = s.rankPlace(place, rank.of);
  if (rank.change === null) return where;
  return `${where}${lang === 'zh' ? '，' : ', '}${s.rankMove(rank.change)}`;
}

/** ↑2 / ↓1 / = for a table cell, with its words for assistive technology. */
export function rankChangeMark(change: number | null): string {
  if (change === null) return '';
  return change > 0 ? `↑${change}` : change < 0 ? `↓${-change}` : '=';
}

/** 2024年起口径调整（…），前后数据不可比。 */
export function breakSentence(b: Break, indicator: Indicator, lang: Lang): string {
  return MESSAGES[lang].stats.breakSentence(formatPeriod(b.period, lang, { cumulative: indicator.cumulative }), localText(b.note, lang));
}

/** The breaks of an indicator named in a figure's words (for the table, CSV and summaries). */
export function indicatorBreaks(dataset: Dataset, indicatorId: string): Break[] {
  return (dataset.breaks ?? []).filter((b) => b.indicator === indicatorId);
}
