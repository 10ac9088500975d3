import { useRef } from 'react';
import type { LoadedDataset } from '../../data/load/dataset-query';
import type { Indicator } from '../../data/dataset/schema';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import type { ChartTheme } from '../../charts/palette';
import { OverviewFigure } from './overview-figure';
import { DroppedNotice } from '../../components/dropped-notice';
import { useHash } from '../../routing/route';
import { indicatorPath, linkTo } from '../../routing/links';
import { HeadlineCard } from '../../components/headline-card';
import { ValueCard } from './value-card';
import { MilestoneList } from '../../components/milestone-list';
import { useOverviewPlace } from './overview-place';

function periodCount(indicator: Indicator): number {
  return new Set(indicator.series.flatMap((s) => s.points.map((p) => p.period))).size;
}

/** Headline cards, then each theme in dataset order with its charts, figures and milestones. */
export function OverviewView({ loaded, theme }: { loaded: LoadedDataset; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const hash = useHash();
  const { dataset } = loaded;
  const href = (id: string) => linkTo(hash, indicatorPath(id));
  const highlights = dataset.indicators.filter((i) => i.highlight);
  const root = useRef<HTMLDivElement>(null);
  useOverviewPlace(root);

  return (
    <div ref={root} className="overview">
      <DroppedNotice loaded={loaded} />
      {dataset.description && <p className="dataset-description">{localText(dataset.description, lang)}</p>}
      {highlights.length > 0 && (
        <section aria-labelledby="headline-heading" className="headline-section">
          <h2 id="headline-heading" className="visually-hidden">
            {m.headline}
          </h2>
          <div className="headline-grid">
            {highlights.map((indicator) => (
              <HeadlineCard key={indicator.id} dataset={dataset} indicator={indicator} theme={theme} href={href(indicator.id)} />
            ))}
          </div>
        </section>
      )}
      {dataset.themes.map((t) => {
        const indicators = dataset.indicators.filter((i) => i.theme === t.id);
        const charts = indicators.filter((i) => periodCount(i) >= 2);
        const figures = indicators.filter((i) => periodCount(i) < 2);
        const milestones = dataset.milestones.filter((ms) => ms.theme === t.id);
        if (indicators.length === 0 && milestones.length === 0) return null;
        return (
          <section key={t.id} className="theme-section" aria-labelledby={`theme-${t.id}`}>
            <header className="theme-head">
              <h2 id={`theme-${t.id}`}>{localText(t.name, lang)}</h2>
              {t.description && <p>{localText(t.description, lang)}</p>}
              <p className="theme-count">{m.themeCount(charts.length, figures.length)}</p>
            </header>
            {charts.length > 0 && (
              <div className="chart-grid">
                {charts.map((indicator) => (
                  <OverviewFigure key={indicator.id} dataset={dataset} indicator={indicator} theme={theme} href={href(indicator.id)} />
                ))}
              </div>
            )}
            {figures.length > 0 && (
              <div className="value-grid">
                {figures.map((indicator) => (
                  <ValueCard key={indicator.id} dataset={dataset} indicator={indicator} href={href(indicator.id)} />
                ))}
              </div>
            )}
            <MilestoneList milestones={milestones} level={3} />
          </section>
        );
      })}
    </div>
  );
}
