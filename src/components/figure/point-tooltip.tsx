import type { Dataset } from '../../data/dataset/schema';
import type { FigureModel } from '../../data/figure/figure-model';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriod } from '../../i18n/format-period';
import { formatShownValue } from '../../describe/values';
import type { SeriesLook } from '../../charts/series-layer';

interface Props {
  t: number;
  model: FigureModel;
  dataset: Dataset;
  labels: ReadonlyMap<string, string>;
  looks: ReadonlyMap<string, SeriesLook>;
}

/** What a reader needs about the points under the pointer: value, status, note and where it came from. */
export function PointTooltip({ t, model, dataset, labels, looks }: Props) {
  const { lang, m } = useI18n();
  const at = model.byTime.get(t);
  if (!at) return null;
  const first = at.values().next().value;
  const cumulative = model.entries[0]?.indicator.cumulative ?? false;
  return (
    <div>
      <p className="tooltip-period">{first ? formatPeriod(first.period, lang, { cumulative }) : ''}</p>
      <ul className="tooltip-rows">
        {model.series.map((s) => {
          const p = at.get(s.key);
          if (!p) return null;
          const source = p.source ? dataset.sources.find((x) => x.id === p.source) : undefined;
          return (
            <li key={s.key}>
              <span className="tooltip-swatch" style={{ background: looks.get(s.key)?.color }} aria-hidden="true" />
              <span className="tooltip-region">{labels.get(s.key)}</span>
              <strong className="tooltip-value">{p.value === null ? m.noData : formatShownValue(p.value, s.unit, lang)}</strong>
              {p.status && (
                <span className="tooltip-status">
                  {m.statusNames[p.status]}
                  {m.punct.colon}
                  {m.statusExplain[p.status]}
                </span>
              )}
              {p.note && <span className="tooltip-note">{localText(p.note, lang)}</span>}
              {source && (
                <span className="tooltip-source">
                  {m.sourcesLabel}
                  {m.punct.colon}
                  {localText(source.title, lang)}
                  {m.punct.open}
                  {m.sourceKinds[source.kind]}
                  {m.punct.close}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
