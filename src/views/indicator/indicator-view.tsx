import { useMemo } from 'react';
import type { LoadedDataset } from '../../data/load/dataset-query';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { figureLogVerdict, shownMeasure } from '../../data/figure/figure-model';
import { indexBasePeriods, indicatorPeriods, regionsWithSeries, transformChoices } from '../../data/figure/figure-settings';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import type { ChartTheme } from '../../charts/palette';
import { FigureControls } from '../../components/controls/figure-controls';
import { IndicatorFigure, useIndicatorSettings } from '../../components/figure/indicator-figure';
import { linkTo } from '../../routing/links';
import { figureParams } from '../../routing/route-params';
import { useRouteParams } from '../../routing/use-route';
import { transformRefusalText } from '../../describe/values';
import { ProvenancePanel } from './provenance-panel';

/** `#/indicator/<id>`: one indicator in depth, every setting in the address. */
export function IndicatorView({ id, loaded, theme }: { id: string; loaded: LoadedDataset; theme: ChartTheme }) {
  const { m } = useI18n();
  const { hash } = useRouteParams('indicator');
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
  const { params, update, hash } = useRouteParams('indicator');
  const { settings, change } = useIndicatorSettings(dataset, indicator, figureParams(params), update);
  const entry = { indicator, settings };
  const shown = shownMeasure(entry);
  const regions = useMemo(() => regionsWithSeries(dataset, [indicator]).map((r) => ({ id: r.id, name: localText(r.name, lang) })), [dataset, indicator, lang]);
  const choices = transformChoices(indicator, dataset);

  return (
    <article className="explorer" aria-labelledby="explorer-title">
      <nav className="explorer-nav" aria-label={m.overview}>
        <a href={linkTo(hash, '/')}>← {m.backToOverview}</a>
        <a href={linkTo(hash, '/compare', { ids: indicator.id })}>{m.explorer.compareWith}</a>
      </nav>
      <header className="explorer-head">
        <h2 id="explorer-title">{localText(indicator.name, lang)}</h2>
      </header>
      <FigureControls
        regions={regions}
        settings={settings}
        periods={indicatorPeriods(indicator)}
        cumulative={indicator.cumulative}
        transforms={choices.offered}
        unavailable={choices.refused.map((r) => ({ transform: r.transform, reason: transformRefusalText(r, lang) }))}
        // The base periods are listed only while an index is shown (a pass over every point).
        base={settings.transform === 'index' ? { value: shown.base, periods: indexBasePeriods(indicator, settings) } : undefined}
        vs={shown.vs}
        drawing={{ logRefused: figureLogVerdict([entry]) !== 'allowed' }}
        onChange={change}
      />
      <IndicatorFigure
        dataset={dataset}
        indicator={indicator}
        settings={settings}
        theme={theme}
        view={params.view ?? 'chart'}
        hash={hash}
        onSettings={change}
        onView={(view) => update({ view: view === 'chart' ? undefined : view })}
        actions
      />
      <ProvenancePanel dataset={dataset} indicator={indicator} />
    </article>
  );
}
