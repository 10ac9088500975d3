import { lazy, Suspense, useState } from 'react';
import type { LoadedDataset } from '../data/load/dataset-query';
import { useI18n } from '../i18n/i18n-context';
import { LANGS } from '../i18n/lang';
import { formatDate } from '../i18n/format-period';
import { navigate, useHash, withParams } from '../routing/route';
import { linkTo } from '../routing/links';
import type { AppParams, Appearance } from './app-params';
import { setRisePreference, useRisePreference, type RisePreference } from './change-colours';
import { DatasetDownloads } from '../components/dataset-downloads';
import { HeaderNav } from './header-nav';

const APPEARANCES: Appearance[] = ['auto', 'light', 'dark'];

// Loaded when asked for: most readers never open a file.
const OpenDataDialog = lazy(() => import('../views/open-data/open-data-dialog').then((mod) => ({ default: mod.OpenDataDialog })));

export function AppHeader({ title, loaded, app }: { title: string; loaded: LoadedDataset | undefined; app: AppParams }) {
  const { lang, m } = useI18n();
  const hash = useHash();
  const [opening, setOpening] = useState(false);
  const rise = useRisePreference();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <div className="app-title-block">
          <p className="app-name">
            <a href={linkTo(hash, '/')}>{m.appName}</a>
          </p>
          <h1 className="app-title">{title}</h1>
          {loaded && <p className="app-updated">{m.updated(formatDate(loaded.dataset.updated, lang))}</p>}
        </div>
        <div className="app-controls">
          <HeaderNav hash={hash} loaded={loaded} />
          <button type="button" className="button button-quiet header-button" onClick={() => setOpening(true)}>
            {m.openData.action}
          </button>
          <DatasetDownloads loaded={loaded} />
          {opening && (
            <Suspense fallback={null}>
              <OpenDataDialog onClose={() => setOpening(false)} />
            </Suspense>
          )}
          <label className="control">
            <span className="control-label">{m.language}</span>
            <select value={app.lang} onChange={(e) => navigate(withParams(hash, { lang: e.target.value }))}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
                  {m.languageNames[l]}
                </option>
              ))}
            </select>
          </label>
          <label className="control">
            <span className="control-label">{m.appearance}</span>
            <select value={app.appearance} onChange={(e) => navigate(withParams(hash, { appearance: e.target.value }))}>
              {APPEARANCES.map((a) => (
                <option key={a} value={a}>
                  {m.appearanceNames[a]}
                </option>
              ))}
            </select>
          </label>
          <label className="control">
            <span className="control-label">{m.riseLabel}</span>
            <select value={rise} onChange={(e) => setRisePreference(e.target.value as RisePreference)}>
              {(['auto', 'red', 'green'] as const).map((r) => (
                <option key={r} value={r}>
                  {m.riseNames[r]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
    </header>
  );
}
