import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import type { FigureModel } from '../../data/figure/figure-model';
import type { ChartTheme } from '../../charts/palette';
import { useI18n } from '../../i18n/i18n-context';
import { useOutsidePointer } from '../use-outside-pointer';

// The actions on one figure (contract names: Download PNG/SVG/CSV/Excel, Copy link, Embed, Present) in
// a menu button, so sixteen charts on the overview do not carry eighty buttons. The exports
// themselves load on first use (dynamic import), keeping them out of the first screen's bundle,
// and are made from the figure's own model: what is exported is what is shown.

export interface FigureActionsProps {
  dataset: Dataset;
  /** The figure's models (a comparison's small multiples are several), computed when asked for. */
  models: () => readonly FigureModel[];
  theme: ChartTheme;
  /** The figure element around the chart: its chart SVG is exported and its width sizes the image. */
  figureRef: RefObject<HTMLElement | null>;
  /** The address (hash) that shows exactly this chart; "Copy link" copies it as a full URL. */
  linkHash: string;
  /** The presentation of this chart, with its settings. */
  presentHash: string;
  /** What the embed dialog embeds: the indicator and the address parameters of the view shown. */
  embed: { indicator: Indicator; viewParams: Record<string, string | undefined> } | null;
}

type Format = 'png' | 'svg' | 'csv' | 'xlsx';

const EmbedDialog = lazy(() => import('./embed-dialog').then((mod) => ({ default: mod.EmbedDialog })));

type Notice = { kind: 'status'; text: string } | { kind: 'error'; text: string } | null;

export function FigureActions({ dataset, models, theme, figureRef, linkHash, presentHash, embed }: FigureActionsProps) {
  const { lang, m } = useI18n();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [fallbackLink, setFallbackLink] = useState<string | null>(null);
  const [embedding, setEmbedding] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const fallbackRef = useRef<HTMLInputElement>(null);

  useOutsidePointer(open, [menuRef, buttonRef], () => setOpen(false));

  useEffect(() => {
    if (fallbackLink !== null) fallbackRef.current?.select();
  }, [fallbackLink]);

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const openMenu = (focus: 'first' | 'last') => {
    setOpen(true);
    // The menu renders on this update; focus moves once it is in the document.
    requestAnimationFrame(() => {
      const list = items();
      (focus === 'first' ? list[0] : list[list.length - 1])?.focus();
    });
  };

  const closeMenu = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openMenu('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu('last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focusAt = (i: number) => list[(i + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(list.length - 1);
        break;
      case 'Escape':
        closeMenu(true);
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  const runExport = async (format: Format) => {
    closeMenu(true);
    const figure = figureRef.current;
    if (busy) return;
    setBusy(true);
    setNotice(null);
    setFallbackLink(null);
    try {
      const { exportFigure } = await import('../../export/export-figure');
      const fileName = await exportFigure({ dataset, models: models(), figure, theme, lang }, format);
      setNotice({ kind: 'status', text: m.exports.downloaded(fileName) });
    } catch (error) {
      const notDrawn = error instanceof Error && error.name === 'ChartNotDrawnError';
      setNotice({ kind: 'error', text: notDrawn ? m.exports.notDrawn : m.exports.failed(format === 'xlsx' ? 'Excel' : format.toUpperCase()) });
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    closeMenu(true);
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}${linkHash}`;
    setNotice(null);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setFallbackLink(null);
      setNotice({ kind: 'status', text: m.exports.copied });
    } catch {
      // Without clipboard access (an insecure origin, a refused permission) the reader copies it.
      setFallbackLink(url);
      setNotice({ kind: 'status', text: m.exports.copyFallback });
    }
  };

  return (
    <div className="chart-actions">
      <button
        ref={buttonRef}
        type="button"
        className="chart-actions-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => (open ? closeMenu(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {busy ? m.exports.preparing : m.exports.menu}
        <span aria-hidden="true" className="chart-actions-caret">
          ▾
        </span>
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={m.exports.menu} className="chart-actions-menu" onKeyDown={onMenuKeyDown}>
          <MenuButton label={m.exports.downloadPng} onSelect={() => void runExport('png')} />
          <MenuButton label={m.exports.downloadSvg} onSelect={() => void runExport('svg')} />
          <MenuButton label={m.exports.downloadCsv} onSelect={() => void runExport('csv')} />
          <MenuButton label={m.exports.downloadExcel} onSelect={() => void runExport('xlsx')} />
          <MenuButton label={m.exports.copyLink} onSelect={() => void copyLink()} />
          {embed && (
            <MenuButton
              label={m.embed.action}
              onSelect={() => {
                closeMenu(false);
                setEmbedding(true);
              }}
            />
          )}
          <li role="none">
            <a role="menuitem" tabIndex={-1} href={presentHash}>
              {m.exports.present}
            </a>
          </li>
        </ul>
      )}
      {embedding && embed && (
        <Suspense fallback={null}>
          <EmbedDialog
            indicator={embed.indicator}
            viewParams={embed.viewParams}
            onClose={() => {
              setEmbedding(false);
              // After the dialog's own focus restoration, which aims at the menu item now gone.
              requestAnimationFrame(() => buttonRef.current?.focus());
            }}
          />
        </Suspense>
      )}
      <p role="status" className="chart-actions-status">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      {fallbackLink !== null && (
        <label className="chart-actions-link">
          <span>{m.exports.linkField}</span>
          <input ref={fallbackRef} type="text" readOnly value={fallbackLink} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      {notice?.kind === 'error' && (
        <div role="alert" className="chart-actions-error">
          <p>{notice.text}</p>
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {m.exports.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}

function MenuButton({ label, onSelect }: { label: string; onSelect: () => void }) {
  return (
    <li role="none">
      <button type="button" role="menuitem" tabIndex={-1} onClick={onSelect}>
        {label}
      </button>
    </li>
  );
}
