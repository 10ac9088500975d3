import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useQuery, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { parseHash, useHash, type Route } from '../routing/route';
import { linkTo } from '../routing/links';
import { datasetQueryOptions, LOCAL_PREFIX, type LoadedDataset } from '../data/load/dataset-query';
import { DataError } from '../data/load/fetch-json';
import { I18nProvider, useI18n, useShownLang } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { loadMessages, MESSAGES } from '../i18n/messages';
import { PALETTES, type ChartTheme } from '../charts/palette';
import { loadRechartsFrame } from '../charts/recharts-frame';
import { DataErrorPanel, LoadingPanel, OfflinePanel } from '../components/data-state';
import { OverviewView, type OverviewFirstScreen } from '../views/overview/overview-view';
import { LocalMissing } from '../views/open-data/local-missing';
// The overview is the first screen; every other view loads when its address is opened, and the
// view of the address the page opens on starts loading at once, beside config and data, rather
// than after them.
// The views with wide figures also ask for the Recharts frame (charts/recharts-frame.ts), which the
// overview's cards never load.
const VIEW_LOADERS = {
  indicator: () => withRecharts(import('../views/indicator/indicator-view').then((mod) => ({ default: mod.IndicatorView }))),
  compare: () => withRecharts(import('../views/compare/compare-view').then((mod) => ({ default: mod.CompareView }))),
  present: () => withRecharts(import('../views/present/present-view').then((mod) => ({ default: mod.PresentView }))),
  embed: () => withRecharts(import('../views/embed/embed-view').then((mod) => ({ default: mod.EmbedView }))),
  plan: () => import('../views/plan/plan-view').then((mod) => ({ default: mod.PlanView })),
};
function withRecharts<T>(view: Promise<T>): Promise<T> {
  // Not awaited: the view renders its frame and words at once; its chart follows the frame.
  void loadRechartsFrame().catch(() => undefined);
  return view;
}
const loading = new Map<keyof typeof VIEW_LOADERS, ReturnType<(typeof VIEW_LOADERS)[keyof typeof VIEW_LOADERS]>>();
function loadView<K extends keyof typeof VIEW_LOADERS>(name: K): ReturnType<(typeof VIEW_LOADERS)[K]> {
  let pending = loading.get(name);
  if (!pending) {
    pending = VIEW_LOADERS[name]();
    loading.set(name, pending);
  }
  return pending as ReturnType<(typeof VIEW_LOADERS)[K]>;
}
const IndicatorView = lazy(() => loadView('indicator'));
const CompareView = lazy(() => loadView('compare'));
const PresentView = lazy(() => loadView('present'));
const EmbedView = lazy(() => loadView('embed'));
const PlanView = lazy(() => loadView('plan'));

if (typeof window !== 'undefined') {
  const first = parseHash(window.location.hash);
  if (first.route.name in VIEW_LOADERS) void loadView(first.route.name as keyof typeof VIEW_LOADERS).catch(() => undefined);
  // English is a chunk of its own (i18n/messages.ts): an address that asks for it starts loading
  // it now, beside config and data.
  if (first.params.get('lang') === 'en') void loadMessages('en').catch(() => undefined);
}
import { ConfigError, dataOrigins, resolveDataUrl, type AppConfig } from './config';
import { configQueryOptions } from './config-query';
import { readAppParams } from './app-params';
import { useResolvedAppearance } from './appearance';
import { riseColour, useRisePreference } from './change-colours';
import { AppHeader } from './app-header';
import { FreshnessNote } from './freshness-note';
import { shownFirstScreen, whenAppLive } from './first-screen';

/** The prerendered first screen, for the overview that takes over from it. */
const FIRST_SCREEN: OverviewFirstScreen = { shape: shownFirstScreen, whenLive: whenAppLive };

export function App() {
  const hash = useHash();
  const location = useMemo(() => parseHash(hash), [hash]);
  const config = useQuery(configQueryOptions());
  const earlyLang = useShownLang(location.params.get('lang') === 'en' ? 'en' : 'zh');

  if (!earlyLang && (config.isPending || config.isError)) return <main id="main" className="page" aria-busy="true" />;
  if (earlyLang && config.isPending) {
    return (
      <I18nProvider lang={earlyLang}>
        <main id="main" className="page">
          <LoadingPanel label={MESSAGES[earlyLang].loadingConfig} />
        </main>
      </I18nProvider>
    );
  }
  if (earlyLang && config.isError) {
    return (
      <I18nProvider lang={earlyLang}>
        <ConfigErrorPage error={config.error} />
      </I18nProvider>
    );
  }
  if (!config.data) return null;
  return <Shell route={location.route} params={location.params} config={config.data} />;
}

function ConfigErrorPage({ error }: { error: Error }) {
  const { m } = useI18n();
  return (
    <main id="main" className="page">
      <div className="state-panel state-error" role="status">
        <h1>{m.errors.configTitle}</h1>
        <p className="state-message">{error.message}</p>
        {error instanceof ConfigError && error.issues.length > 0 && (
          <ul className="issue-list">
            {error.issues.map((i) => (
              <li key={i.path}>
                <code className="issue-path">{i.path}</code> {i.message}
              </li>
            ))}
          </ul>
        )}
        <p>{m.errors.configHelp}</p>
      </div>
    </main>
  );
}

function dataSource(data: string | undefined, config: AppConfig) {
  return data?.startsWith(LOCAL_PREFIX) ? { allowed: true as const, url: data } : resolveDataUrl(data, config);
}

