import { useEffect, useId, useRef, useState } from 'react';
import type { Indicator } from '../../data/dataset/schema';
import { useI18n } from '../../i18n/i18n-context';
import { localText, type Lang } from '../../i18n/lang';
import { buildHash, useHash } from '../../routing/route';
import { embedCarried } from '../../routing/links';
import { keepTabInside } from '../dialog-focus';

type Appearance = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  controls: boolean;
  kpi: boolean;
  lang: Lang;
  appearance: Appearance;
  autoHeight: boolean;
}

/** The iframe address of an embedded chart: the view's own settings plus the embed options. */
export function embedUrl(appUrl: string, indicatorId: string, viewParams: Record<string, string | undefined>, o: EmbedOptions): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(viewParams)) if (v) params.set(k, v);
  params.set('lang', o.lang);
  if (o.appearance !== 'auto') params.set('appearance', o.appearance);
  if (!o.controls) params.set('controls', '0');
  if (o.kpi) params.set('card', 'kpi');
  return `${appUrl}${buildHash(`/embed/${encodeURIComponent(indicatorId)}`, params)}`;
}

/** The HTML a host page pastes: an iframe with a title for screen readers, and embed.js for height. */
export function embedSnippet(src: string, title: string, scriptUrl: string, autoHeight: boolean): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // Plain attributes, not a style attribute: a host page with a strict CSP would drop that.
  const frame = `<iframe data-indicator-embed src="${attr(src)}" title="${attr(title)}" width="100%" height="${autoHeight ? 420 : 480}" frameborder="0" loading="lazy"></iframe>`;
  return autoHeight ? `${frame}\n<script src="${attr(scriptUrl)}" defer></script>` : frame;
}

/** `Embed`: options, a live preview and the snippet to copy. */
export function EmbedDialog({ indicator, viewParams, onClose }: { indicator: Indicator; viewParams: Record<string, string | undefined>; onClose: () => void }) {
  const { lang, m } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [options, setOptions] = useState<EmbedOptions>({ controls: false, kpi: false, lang, appearance: 'auto', autoHeight: true });
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);

  const appUrl = `${window.location.origin}${window.location.pathname}`;
  const scriptUrl = new URL('embed.js', document.baseURI).href;
  const name = localText(indicator.name, options.lang);
  const hash = useHash();
  const src = embedUrl(appUrl, indicator.id, { ...embedCarried(hash), ...viewParams }, options);
  const snippet = embedSnippet(src, m.embed.frameTitle(name), scriptUrl, options.autoHeight);
  const set = (patch: Partial<EmbedOptions>) => {
    setCopied(false);
    setOptions((o) => ({ ...o, ...patch }));
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      document.getElementById(`${titleId}-code`)?.focus();
    }
  };

  return (
    <dialog ref={ref} className="dialog embed-dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={keepTabInside}>
      <div className="dialog-head">
        <h2 id={titleId}>{m.embed.title}</h2>
        {/* Closed by the browser, as Escape does, so focus goes back to where it was before. */}
        <button type="button" className="button button-quiet" onClick={() => ref.current?.close()}>
          {m.close}
        </button>
      </div>
      <fieldset className="embed-options">
        <legend className="visually-hidden">{m.embed.title}</legend>
        <label>
          <input type="checkbox" checked={options.controls} onChange={(e) => set({ controls: e.target.checked })} /> {m.embed.controls}
        </label>
        <label>
          <input type="checkbox" checked={options.kpi} onChange={(e) => set({ kpi: e.target.checked })} /> {m.embed.kpi}
        </label>
        <label>
          {m.language}{' '}
          <select value={options.lang} onChange={(e) => set({ lang: e.target.value as Lang })}>
            <option value="zh">{m.languageNames.zh}</option>
            <option value="en">{m.languageNames.en}</option>
          </select>
        </label>
        <label>
          {m.appearance}{' '}
          <select value={options.appearance} onChange={(e) => set({ appearance: e.target.value as Appearance })}>
            {(['auto', 'light', 'dark'] as const).map((a) => (
              <option key={a} value={a}>
                {m.appearanceNames[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.embed.height}{' '}
          <select value={options.autoHeight ? 'auto' : 'fixed'} onChange={(e) => set({ autoHeight: e.target.value === 'auto' })}>
            <option value="auto">{m.embed.heightAuto}</option>
            <option value="fixed">{m.embed.heightFixed}</option>
          </select>
        </label>
      </fieldset>
      <h3 className="embed-subhead">{m.embed.preview}</h3>
      <iframe className="embed-preview" src={src} title={m.embed.frameTitle(name)} />
      <label className="embed-code" htmlFor={`${titleId}-code`}>
        {m.embed.code}
      </label>
      <textarea id={`${titleId}-code`} readOnly value={snippet} rows={4} onFocus={(e) => e.currentTarget.select()} />
      <p className="muted">{m.embed.note}</p>
      <p className="muted">{m.embed.notAllowedNote}</p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {m.embed.copy}
        </button>
        <span role="status">{copied ? m.embed.copied : ''}</span>
      </div>
    </dialog>
  );
}
