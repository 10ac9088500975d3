import type { Dataset, Indicator } from '../data/schema';
import type { SeriesPoint } from '../data/indicator-series';
import type { ChartModel } from '../data/chart-data';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { formatPeriod } from '../i18n/format-period';
import { formatValue } from '../i18n/format-number';
import { seriesColor, type ChartTheme } from '../charts/palette';

interface Props {
  t: number;
  model: ChartModel<SeriesPoint>;
  dataset: Dataset;
  indicator: Indicator;
  theme: ChartTheme;
  unit: Indicator['unit'];
}

/** What a reader needs about the points under the pointer: value, status and where it came from. */
export function PointTooltip({ t, model, dataset, indicator, theme, unit }: Props) {
  const { lang, m } = useI18n();
  const atTime = model.byTime.get(t);
  if (!atTime) return null;
  const first = atTime.values().next().value;
  return (
    <div>
      <p className="tooltip-period">{first ? formatPeriod(first.period, lang, { cumulative: indicator.cumulative }) : ''}</p>
      <ul className="tooltip-rows">
        {model.series.map((s) => {
          const p = atTime.get(s.key);
          if (!p) return null;
          const source = p.source ? dataset.sources.find((x) => x.id === p.source) : undefined;
          return (
            <li key={s.key}>
              <span className="tooltip-swatch" style={{ background: seriesColor(theme, s.styleIndex) }} aria-hidden="true" />
              <span className="tooltip-region">{s.label}</span>
              <strong className="tooltip-value">{p.value === null ? m.noData : formatValue(p.value, unit, lang, indicator.decimals)}</strong>
              {p.status && (
                <span className="tooltip-status">
                  {m.statusNames[p.status]}{m.punct.colon}{m.statusExplain[p.status]}
                </span>
              )}
              {p.note && <span className="tooltip-note">{localText(p.note, lang)}</span>}
              {source && (
                <span className="tooltip-source">
                  {m.sourcesLabel}{m.punct.colon}{localText(source.title, lang)}{m.punct.open}{m.sourceKinds[source.kind]}{m.punct.close}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
