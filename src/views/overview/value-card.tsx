import type { Dataset, Indicator } from '../../data/dataset/schema';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriod } from '../../i18n/format-period';
import { formatValueParts } from '../../i18n/format-number';
import { StatusBadge } from '../../components/status-badge';
import { SourceLine } from '../../components/source-line';
import { indicatorTargets, judgeTarget } from '../../data/figure/targets';
import { targetSentence } from '../../describe/target-words';

/** A single published figure: too little for a chart, still worth a place with its source. */
export function ValueCard({ dataset, indicator, href }: { dataset: Dataset; indicator: Indicator; href: string }) {
  const { lang } = useI18n();
  const rows = indicator.series.flatMap((s) => s.points.map((p) => ({ region: s.region, point: p })));
  // A single figure is still judged against its target, as every chart is.
  const judgements = indicatorTargets(dataset.targets, indicator.id).map((t) => judgeTarget(indicator, t));
  return (
    <article className="value-card" aria-labelledby={`vc-${indicator.id}`}>
      <h3 id={`vc-${indicator.id}`} className="value-card-name">
        <a href={href}>{localText(indicator.name, lang)}</a>
      </h3>
      {rows.map(({ region, point }) => {
        const parts = formatValueParts(point.value, indicator.unit, lang, indicator.decimals);
        return (
          <p key={`${region}-${point.period}`} className="value-card-figure">
            <span className="value-card-number">{parts.number}</span>
            {parts.separator}
            <span className="value-card-unit">{parts.unit}</span>
            {point.status && <StatusBadge status={point.status} />}
            <span className="value-card-period">
              {indicator.series.length > 1 ? `${localText(dataset.regions.find((r) => r.id === region)?.name ?? region, lang)} · ` : ''}
              {formatPeriod(point.period, lang, { cumulative: indicator.cumulative })}
            </span>
          </p>
        );
      })}
      {judgements.map((j) => (
        <p key={`${j.target.region}-${j.target.period}`} className={`figure-target${j.verdict ? ` figure-target-${j.verdict}` : ''}`}>
          {targetSentence(j, indicator, lang)}
        </p>
      ))}
      <SourceLine dataset={dataset} sourceIds={[...rows.flatMap((r) => (r.point.source ? [r.point.source] : [])), ...judgements.map((j) => j.target.source)]} />
    </article>
  );
}
