import type { FigureUnit } from '../data/figure/figure-model';
import type { TransformRefusal } from '../data/figure/figure-settings';
import type { IndicatorKind } from '../data/dataset/schema';
import { localText, type Lang } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';
import { changeSentence, formatDelta, formatNumber, formatValue } from '../i18n/format-number';
import { MESSAGES } from '../i18n/messages';

// A figure's values in words, in the unit its transform gives them: 6.5%, +0.6个百分点, 103.2.

/** A value as the chart shows it, with its unit. */
export function formatShownValue(value: number, unit: FigureUnit, lang: Lang): string {
  switch (unit.kind) {
    case 'as-published':
      return formatValue(value, unit.text, lang, unit.decimals);
    case 'percent':
      return formatValue(value, '%', lang, 1);
    case 'percentage-points':
      return formatDelta(value, 'rate', '', lang, unit.decimals ?? 1);
    case 'index':
      return formatNumber(value, lang, 1);
    case 'rank':
      return MESSAGES[lang].stats.rankValue(value);
  }
}

/** A value for an axis tick: round numbers, no fixed decimals, the unit of the measure shown. */
export function formatTickValue(value: number, unit: FigureUnit, lang: Lang): string {
  switch (unit.kind) {
    case 'as-published':
      return formatValue(value, unit.text, lang);
    case 'percent':
      return formatValue(value, '%', lang);
    case 'percentage-points':
      return formatValue(value, unit.text, lang);
    case 'index':
    case 'rank':
      return formatNumber(value, lang);
  }
}

/** The unit of a figure's values in words, for unit lines, table headers and spreadsheet columns. */
export function shownUnit(unit: FigureUnit, lang: Lang, base?: string): string {
  const m = MESSAGES[lang];
  switch (unit.kind) {
    case 'as-published':
      return localText(unit.text, lang);
    case 'percent':
      return '%';
    case 'percentage-points':
      return m.units.percentagePoints;
    case 'index':
      return base === undefined ? m.units.index : m.units.indexBase(formatPeriod(base, lang));
    case 'rank':
      return m.explorer.transformNames.rank;
  }
}

/** A change between two shown values: percentage points for rates and percentages. */
export function changePhrase(delta: number, since: string, kind: IndicatorKind, unit: FigureUnit, lang: Lang): string {
  if (unit.kind === 'percent') return changeSentence(delta, 'rate', '', lang, since, 1);
  if (unit.kind === 'index') return changeSentence(delta, 'other', '', lang, since, 1);
  return changeSentence(delta, kind === 'rate' ? 'rate' : 'other', unit.text, lang, since, unit.decimals);
}

/** Why a transform is not offered, in words, shown beside the transform control. */
export function transformRefusalText(refusal: TransformRefusal, lang: Lang): string {
  const m = MESSAGES[lang];
  switch (refusal.reason) {
    case 'rank-regions':
      return m.stats.rankUnavailable(refusal.regions);
    case 'one-region':
    case 'cumulative':
      return m.stats.transformRefused[refusal.reason];
    case 'no-value':
      return m.stats.transformRefused.noValue(m.explorer.transformNames[refusal.transform], m.stats.transformRefused.needs[refusal.transform]);
  }
}
