import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetKeys, fromOutcome, LOCAL_PREFIX } from '../../data/load/dataset-query';
import { MAX_FILE_BYTES, type ParseOutcome } from '../../data/load/parse-dataset';
import { parseInWorker, type ParsePhase } from '../../data/load/parse-in-worker';
import { useI18n } from '../../i18n/i18n-context';
import { navigate, useHash } from '../../routing/route';
import { linkTo } from '../../routing/links';
import { keepTabInside } from '../../components/dialog-focus';
import { ValidationReport } from './validation-report';

const XLSX_FILE = /\.xlsx$/i;

async function excelAsCsv(file: File): Promise<string> {
  const { xlsxToCsv } = await import('../../data/dataset/xlsx-import');
  return xlsxToCsv(new Uint8Array(await file.arrayBuffer()));
}

type State = { step: 'choose' } | { step: 'working'; phase: ParsePhase; name: string } | { step: 'report'; outcome: ParseOutcome } | { step: 'failed'; message: string };

/**
 * Opens a dataset from a local file (picked or dropped; JSON, CSV or Excel .xlsx) or from an address. Files
 * are read, parsed and validated in a worker; the report lists every problem before anything
 * is shown, and the valid part can be shown at once.
 */
export function OpenDataDialog({ onClose }: { onClose: () => void }) {
  const { m } = useI18n();
  const hash = useHash();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [dragging, setDragging] = useState(false);
  const [url, setUrl] = useState('');
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => abort.current?.abort();
  }, []);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setState({ step: 'failed', message: m.openData.tooLarge(Math.round(file.size / 1048576), MAX_FILE_BYTES / 1048576) });
      return;
    }
    abort.current?.abort();
    abort.current = new AbortController();
    setState({ step: 'working', phase: 'reading', name: file.name });
    try {
      // An Excel workbook is read here (the reader loads on first use) into the CSV it holds; the
      // worker then parses and validates it as any CSV file, with the rows of the sheet.
      const request = XLSX_FILE.test(file.name) ? { text: await excelAsCsv(file), fileName: file.name } : { file };
      const outcome = await parseInWorker(request, (phase) => setState({ step: 'working', phase, name: file.name }), abort.current.signal);
      setState({ step: 'report', outcome });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState({ step: 'failed', message: m.openData.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const show = (outcome: ParseOutcome) => {
    const key = `${LOCAL_PREFIX}${outcome.report.fileName}`;
    queryClient.setQueryData(datasetKeys.byUrl(key), fromOutcome(key, outcome));
    onClose();
    navigate(linkTo(hash, '/', { data: key }));
  };

  const openUrl = (event: FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return;
    onClose();
    navigate(linkTo(hash, '/', { data: url.trim() }));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} onKeyDown={keepTabInside}>
      <div className="dialog-head">
        <h2 id={titleId}>{m.openData.title}</h2>
        {/* Closed by the browser, as Escape does, so focus goes back to where it was before. */}
        <button type="button" className="button button-quiet" onClick={() => ref.current?.close()}>
          {m.close}
        </button>
      </div>
      {state.step === 'report' ? (
        <ValidationReport outcome={state.outcome} onShow={show} onAgain={() => setState({ step: 'choose' })} />
      ) : (
        <>
          <div
            className={`drop-zone${dragging ? ' is-dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <label className="file-label">
              <span>{m.openData.chooseFile}</span>
              <input type="file" accept=".json,.csv,.tsv,.txt,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void openFile(e.target.files?.[0])} />
            </label>
            <p className="muted">{m.openData.dropHint(MAX_FILE_BYTES / 1048576)}</p>
          </div>
          <form className="url-form" onSubmit={openUrl}>
            <label>
              <span>{m.openData.urlLabel}</span>
              <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
            </label>
            <button type="submit" className="button">
              {m.openData.openUrl}
            </button>
          </form>
          <details className="csv-help">
            <summary>{m.openData.csvTitle}</summary>
            <p>{m.openData.csvColumns}</p>
            <p>{m.openData.csvDefaults}</p>
          </details>
          {state.step === 'working' && (
            <div role="status" aria-live="polite" className="progress">
              <progress aria-label={m.openData.phases[state.phase]} />
              <span>
                {state.name}
                {m.punct.colon}
                {m.openData.phases[state.phase]}
              </span>
            </div>
          )}
          {state.step === 'failed' && (
            <p role="alert" className="state-error-inline">
              {state.message}
            </p>
          )}
        </>
      )}
    </dialog>
  );
}
