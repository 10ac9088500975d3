import { useId, useMemo } from 'react';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { resolveFigureSettings } from '../../data/figure/figure-settings';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { ChartBoundary } from '../../charts/chart-boundary';
import type { ChartTheme } from '../../charts/palette';
import { ChartFailed } from '../../components/chart-failed';
import { FigureFrame } from '../../components/figure/figure-frame';
import { useHash } from '../../routing/route';
import { presentLink } from '../../routing/links';

const HEIGHT = 240;

/**
 * One indicator of the overview, with its default settings. Whatever fails while preparing or
 * drawing it stays inside its own frame, which keeps the indicator's name and says so.
 */
export function OverviewFigure({ dataset, indicator, theme, href }: { dataset: Dataset; indicator: Indicator; theme: ChartTheme; href: string }) {
  const { lang } = useI18n();
  const hash = useHash();
  const entries = useMemo(() => [{ indicator, settings: resolveFigureSettings({}, indicator, dataset) }], [indicator, dataset]);
  return (
    <ChartBoundary resetKey={indicator} fallback={<FailedFigure indicator={indicator} href={href} />}>
      <FigureFrame
        dataset={dataset}
        entries={entries}
        theme={theme}
        title={{ text: localText(indicator.name, lang), href }}
        height={HEIGHT}
        layout="card"
        actions={{ linkHash: href, presentHash: presentLink(hash, indicator.id, {}), embed: { indicator, viewParams: {} } }}
      />
    </ChartBoundary>
  );
}

function FailedFigure({ indicator, href }: { indicator: Indicator; href: string }) {
  const { lang } = useI18n();
  const titleId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <div className="figure-head">
        <h3 id={titleId} className="figure-title">
          <a href={href}>{localText(indicator.name, lang)}</a>
        </h3>
      </div>
      <ChartFailed />
    </figure>
  );
}
