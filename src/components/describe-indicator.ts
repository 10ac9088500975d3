import type { ChartInputSeries } from '../data/chart-data';
import type { SeriesPoint } from '../data/indicator-series';
import type { Indicator } from '../data/schema';
import { formatPeriod } from '../i18n/format-period';
import { formatValue } from '../i18n/format-number';
import type { Lang } from '../i18n/lang';
import type { Messages } from '../i18n/messages';

/** A concise text alternative for a chart: the span and latest value of each series. */
export function describeIndicator(
  indicator: Indicator,
  series: readonly ChartInputSeries<SeriesPoint>[],
  lang: Lang,
  m: Messages,
  regionName: (id: string) => string,
): string {
  const parts = series.flatMap((s) => {
    const values = s.points.filter((p) => p.value !== null);
    const first = s.points[0];
    const last = values[values.length - 1];
    if (!first || !last || last.value === null) return [];
    const period = (p: string) => formatPeriod(p, lang, { cumulative: indicator.cumulative });
    const latest = `${formatValue(last.value, indicator.unit, lang, indicator.decimals)}${m.punct.open}${period(last.period)}${m.punct.close}`;
    return [m.describeSeries(s.label || regionName(s.key), period(first.period), period(s.points[s.points.length - 1]!.period), latest)];
  });
  return parts.length ? parts.join(m.punct.semicolon) : m.describeEmpty;
}