/** The dataset query of the page, as the shell runs it. */
function shellDatasetQuery(source: ReturnType<typeof dataSource>, refreshMinutes: number | undefined, config: AppConfig) {
  const local = source.url.startsWith(LOCAL_PREFIX);
  return {
    ...datasetQueryOptions(source.url, config.dataCredentials, local ? undefined : refreshMinutes, dataOrigins(config)),
    enabled: source.allowed && !local,
  };
}

/**
 * Fills the query cache with what the page at `hash` will first ask for: config.json and its
 * dataset. boot.tsx awaits it while the prerendered first screen is shown, whose requests the
 * entry made long ago, so the app's first render is already the view, not a loading state that
 * a second render replaces. Whatever fails here is left for the app to show as it always does.
 */
export async function prefetchFirstView(client: QueryClient, hash: string): Promise<void> {
  try {
    const config = await client.fetchQuery(configQueryOptions());
    const app = readAppParams(parseHash(hash).params, config);
    const query = shellDatasetQuery(dataSource(app.data, config), app.refreshMinutes, config);
    if (query.enabled) await client.fetchQuery(query);
  } catch {
    // The app renders the error.
  }
}

function Shell({ route, params, config }: { route: Route; params: URLSearchParams; config: AppConfig }) {
  const wanted = readAppParams(params, config);
  // The language whose messages are loaded (English loads on first use): the page switches
  // when they are in, and shows nothing before on a first English page.
  const lang = useShownLang(wanted.lang);
  const app = lang === undefined || lang === wanted.lang ? wanted : { ...wanted, lang };
  const resolved = useResolvedAppearance(app.appearance);
  const theme = PALETTES[resolved];
  // A file opened in this page is already in the query cache under its `local:` address.
  const local = app.data?.startsWith(LOCAL_PREFIX) ?? false;
  const source = useMemo(() => dataSource(app.data, config), [app.data, config]);
  const dataset = useQuery(shellDatasetQuery(source, app.refreshMinutes, config));

  const rise = riseColour(useRisePreference(), app.lang);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = app.lang === 'zh' ? 'zh-CN' : 'en';
    root.dataset.appearance = resolved;
    root.dataset.lang = app.lang;
    root.dataset.rise = rise;
  }, [app.lang, resolved, rise]);

  const title = lang === undefined ? '' : dataset.data ? localText(dataset.data.dataset.title, lang) : MESSAGES[lang].appName;
  useEffect(() => {
    if (lang !== undefined) document.title = `${MESSAGES[lang].viewTitles[route.name]} · ${title}`;
  }, [lang, route.name, title]);

  const refused = source.allowed ? null : new DataError('refused', source.url, { details: source.origin || source.url });

  if (lang === undefined) return <main id="main" className="page" aria-busy="true" />;
  return (
    <I18nProvider lang={app.lang}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {MESSAGES[app.lang].skipToContent}
      </a>
      {/* The presentation is full-bleed and an embed minimal: each carries its own title. */}
      {route.name !== 'present' && route.name !== 'embed' && <AppHeader title={title} loaded={dataset.data} app={app} />}
      <main id="main" className={route.name === 'embed' ? 'page embed-page' : 'page'} tabIndex={-1}>
        {refused ? (
          <DataErrorPanel error={refused} />
        ) : local && !dataset.data ? (
          <LocalMissing />
        ) : (
          <DatasetGate query={dataset} showFetchTime={app.refreshMinutes !== undefined}>{(loaded) => (
              <Suspense fallback={<LoadingPanel />}>
                <RouteView route={route} loaded={loaded} theme={theme} config={config} />
              </Suspense>
            )}</DatasetGate>
        )}
      </main>
    </I18nProvider>
  );
}

/** The skip link must not change the hash, which holds the view. */
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function DatasetGate({
  query,
  showFetchTime,
  children,
}: {
  query: UseQueryResult<LoadedDataset>;
  showFetchTime: boolean;
  children: (loaded: LoadedDataset) => React.ReactNode;
}) {
  if (query.data) {
    return (
      <>
        <FreshnessNote query={query} showTime={showFetchTime} />
        {children(query.data)}
      </>
    );
  }
  // One live region from loading to error, so the change is announced: a region that is
  // inserted with its text already in it is often not read out.
  return (
    <div className="state-live" aria-live="polite">
      {query.isError ? (
        <DataErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPaused ? (
        <OfflinePanel onRetry={() => void query.refetch()} />
      ) : (
        <LoadingPanel />
      )}
    </div>
  );
}

function RouteView({ route, loaded, theme, config }: { route: Route; loaded: LoadedDataset; theme: ChartTheme; config: AppConfig }) {
  const { m } = useI18n();
  const hash = useHash();
  if (loaded.dataset.indicators.length === 0) {
    return (
      <p role="status" className="state-panel">
        {m.emptyDataset}
      </p>
    );
  }
  switch (route.name) {
    case 'overview':
      return <OverviewView loaded={loaded} theme={theme} firstScreen={FIRST_SCREEN} />;
    case 'present':
      return <PresentView loaded={loaded} theme={theme} />;
    case 'indicator':
      return <IndicatorView id={route.id} loaded={loaded} theme={theme} />;
    case 'compare':
      return <CompareView loaded={loaded} theme={theme} />;
    case 'plan':
      return <PlanView loaded={loaded} theme={theme} />;
    case 'embed':
      return <EmbedView id={route.id} loaded={loaded} theme={theme} parentOrigins={config.embedParentOrigins} />;
    default:
      return (
        <div className="state-panel" role="status">
          <p className="state-message">{m.errors.notFound}</p>
          <a className="button" href={linkTo(hash, '/')}>
            {m.backToOverview}
          </a>
        </div>
      );
  }
}
