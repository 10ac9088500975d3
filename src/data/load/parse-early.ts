import type { ParseOutcome } from './parse-dataset';
import { parseInWorker, startParseWorker } from './parse-in-worker';

// The dataset the entry fetched early is also parsed and validated early: in a worker started by
// the entry, while the app's own code is still being compiled and evaluated on the main thread.
// loadDataset (dataset-query.ts) takes the outcome instead of parsing the bytes again.

const started = new Map<string, Promise<ParseOutcome | undefined>>();

/** The file name a dataset's report carries: the last part of its address. */
export function fileNameOf(url: string): string {
  return new URL(url, document.baseURI).pathname.split('/').pop() || 'dataset.json';
}

/**
 * Starts a worker now, and hands it the bytes when they arrive (undefined: none, nothing to
 * parse): a copy of them, unless `copy` is false (the caller has no further use for them).
 */
export function parseEarly(url: string, bytes: Promise<ArrayBuffer | undefined>, { copy = true } = {}): void {
  if (typeof Worker === 'undefined' || started.has(url)) return;
  const worker = startParseWorker();
  const outcome = bytes.then((b) => {
    if (!b) {
      worker.terminate();
      return undefined;
    }
    // A copy: the caller's bytes stay readable (the first screen's fingerprint).
    return parseInWorker({ bytes: copy ? b.slice(0) : b, fileName: fileNameOf(url) }, () => {}, undefined, worker);
  });
  // A failure is the taker's to handle (it then parses as usual); unhandled here it is only noise.
  outcome.catch(() => undefined);
  started.set(url, outcome);
}

/** The early outcome for this dataset, once; undefined when none was started. */
export function takeEarlyParse(url: string): Promise<ParseOutcome | undefined> | undefined {
  const pending = started.get(url);
  started.delete(url);
  return pending;
}
