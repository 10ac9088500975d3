import type { ChartInputPoint, ChartModel } from '../data/chart-data';

export interface FocusWords {
  period: (period: string) => string;
  /** The value as read out; the series key lets one chart hold indicators of different precision. */
  value: (value: number | null, seriesKey: string) => string;
  status: (status: string) => string;
  colon: string;
  separator: string;
  open: string;
  close: string;
}

/**
 * What a screen reader hears for the period a keyboard user is on: the period, then each
 * series drawn with its value and, when it has one, its status. Wording and number formats
 * come from the caller, so this stays free of any language.
 */
export function describeFocus<P extends ChartInputPoint>(model: ChartModel<P>, t: number, words: FocusWords): string {
  const atTime = model.byTime.get(t);
  if (!atTime) return '';
  const first = atTime.values().next().value;
  const parts = model.series.flatMap((s) => {
    const p = atTime.get(s.key);
    if (!p) return [];
    const status = p.status ? `${words.open}${words.status(p.status)}${words.close}` : '';
    return [`${s.label} ${words.value(p.value, s.key)}${status}`];
  });
  return `${first ? words.period(first.period) : ''}${words.colon}${parts.join(words.separator)}`;
}
