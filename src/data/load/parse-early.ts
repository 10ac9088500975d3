import type { ParseOutcome } from './parse-dataset';
import { parseInWorker, startParseWorker } from './parse-in-worker';

// The dataset the entry fetched early is also parsed and validated early, when it is large: in a
// worker started by the entry, while the app's own code is still being compiled and evaluated on
// the main thread. loadDataset (dataset-query.ts) takes the outcome instead of parsing the bytes
// again. A small file (the default dataset is 62 KB) is left to loadDataset, which parses it on
// the main thread in a few tens of milliseconds: fetching and compiling the worker's own code
// (about 18 KB gzip) for it would cost the first view more than it saves.

/**
 * Only a body larger than this is parsed early in a worker: the same size as loadDataset's
 * WORKER_THRESHOLD (dataset-query.ts, not imported here: the entry must stay tiny; a unit test
 * keeps the two equal).
 */
export const EARLY_WORKER_THRESHOLD = 1_000_000;

const started = new Map<string, Promise<ParseOutcome | undefined>>();

/** The file name a dataset's report carries: the last part of its address. */
export function fileNameOf(url: string): string {
  return new URL(url, document.baseURI).pathname.split('/').pop() || 'dataset.json';
}

/**
 * When the bytes arrive and are larger than EARLY_WORKER_THRESHOLD, hands them to a worker — a
 * copy, unless `copy` is false (the caller has no further use for them); otherwise the outcome
 * is undefined and loadDataset parses as usual. `size`, the length the response announces,
 * starts that worker while the body downloads, so its code is loaded and compiled by the time
 * the bytes are in (it is ended unused if the bytes turn out small).
 */
export function parseEarly(url: string, bytes: Promise<ArrayBuffer | undefined>, { copy = true, size }: { copy?: boolean; size?: Promise<number> } = {}): void {
  if (typeof Worker === 'undefined' || started.has(url)) return;
  let warm: Worker | undefined;
  void size?.then(
    (n) => {
      if (n > EARLY_WORKER_THRESHOLD) warm ??= startParseWorker();
    },
    () => undefined,
  );
  const outcome = bytes.then((b) => {
    if (!b || b.byteLength <= EARLY_WORKER_THRESHOLD) {
      warm?.terminate();
      return undefined;
    }
    // A copy by default: the caller's bytes stay readable (the first screen's fingerprint).
    return parseInWorker({ bytes: copy ? b.slice(0) : b, fileName: fileNameOf(url) }, () => {}, undefined, warm ?? startParseWorker());
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
