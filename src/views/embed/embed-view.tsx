import { useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import type { Dataset, Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import type { ChartTheme } from '../../charts/palette';
import { HeadlineCard } from '../../components/headline-card';
import { SourceLine } from '../../components/source-line';
import { parseHash, useHash } from '../../routing/route';
import { indicatorPath, linkTo } from '../../routing/links';
import { readViewParams, resolveViewSettings, type ViewSettings } from '../../routing/view-params';
import { IndicatorChart } from '../indicator/indicator-chart';
import { IndicatorTable } from '../indicator/indicator-table';
import { ViewTabs } from '../indicator/view-tabs';
import { useIndicatorData, useUpdateSettings } from '../indicator/use-indicator-data';
import { useEmbedProtocol } from './use-embed-protocol';

/**
 * `#/embed/<id>`: one chart (or, with `card=kpi`, its headline card) for an iframe: title,
 * chart, source line and nothing else with `controls=0`. Every explorer parameter applies.
 */
export function EmbedView({ id, loaded, theme, parentOrigins }: { id: string; loaded: LoadedDataset; theme: ChartTheme; parentOrigins: readonly string[] }) {
  const { m } = useI18n();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  useEmbedProtocol(parentOrigins, root);
  const indicator = loaded.dataset.indicators.find((i) => i.id === id);
  return (
    <div ref={setRoot} className="embed">
      {indicator ? (
        <EmbeddedIndicator dataset={loaded.dataset} indicator={indicator} theme={theme} />
      ) : (
        <p className="state-panel" role="status">
          {m.errors.unknownIndicator(id)}
        </p>
      )}
    </div>
  );
}

function EmbeddedIndicator({ dataset, indicator, theme }: { dataset: Dataset; indicator: Indicator; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const hash = useHash();
  const params = parseHash(hash).params;
  const controls = params.get('controls') !== '0';
  const card = params.get('card') === 'kpi';
  const settings: ViewSettings = resolveViewSettings(readViewParams(params), indicator, dataset);
  const { full, ranged, unit, decimals, verdict, unitLine, shown } = useIndicatorData(dataset, indicator, settings);
  const update = useUpdateSettings(dataset, indicator);
  const fullLink = new URL(linkTo(hash, indicatorPath(indicator.id)), window.location.href).href;
  const name = localText(indicator.name, lang);

  if (card) {
    return (
      <>
        <HeadlineCard dataset={dataset} indicator={indicator} theme={theme} href={fullLink} />
        <SourceLine dataset={dataset} sourceIds={indicator.series.flatMap((s) => s.points.flatMap((p) => (p.source ? [p.source] : [])))} compact />
      </>
    );
  }
  const chart = (
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
      interactive={controls}
    />
  );
  const table = <IndicatorTable dataset={dataset} indicator={indicator} series={ranged.series} unit={unit} decimals={decimals} caption={`${name} · ${shown}`} />;
  if (!controls) return settings.view === 'table' ? table : chart;
  return (
    <>
      <ViewTabs view={settings.view} onChange={(view) => update({ view })}>
        {settings.view === 'table' ? table : chart}
      </ViewTabs>
      <p className="embed-open">
        <a href={fullLink} target="_blank" rel="noopener noreferrer">
          {m.embed.openFull}
        </a>
      </p>
    </>
  );
}
