import { startTransition, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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
import { DRAW_ALL_EVENT } from '../../charts/draw-all';
import { whenIdle } from '../../charts/when-idle';

/** After the takeover, the rest of the overview waits this long, then for idle time: the first hover or key on the charts in view comes first. */
const REST_PAUSE_MS = 300;

function periodCount(indicator: Indicator): number {
  return new Set(indicator.series.flatMap((s) => s.points.map((p) => p.period))).size;
}

/**
 * The prerendered first screen the overview takes over from (app/first-screen.ts), when one is
 * shown: what it holds, and when the app is live.
 */
export interface OverviewFirstScreen {
  /** What the shown first screen holds of the overview; undefined when none is shown. */
  shape: () => { sections: number; restHeight: number } | undefined;
  /** Calls back once the app has taken over; returns a function that cancels it. */
  whenLive: (callback: () => void) => () => void;
}

/**
 * Headline cards, then each theme in dataset order with its charts, figures and milestones.
 *
 * Taking over from a prerendered first screen, it first renders only the sections that screen
 * holds, with a box of the same height for the rest, so the takeover waits only for what the
 * reader sees; the rest is rendered once the app is live and the page idle, as a transition (a
 * first hover or key is not kept waiting for it), at once when the reader scrolls or presses a
 * key, and synchronously before printing.
 */
export function OverviewView({ loaded, theme, firstScreen }: { loaded: LoadedDataset; theme: ChartTheme; firstScreen?: OverviewFirstScreen }) {
  const { lang, m } = useI18n();
  const hash = useHash();
  const { dataset } = loaded;
  const href = (id: string) => linkTo(hash, indicatorPath(id));
  const highlights = dataset.indicators.filter((i) => i.highlight);
  const root = useRef<HTMLDivElement>(null);
  useOverviewPlace(root);
  const [held, setHeld] = useState(() => firstScreen?.shape());

  useEffect(() => {
    if (!held || !firstScreen) return;
    let cancelIdle: (() => void) | undefined;
    const cancel = firstScreen.whenLive(() => {
      cancelIdle = whenIdle(() => startTransition(() => setHeld(undefined)), REST_PAUSE_MS);
    });
    // A reader who scrolls or presses a key is on their way to the rest: at once, still as a
    // transition, so the key itself (a point read on a chart) is answered first.
    const soon = () => startTransition(() => setHeld(undefined));
    window.addEventListener('scroll', soon, { passive: true });
    window.addEventListener('keydown', soon);
    // Their lazy boxes are drawn at once too (charts/draw-all.ts isDrawingAll).
    const now = () => flushSync(() => setHeld(undefined));
    window.addEventListener('beforeprint', now);
    window.addEventListener(DRAW_ALL_EVENT, now);
    return () => {
      cancel();
      cancelIdle?.();
      window.removeEventListener('scroll', soon);
      window.removeEventListener('keydown', soon);
      window.removeEventListener('beforeprint', now);
      window.removeEventListener(DRAW_ALL_EVENT, now);
    };
  }, [held, firstScreen]);

  const sections = dataset.themes.flatMap((t) => {
    const indicators = dataset.indicators.filter((i) => i.theme === t.id);
    const milestones = dataset.milestones.filter((ms) => ms.theme === t.id);
    return indicators.length === 0 && milestones.length === 0 ? [] : [{ t, indicators, milestones }];
  });
  const shown = held ? sections.slice(0, held.sections) : sections;

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
      {shown.map(({ t, indicators, milestones }) => {
        const charts = indicators.filter((i) => periodCount(i) >= 2);
        const figures = indicators.filter((i) => periodCount(i) < 2);
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
      {held && shown.length < sections.length && <div className="overview-rest" aria-hidden="true" style={{ height: held.restHeight }} />}
    </div>
  );
}
