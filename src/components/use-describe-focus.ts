import { useCallback } from 'react';
import { describeFocus } from '../charts/describe-focus';
import type { ChartModel } from '../data/chart-data';
import type { Text } from '../data/schema';
import { useI18n } from '../i18n/i18n-context';
import { formatPeriod } from '../i18n/format-period';
import { formatValue } from '../i18n/format-number';

/** What the live region reads for the period a keyboard user is on, in the interface language. */
export function useDescribeFocus(model: ChartModel, value: (value: number | null, seriesKey: string) => string, cumulative = false) {
  const { lang, m } = useI18n();
  return useCallback(
    (t: number) =>
      describeFocus(model, t, {
        period: (p) => formatPeriod(p, lang, { cumulative }),
        value,
        status: (s) => m.statusNames[s as keyof typeof m.statusNames] ?? s,
        colon: m.punct.colon,
        separator: m.punct.semicolon,
        open: m.punct.open,
        close: m.punct.close,
      }),
    [model, lang, m, value, cumulative],
  );
}

/** The same for one indicator's chart: every series in its unit and precision. */
export function useDescribeIndicatorFocus(model: ChartModel, unit: Text, decimals: number | undefined, cumulative: boolean) {
  const { lang, m } = useI18n();
  const value = useCallback((v: number | null) => (v === null ? m.noData : formatValue(v, unit, lang, decimals)), [m, unit, lang, decimals]);
  return useDescribeFocus(model, value, cumulative);
}
