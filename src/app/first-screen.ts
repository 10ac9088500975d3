import { fingerprint } from '../../scripts/fingerprint.mjs';
import type { EarlyFetches } from '../data/load/early-fetch';

// The first screen, drawn at build time (scripts/prerender.mjs) and shipped hidden in index.html
// as #prerender. The entry reveals it the moment the fetched dataset is confirmed to be the one
// the build drew, before the app's JavaScript has even arrived; the app then takes over when it
// has drawn the same figures. Whenever anything differs — another dataset, a revised file,
// another language, appearance, colour setting or a narrow window — the prerender is removed
// unseen and the app renders as it always did. This module is part of the entry: it stays tiny
// and imports nothing of React or the app.

/** What index.html's `<meta name="prerender">` says the build drew. */
export interface FirstScreenMeta {
  /** scripts/fingerprint.mjs of the dataset's bytes. */
  fingerprint: string;
  lang: 'zh' | 'en';
  appearance: 'light' | 'dark';
  /** The narrowest window with the same layout as the one drawn (CSS px). */
  minWidth: number;
  /** The dataset's address, relative to the page (as config.json says it). */
  data: string;
  /** The colour of a rise it drew ('red' or 'green'). */
  rise: 'red' | 'green';
}

/** The reader's situation, read by the entry before anything is shown. */
export interface Situation {
  /** location.hash */
  hash: string;
  /** document.baseURI */
  base: string;
  /** The window's width, CSS px. */
  width: number;
  prefersDark: boolean;
  /** The rise-colour setting kept in local storage (null: none, follow the language). */
  risePreference: string | null;
  /** config.json as read (`{}` for a 404), undefined when it could not be read. */
  config: unknown;
  /** The absolute address of the dataset that was fetched, and its fingerprint. */
  fetched: { url: string; fingerprint: string } | undefined;
}

/** The same key as app/change-colours.ts (tested there and here). */
export const RISE_STORAGE_KEY = 'indicator-dashboard:rise-colour';

const COMMON_PARAMS = new Set(['lang', 'appearance', 'refresh']);

export function readMeta(doc: Document): FirstScreenMeta | undefined {
  const content = doc.querySelector('meta[name="prerender"]')?.getAttribute('content');
  if (!content) return undefined;
  try {
    const m = JSON.parse(content) as Partial<FirstScreenMeta>;
    if (typeof m.fingerprint !== 'string' || typeof m.data !== 'string' || typeof m.minWidth !== 'number') return undefined;
    if ((m.lang !== 'zh' && m.lang !== 'en') || (m.appearance !== 'light' && m.appearance !== 'dark')) return undefined;
    return { ...m, rise: m.rise === 'green' ? 'green' : 'red' } as FirstScreenMeta;
  } catch {
    return undefined;
  }
}

/** The overview's parameters, when the address is the overview (`#/`, or no hash); else undefined. */
function overviewQuery(hash: string): URLSearchParams | undefined {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = q >= 0 ? h.slice(0, q) : h;
  if (path !== '' && path !== '/') return undefined;
  return new URLSearchParams(q >= 0 ? h.slice(q + 1) : '');
}

/** The overview, with no parameter but the language, appearance and refresh. */
function overviewWithCommonParams(hash: string): URLSearchParams | undefined {
  const query = overviewQuery(hash);
  if (!query) return undefined;
  for (const key of query.keys()) if (!COMMON_PARAMS.has(key)) return undefined;
  return query;
}

/** Whether the prerendered first screen shows exactly what the app will draw for this reader. */
export function shouldReveal(meta: FirstScreenMeta, s: Situation): boolean {
  const query = overviewWithCommonParams(s.hash);
  if (!query) return false;
  if (typeof s.config !== 'object' || s.config === null || Array.isArray(s.config)) return false;
  const config = s.config as Record<string, unknown>;
  // An invalid value in the address falls back to config.json's default, as the app does.
  const param = (name: string, values: readonly string[]) => {
    const v = query.get(name);
    return v !== null && values.includes(v) ? v : undefined;
  };
  const lang = param('lang', ['zh', 'en']) ?? config.defaultLanguage ?? 'zh';
  if (lang !== meta.lang) return false;
  const appearance = param('appearance', ['auto', 'light', 'dark']) ?? config.defaultAppearance ?? 'auto';
  const resolved = appearance === 'auto' ? (s.prefersDark ? 'dark' : 'light') : appearance;
  if (resolved !== meta.appearance) return false;
  const rise = s.risePreference === 'red' || s.risePreference === 'green' ? s.risePreference : lang === 'zh' ? 'red' : 'green';
  if (rise !== meta.rise) return false;
  if (s.width < meta.minWidth) return false;
  const dataUrl = typeof config.dataUrl === 'string' && config.dataUrl !== '' ? config.dataUrl : meta.data;
  let drawn: string;
  let named: string;
  try {
    drawn = new URL(meta.data, s.base).href;
    named = new URL(dataUrl, s.base).href;
  } catch {
    return false;
  }
  if (named !== drawn || !s.fetched || s.fetched.url !== drawn) return false;
  return s.fetched.fingerprint === meta.fingerprint;
}

function prerenderElement(): HTMLElement | null {
  return document.getElementById('prerender');
}

function removePrerender(): void {
  prerenderElement()?.remove();
  document.getElementById('root')?.classList.remove('behind-first-screen');
}

