import { useState } from 'react';
import type { LoadedDataset } from '../../data/load/dataset-query';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartTheme } from '../../charts/palette';
import { HeadlineCard } from '../../components/headline-card';
import { SourceLine } from '../../components/source-line';
import { IndicatorFigure, useIndicatorSettings } from '../../components/figure/indicator-figure';
import { indicatorPath, linkTo } from '../../routing/links';
import { figureParams } from '../../routing/route-params';
import { useRouteParams } from '../../routing/use-route';
import { useEmbedProtocol } from './use-embed-protocol';
import { isAllowedParent, parentOrigin } from './embed-protocol';

/**
 * `#/embed/<id>`: one chart (or, with `card=kpi`, its headline card) for an iframe: title,
 * chart, source line and nothing else with `controls=0`. Every indicator-view parameter applies.
 */
export function EmbedView({ id, loaded, theme, parentOrigins }: { id: string; loaded: LoadedDataset; theme: ChartTheme; parentOrigins: readonly string[] }) {
  const { m } = useI18n();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  useEmbedProtocol(parentOrigins, root);
  const indicator = loaded.dataset.indicators.find((i) => i.id === id);
  // Framed by a page it may not talk to, the frame cannot be sized by embed.js and stays at the
  // host's height (150 px when none is written): say why where whoever embedded it will look.
  const framed = window.parent !== window;
  const origin = framed ? parentOrigin() : null;
  return (
    <div ref={setRoot} className="embed">
      {framed && !isAllowedParent(origin, parentOrigins) && (
        <p className="embed-not-allowed" role="note">
          {m.embed.notAllowed(origin)}
        </p>
      )}
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
  const { m } = useI18n();
  const { params, update, hash } = useRouteParams('embed');
  const controls = params.controls !== '0';
  const { settings, change } = useIndicatorSettings(dataset, indicator, figureParams(params), update);
  const fullLink = new URL(linkTo(hash, indicatorPath(indicator.id)), window.location.href).href;

  if (params.card === 'kpi') {
    return (
      <>
        <HeadlineCard dataset={dataset} indicator={indicator} theme={theme} href={fullLink} />
        <SourceLine dataset={dataset} sourceIds={indicator.series.flatMap((s) => s.points.flatMap((p) => (p.source ? [p.source] : [])))} compact />
      </>
    );
  }
  return (
    <>
      <IndicatorFigure
        dataset={dataset}
        indicator={indicator}
        settings={settings}
        theme={theme}
        view={params.view ?? 'chart'}
        hash={hash}
        onSettings={controls ? change : undefined}
        onView={controls ? (view) => update({ view: view === 'chart' ? undefined : view }) : undefined}
        actions={controls}
      />
      {controls && (
        <p className="embed-open">
          <a href={fullLink} target="_blank" rel="noopener noreferrer">
            {m.embed.openFull}
          </a>
        </p>
      )}
    </>
  );
}
