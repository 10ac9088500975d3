import type { LoadedDataset } from '../../data/dataset-query';
import type { Dataset, Indicator } from '../../data/schema';
import { availableTransforms } from '../../data/transforms';
import { useI18n } from '../../i18n/i18n-context';
import { localText, type Lang } from '../../i18n/lang';
import { formatPeriodRange } from '../../i18n/format-period';
import type { ChartTheme } from '../../charts/palette';
import { parseHash, useHash } from '../../routing/route';
import { linkTo } from '../../routing/links';
import { readViewParams, resolveViewSettings } from '../../routing/view-params';
import { ExplorerControls } from './explorer-controls';
import { IndicatorChart } from './indicator-chart';
import { IndicatorTable } from './indicator-table';
import { ProvenancePanel } from './provenance-panel';
import { ViewTabs } from './view-tabs';
import { useIndicatorData, useUpdateSettings } from './use-indicator-data';
export type { UpdateSettings } from './use-indicator-data';

/** `#/indicator/<id>`: one indicator in depth, every setting in the address. */
export function IndicatorView({ id, loaded, theme }: { id: string; loaded: LoadedDataset; theme: ChartTheme }) {
  const { m } = useI18n();
  const hash = useHash();
  const indicator = loaded.dataset.indicators.find((i) => i.id === id);
  if (!indicator) {
    return (
      <div className="state-panel" role="status">
        <p className="state-message">{m.errors.unknownIndicator(id)}</p>
        <a className="button" href={linkTo(hash, '/')}>
          {m.backToOverview}
        </a>
      </div>
    );
  }
  return <IndicatorExplorer key={indicator.id} dataset={loaded.dataset} indicator={indicator} theme={theme} />;
}

function IndicatorExplorer({ dataset, indicator, theme }: { dataset: Dataset; indicator: Indicator; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const hash = useHash();
  const params = parseHash(hash).params;
  const settings = resolveViewSettings(readViewParams(params), indicator, dataset);
  const update = useUpdateSettings(dataset, indicator);

  const { full, ranged, result, unit, decimals, verdict, shown, unitLine } = useIndicatorData(dataset, indicator, settings);
  const transforms = availableTransforms(indicator.kind, indicator.series.length, indicator.cumulative);

  const name = localText(indicator.name, lang);
  return (
    <article className="explorer" aria-labelledby="explorer-title">
      <nav className="explorer-nav" aria-label={m.overview}>
        <a href={linkTo(hash, '/')}>← {m.backToOverview}</a>
        <a href={linkTo(hash, '/compare', { ids: indicator.id })}>{m.explorer.compareWith}</a>
      </nav>
      <header className="explorer-head">
        <h2 id="explorer-title">{name}</h2>
      </header>
      <ExplorerControls
        dataset={dataset}
        indicator={indicator}
        settings={settings}
        transforms={transforms}
        periods={full.series}
        logRefused={verdict !== 'allowed'}
        appliedBase={result.base}
        appliedVs={result.vs}
        update={update}
      />
      <ViewTabs view={settings.view} onChange={(view) => update({ view })}>
        {settings.view === 'chart' ? (
          <IndicatorChart
            dataset={dataset}
            indicator={indicator}
            theme={theme}
            settings={settings}
            full={full.series}
            ranged={ranged.series}
            unit={unit}
            decimals={decimals}
            unitLine={unitLine}
            logScale={settings.scale === 'log' && verdict === 'allowed'}
            update={update}
          />
        ) : (
          <IndicatorTable
            dataset={dataset}
            indicator={indicator}
            series={ranged.series}
            unit={unit}
            decimals={decimals}
            caption={m.explorer.tableCaption(name, shown, rangeText(ranged.series, indicator, lang, m.describeEmpty))}
          />
        )}
      </ViewTabs>
      <ProvenancePanel dataset={dataset} indicator={indicator} />
    </article>
  );
}

/** The span the table covers, as the chart's range shows it. */
function rangeText(series: readonly { points: readonly { period: string; t: number }[] }[], indicator: Indicator, lang: Lang, empty: string): string {
  const points = series.flatMap((s) => s.points).sort((a, b) => a.t - b.t);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return empty;
  return formatPeriodRange(first.period, last.period, lang, { cumulative: indicator.cumulative });
}
