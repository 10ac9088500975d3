import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LoadedDataset } from '../data/load/dataset-query';
import { LOCAL_PREFIX } from '../data/load/dataset-query';
import { drawAllCharts } from '../charts/draw-all';
import { useI18n } from '../i18n/i18n-context';
import { useOutsidePointer } from './use-outside-pointer';

// The header's actions on the whole dataset: its JSON as published, an Excel workbook with one
// sheet per indicator and the sources, and Print. The workbook code loads on first use (dynamic
// import), so none of it weighs on the first screen. Print draws every chart first, including
// those never scrolled to, then opens the browser's print dialog.

export function DatasetDownloads({ loaded }: { loaded: LoadedDataset | undefined }) {
  const { lang, m } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useOutsidePointer(open, [panelRef, buttonRef], () => setOpen(false));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  const run = async (make: () => Promise<string>) => {
    setOpen(false);
    buttonRef.current?.focus();
    if (busy) return;
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ kind: 'status', text: m.exports.downloaded(await make()) });
    } catch {
      setNotice({ kind: 'error', text: m.downloads.failed });
    } finally {
      setBusy(false);
    }
  };

  const dataset = loaded?.dataset;
  const published = loaded && !loaded.url.startsWith(LOCAL_PREFIX) ? loaded.url : null;

  const downloadJson = () =>
    run(async () => {
      const [{ saveFile }, { datasetFileName }] = await Promise.all([import('../export/download'), import('../export/file-names')]);
      const name = datasetFileName(dataset!.id, dataset!.updated, 'json');
      // The file as published, byte for byte; a file opened from disk has no published form, so
      // it is written from what was read.
      const blob = published
        ? await fetch(published, { credentials: 'same-origin' }).then((r) => {
            if (!r.ok) throw new Error(`HTTP ${r.status}`);
            return r.blob();
          })
        : new Blob([JSON.stringify(dataset, null, 2)], { type: 'application/json' });
      saveFile(new Blob([blob], { type: 'application/json' }), name);
      return name;
    });

  const downloadExcel = () =>
    run(async () => {
      const [{ saveFile }, { datasetFileName }, { datasetWorkbook }, { XLSX_MIME }] = await Promise.all([
        import('../export/download'),
        import('../export/file-names'),
        import('../export/xlsx'),
        import('../export/xlsx-writer'),
      ]);
      const name = datasetFileName(dataset!.id, dataset!.updated, 'xlsx');
      saveFile(new Blob([datasetWorkbook(dataset!, lang) as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), name);
      return name;
    });

  const print = async () => {
    setOpen(false);
    setBusy(true);
    setNotice({ kind: 'status', text: m.downloads.preparingPrint });
    try {
      await drawAllCharts();
    } finally {
      setBusy(false);
      setNotice(null);
    }
    window.print();
  };

  return (
    <div className="dataset-downloads" onKeyDown={onKeyDown}>
      {dataset && (
        <div className="dataset-downloads-menu">
          <button
            ref={buttonRef}
            type="button"
            className="button button-quiet header-button"
            aria-expanded={open}
            aria-controls={panelId}
            aria-busy={busy}
            onClick={() => setOpen(!open)}
          >
            {m.downloads.label}
            <span aria-hidden="true" className="chart-actions-caret">
              ▾
            </span>
          </button>
          <div ref={panelRef} id={panelId} className="dataset-downloads-panel" hidden={!open}>
            <button type="button" className="button button-quiet" onClick={() => void downloadJson()}>
              {m.downloads.json}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void downloadExcel()}>
              {m.downloads.excel}
            </button>
            <button type="button" className="button button-quiet" onClick={() => void print()}>
              {m.downloads.print}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="dataset-downloads-status">
        {notice?.kind === 'status' ? notice.text : ''}
      </p>
      {notice?.kind === 'error' && (
        <p role="alert" className="dataset-downloads-error">
          {notice.text}
        </p>
      )}
    </div>
  );
}
