import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import type { LoadedDataset } from '../../data/load/dataset-query';
import { useI18n } from '../../i18n/i18n-context';
import type { ChartTheme } from '../../charts/palette';
import { figureModel } from '../../data/figure/figure-model';
import { resolveFigureSettings } from '../../data/figure/figure-settings';
import { figureParams } from '../../routing/route-params';
import { useRouteParams } from '../../routing/use-route';
import { linkTo } from '../../routing/links';
import { planPriorities } from '../../data/figure/plan-facts';
import { currentSlide, planSlides } from './slide-list';
import { Slide } from './slide';
import { PlanSlide } from './plan-slide';

// The presentation: one slide per chart, full-bleed, driven from the keyboard like a slide
// deck. The slide number lives in the address (replaced, not pushed, so Back leaves the
// presentation instead of stepping through every slide). Every slide stays laid out, only
// the current one visible, so charts are drawn at their size and printing shows them all.

/** A PowerPoint chart spans about 1,200 px of a wide slide: more points than that are not seen. */
const DECK_PLOT_PIXELS = 1200;

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** Focus here keeps its own keys: a field or a menu uses every key, a button or link uses Space. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, select, textarea, [role="menu"]')) return true;
  return key === ' ' && target.closest('button, a') !== null;
}

// Set from `beforeprint`, which comes before the print layout, so every slide's chart is
// rendered in time to be printed; the media query covers emulated print as well.
let printRequested = false;

function subscribePrint(onChange: () => void): () => void {
  const query = window.matchMedia('print');
  const before = () => {
    printRequested = true;
    flushSync(onChange);
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  query.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    query.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

const isPrinting = () => printRequested || window.matchMedia('print').matches;

function subscribeFullscreen(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

export function PresentView({ loaded, theme }: { loaded: LoadedDataset; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const { params, update, hash } = useRouteParams('present');
  const { dataset } = loaded;
  // Keyed on the parameters that shape the slides, not on `slide`, so moving to another slide
  // leaves every slide's data (and drawn chart) as it is.
  const slidesKey = (params.slides ?? []).join(',');
  const settingsKey = JSON.stringify(figureParams(params));
  const plan = useMemo(() => planSlides(dataset, slidesKey.split(',').filter(Boolean)), [dataset, slidesKey]);
  const slides = useMemo(() => {
    const shared = JSON.parse(settingsKey) as ReturnType<typeof figureParams>;
    return plan.indicators.map((indicator) => ({ indicator, settings: resolveFigureSettings(shared, indicator, dataset) }));
  }, [plan, settingsKey, dataset]);
  // `plan=1`: the work plan, one slide per priority, in place of the charts.
  const planMode = params.plan === '1';
  const priorities = useMemo(() => (planMode ? planPriorities(dataset) : []), [planMode, dataset]);
  const total = planMode ? priorities.length : slides.length;
  const current = currentSlide(params.slide, total);
  const rootRef = useRef<HTMLDivElement>(null);
  const printing = useSyncExternalStore(subscribePrint, isPrinting, () => false);
  const fullscreen = useSyncExternalStore(subscribeFullscreen, () => document.fullscreenElement !== null, () => false);
  const [deck, setDeck] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const go = useCallback(
    (n: number) => update({ slide: Math.min(Math.max(n, 1), total) }, { replace: true }),
    [total, update],
  );

  // An address asking for a slide past the end (slide=99 of 7) shows the last one: say so in
  // the address too, so a copied link names the slide on screen.
  useEffect(() => {
    if (total > 0 && params.slide !== undefined && params.slide !== current) update({ slide: current }, { replace: true });
  }, [params.slide, current, total, update]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    // Refused when the page is framed without allowfullscreen: the slides still work as they are.
    else void rootRef.current?.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const { key } = event;
      if (key === 'Escape') {
        if (document.fullscreenElement) void document.exitFullscreen();
        return;
      }
      if (ownsKey(event.target, key)) return;
      if (NEXT_KEYS.has(key)) go(current + 1);
      else if (PREVIOUS_KEYS.has(key)) go(current - 1);
      else if (key === 'Home') go(1);
      else if (key === 'End') go(total);
      else if (key === 'f' || key === 'F') toggleFullscreen();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [current, total, go, toggleFullscreen]);

  const downloadDeck = async () => {
    if (deck.busy) return;
    setDeck({ busy: true, error: null });
    try {
      const { downloadDeck: build, downloadPlanDeck } = await import('../../export/deck');
      if (planMode) {
        await downloadPlanDeck(dataset, priorities, theme, lang);
      } else {
        const models = slides.map((entry) => ({ model: figureModel({ dataset, entries: [entry], plotWidth: DECK_PLOT_PIXELS }) }));
        await build(dataset, models, theme, lang);
      }
      setDeck({ busy: false, error: null });
    } catch {
      setDeck({ busy: false, error: m.exports.failed('PowerPoint') });
    }
  };

  return (
    <div ref={rootRef} className="present">
      <nav className="present-controls" aria-label={m.present.controls}>
        <a className="present-exit" href={linkTo(hash, '/')}>
          {m.present.exit}
        </a>
        <div className="present-nav">
          <button type="button" onClick={() => go(current - 1)} disabled={current <= 1}>
            <span aria-hidden="true">← </span>
            {m.present.previous}
          </button>
          <p className="present-counter" aria-live="polite">
            {m.present.counter(current, total)}
          </p>
          <button type="button" onClick={() => go(current + 1)} disabled={current >= total}>
            {m.present.next}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <div className="present-tools">
          {document.fullscreenEnabled && (
            <button type="button" onClick={toggleFullscreen}>
              {fullscreen ? m.present.exitFullScreen : m.present.fullScreen}
            </button>
          )}
          <button type="button" onClick={() => void downloadDeck()} aria-busy={deck.busy}>
            {deck.busy ? m.exports.preparing : m.present.downloadDeck}
          </button>
        </div>
        <p className="present-keys">{m.present.keys}</p>
      </nav>
      {!planMode && plan.unknown.length > 0 && (
        <p role="status" className="present-notice">
          {m.explorer.unknownIds(plan.unknown.join(m.punct.listSep))}
        </p>
      )}
      {deck.error && (
        <div role="alert" className="present-error">
          <p>{deck.error}</p>
          <button type="button" className="link-button" onClick={() => setDeck({ busy: false, error: null })}>
            {m.exports.dismiss}
          </button>
        </div>
      )}
      <div className="slides">
        {planMode &&
          priorities.map((priority, i) => (
            <PlanSlide key={priority.plan.id} dataset={dataset} priority={priority} theme={theme} hash={hash} number={i + 1} total={total} current={i + 1 === current} />
          ))}
        {!planMode && slides.map(({ indicator, settings }, i) => (
          <Slide
            key={indicator.id}
            dataset={dataset}
            indicator={indicator}
            settings={settings}
            theme={theme}
            number={i + 1}
            total={total}
            current={i + 1 === current}
            // Drawing every chart at once is slow on a modest machine: only the slide on screen
            // draws its chart, and every slide when printing.
            drawChart={printing || i + 1 === current}
          />
        ))}
      </div>
    </div>
  );
}
