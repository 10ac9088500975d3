import type { FigureModel } from '../data/figure/figure-model';
import type { Lang } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';
import { MESSAGES } from '../i18n/messages';
import { formatShownValue } from './values';

/**
 * What a screen reader hears for the period a keyboard user is on: the period, then each series
 * drawn with its value in its own unit and, when it has one, its status.
 */
export function describeFocus(model: FigureModel, t: number, labels: ReadonlyMap<string, string>, lang: Lang): string {
  const m = MESSAGES[lang];
  const at = model.byTime.get(t);
  if (!at) return '';
  const first = at.values().next().value;
  const cumulative = model.entries[0]?.indicator.cumulative ?? false;
  const parts = model.series.flatMap((s) => {
    const p = at.get(s.key);
    if (!p) return [];
    const value = p.value === null ? m.noData : formatShownValue(p.value, s.unit, lang);
    const status = p.status ? `${m.punct.open}${m.statusNames[p.status]}${m.punct.close}` : '';
    return [`${labels.get(s.key) ?? s.region} ${value}${status}`];
  });
  return `${first ? formatPeriod(first.period, lang, { cumulative }) : ''}${m.punct.colon}${parts.join(m.punct.semicolon)}`;
}
