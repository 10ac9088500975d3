import { headlineFigures } from '../data/figure/headline';
import type { Dataset, Indicator } from '../data/dataset/schema';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';
import { changeSentence, compareWording, formatValue, formatValueParts } from '../i18n/format-number';
import { Sparkline } from '../charts/sparkline';
import { seriesColor, type ChartTheme } from '../charts/palette';
import { StatusBadge } from './status-badge';
import { ChangeMark } from './change-mark';

/** Latest value, change on the previous figure, the comparison region and a trend line. */
export function HeadlineCard({ dataset, indicator, theme, href }: { dataset: Dataset; indicator: Indicator; theme: ChartTheme; href: string }) {
  const { lang, m } = useI18n();
  const figures = headlineFigures(indicator);
  const name = localText(indicator.shortName ?? indicator.name, lang);
  if (!figures || figures.latest.value === null) return null;
  const { latest, previous, delta, comparison } = figures;
  const regionName = (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
  const period = (p: string) => formatPeriod(p, lang, { cumulative: indicator.cumulative });
  const parts = formatValueParts(latest.value, indicator.unit, lang, indicator.decimals);
  const kind = indicator.kind === 'rate' ? 'rate' : 'other';
  return (
    <article className="headline-card" aria-labelledby={`hl-${indicator.id}`}>
      <h3 id={`hl-${indicator.id}`} className="headline-name">
        <a href={href}>{name}</a>
      </h3>
      <p className="headline-region">
        {regionName(figures.region)} · {period(latest.period)}
      </p>
      <p className="headline-value">
        <span className="headline-number">{parts.number}</span>
        {parts.separator}
        <span className="headline-unit">{parts.unit}</span>
        {latest.status && <StatusBadge status={latest.status} />}
      </p>
      {delta !== undefined && previous ? (
        <p className="headline-change">
          <ChangeMark delta={delta} />
          <span>{changeSentence(delta, kind, indicator.unit, lang, period(previous.period), indicator.decimals)}</span>
        </p>
      ) : (
        <p className="headline-change muted">{m.noPrevious}</p>
      )}
      {comparison && (
        <p className="headline-compare">
          {kind === 'rate'
            ? compareWording(comparison.diff, regionName(comparison.region), lang, indicator.decimals ?? 1)
            : `${m.versus(regionName(comparison.region))} ${formatValue(comparison.point.value, indicator.unit, lang, indicator.decimals)}`}
        </p>
      )}
      <Sparkline points={figures.trend} color={seriesColor(theme, 0)} />
    </article>
  );
}