function readRisePreference(): string | null {
  try {
    return window.localStorage.getItem(RISE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Called by the entry with the requests it started: shows #prerender over #root's empty shell
 * when the dataset is confirmed, or removes it. Resolves with whether it was shown.
 */
export async function revealFirstScreen(meta: FirstScreenMeta | undefined, early: EarlyFetches): Promise<boolean> {
  const element = prerenderElement();
  // Another view, or the overview with settings of its own: decided at once, without the data.
  if (!meta || !element || !overviewWithCommonParams(window.location.hash)) {
    removePrerender();
    return false;
  }
  let shown = false;
  try {
    const [config, data] = await Promise.all([early.config, early.data]);
    const bytes = data?.bytes ? await data.bytes : undefined;
    // The app may have drawn (and taken over) already on a very fast machine.
    if (element.isConnected) {
      shown = shouldReveal(meta, {
        hash: window.location.hash,
        base: document.baseURI,
        width: window.innerWidth,
        prefersDark: typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches,
        risePreference: readRisePreference(),
        config,
        fetched: data && bytes ? { url: data.url, fingerprint: fingerprint(bytes) } : undefined,
      });
    }
  } catch {
    shown = false;
  }
  // Taken over (or removed) while the bytes were being checked: nothing to show any more.
  if (!shown || !element.isConnected) {
    removePrerender();
    return false;
  }
  const html = document.documentElement;
  html.dataset.appearance = meta.appearance;
  html.dataset.lang = meta.lang;
  html.dataset.rise = meta.rise;
  document.getElementById('root')?.classList.add('behind-first-screen');
  element.hidden = false;
  // With the prerender in the page a scroll bar may take its width: measured now, before the
  // browser paints, a window too narrow for the drawn layout still never sees it.
  if (document.documentElement.clientWidth < meta.minWidth) {
    removePrerender();
    return false;
  }
  performance.mark('dashboard:first-screen');
  return true;
}

/** A live figure has drawn its chart: an svg with a path, as the prerender holds. */
function drawnChart(figure: Element): boolean {
  for (const path of figure.querySelectorAll('svg.recharts-surface path, svg.chart-surface path')) {
    const d = path.getAttribute('d');
    if (d && d.length > 1) return true;
  }
  return false;
}

/** How long the prerender may wait for the app before it gives way regardless. */
export const TAKEOVER_TIMEOUT_MS = 15_000;

let live = false;
const liveListeners = new Set<() => void>();

function markLive(): void {
  performance.mark('dashboard:live');
  document.documentElement.dataset.live = 'true';
  live = true;
  for (const listener of [...liveListeners]) listener();
  liveListeners.clear();
}

/**
 * Calls `listener` once the app is live (at once if it already is): the prerender has given way,
 * or there was none. Returns a function that cancels it.
 */
export function whenAppLive(listener: () => void): () => void {
  if (live) {
    listener();
    return () => {};
  }
  liveListeners.add(listener);
  return () => liveListeners.delete(listener);
}

/** Whether the prerendered first screen is on the page and shown (not yet taken over). */
export function firstScreenShowing(): boolean {
  const element = prerenderElement();
  return element !== null && !element.hidden && !live;
}

/** What of the overview the shown first screen holds: the sections in the window, and a box of the rest's height. */
export interface FirstScreenShape {
  /** How many of the overview's theme sections it holds, in full. */
  sections: number;
  /** The height of the box that stands for the rest of the overview, CSS px. */
  restHeight: number;
}

/**
 * While the prerendered first screen is on the page, shown and not yet taken over: what it holds
 * of the overview (undefined if nothing, or if it holds the whole overview). The live overview
 * renders the same sections first, with a box of the same height for the rest, so the takeover
 * waits only for what the reader sees; the rest follows once the app is live.
 */
export function shownFirstScreen(): FirstScreenShape | undefined {
  const element = prerenderElement();
  if (!element || !firstScreenShowing()) return undefined;
  const rest = element.querySelector('.prerender-rest');
  if (!rest) return undefined;
  return { sections: element.querySelectorAll('.theme-section').length, restHeight: rest.getBoundingClientRect().height };
}

/**
 * Called by boot.tsx before the app renders into `root`. When the live app has drawn every
 * figure the prerender shows (the same figures, by index), or shows something else instead (an
 * error, another view), #prerender is removed and #root shown in the same frame: the layout is
 * the same, so nothing moves. Marks `dashboard:live` then.
 */
export function takeOverFirstScreen(root: HTMLElement): void {
  const element = prerenderElement();
  if (!element) {
    // Nothing prerendered, or not revealed: the app is live once it has drawn a chart or an error.
    whenLive(root, () => root.querySelector('main [role="alert"]') !== null || [...root.querySelectorAll('figure')].some(drawnChart));
    return;
  }
  const wanted = [...element.querySelectorAll('[data-pre-figure]')].map((f) => Number(f.getAttribute('data-pre-figure')));
  const address = window.location.hash;
  const ready = () => {
    if (!element.isConnected) return true;
    // The reader went elsewhere before the takeover: the app draws that view, so give way now.
    if (window.location.hash !== address) return true;
    if (root.querySelector('main [role="alert"]')) return true;
    const figures = root.querySelectorAll('figure');
    if (figures.length === 0) return false;
    return wanted.every((i) => {
      const f = figures[i];
      return f !== undefined && drawnChart(f);
    });
  };
  whenLive(root, ready, () => removePrerender());
}

function whenLive(root: HTMLElement, ready: () => boolean, swap: () => void = () => {}): void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    swap();
    markLive();
  };
  // Mutation callbacks run before the browser paints the frame the mutations belong to, so the
  // swap lands in the very frame where the live figures are first drawn.
  const observer = new MutationObserver(() => {
    if (root.childElementCount > 0 && ready()) finish();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['d'] });
  const timer = setTimeout(finish, TAKEOVER_TIMEOUT_MS);
}
