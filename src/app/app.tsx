import { useEffect, useMemo } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { parseHash, useHash, type Route } from '../routing/route';
import { linkTo } from '../routing/links';
import { datasetQueryOptions, type LoadedDataset } from '../data/dataset-query';
import { DataError } from '../data/fetch-json';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { localText, type Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { PALETTES, type ChartTheme } from '../charts/palette';
import { DataErrorPanel, LoadingPanel } from '../components/data-state';
import { OverviewView } from '../views/overview/overview-view';
import { ConfigError, resolveDataUrl, type AppConfig } from './config';
import { configQueryOptions } from './config-query';
import { readAppParams } from './app-params';
import { useResolvedAppearance } from './appearance';
import { AppHeader } from './app-header';
import { FreshnessNote } from './freshness-note';

export function App() {
  const hash = useHash();
  const location = useMemo(() => parseHash(hash), [hash]);
  const config = useQuery(configQueryOptions());
  const earlyLang: Lang = location.params.get('lang') === 'en' ? 'en' : 'zh';

  if (config.isPending) {
    return (
      <I18nProvider lang={earlyLang}>
        <main id="main" className="page">
          <LoadingPanel label={MESSAGES[earlyLang].loadingConfig} />
        </main>
      </I18nProvider>
    );
  }
  if (config.isError) {
    return (
      <I18nProvider lang={earlyLang}>
        <ConfigErrorPage error={config.error} />
      </I18nProvider>
    );
  }
  return <Shell route={location.route} params={location.params} config={config.data} />;
}

function ConfigErrorPage({ error }: { error: Error }) {
  const { m } = useI18n();
  return (
    <main id="main" className="page">
      <div className="state-panel state-error" role="alert">
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

function Shell({ route, params, config }: { route: Route; params: URLSearchParams; config: AppConfig }) {
  const app = readAppParams(params, config);
  const resolved = useResolvedAppearance(app.appearance);
  const theme = PALETTES[resolved];
  const source = useMemo(() => resolveDataUrl(app.data, config), [app.data, config]);
  const dataset = useQuery({
    ...datasetQueryOptions(source.url, config.dataCredentials, app.refreshMinutes),
    enabled: source.allowed,
  });

  useEffect(() => {
    const root = document.documentElement;
    root.lang = app.lang === 'zh' ? 'zh-CN' : 'en';
    root.dataset.appearance = resolved;
    root.dataset.lang = app.lang;
  }, [app.lang, resolved]);

  const title = dataset.data ? localText(dataset.data.dataset.title, app.lang) : MESSAGES[app.lang].appName;
  useEffect(() => {
    document.title = `${MESSAGES[app.lang].viewTitles[route.name]} · ${title}`;
  }, [app.lang, route.name, title]);

  const refused = source.allowed ? null : new DataError('refused', source.url, { details: source.origin || source.url });

  return (
    <I18nProvider lang={app.lang}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {MESSAGES[app.lang].skipToContent}
      </a>
      <AppHeader title={title} loaded={dataset.data} app={app} />
      <main id="main" className="page" tabIndex={-1}>
        {refused ? (
          <DataErrorPanel error={refused} />
        ) : (
          <DatasetGate query={dataset} showFetchTime={app.refreshMinutes !== undefined}>{(loaded) => <RouteView route={route} loaded={loaded} theme={theme} />}</DatasetGate>
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
  if (query.isError) return <DataErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  return <LoadingPanel />;
}

function RouteView({ route, loaded, theme }: { route: Route; loaded: LoadedDataset; theme: ChartTheme }) {
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
      return <OverviewView loaded={loaded} theme={theme} />;
    default:
      return (
        <div className="state-panel" role="alert">
          <p className="state-message">{m.errors.notFound}</p>
          <a className="button" href={linkTo(hash, '/')}>
            {m.backToOverview}
          </a>
        </div>
      );
  }
}
