import { unpackOutcome } from './pack-outcome';
import type { ParseOutcome } from './parse-dataset';
import type { ParseMessage, ParseRequest } from './parse-worker';

export type ParsePhase = 'reading' | 'parsing' | 'validating';

/** A parse worker, started ahead of its request so its code loads while the data downloads. */
export function startParseWorker(): Worker {
  return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
}

/** Parses and validates a dataset in a worker of its own, reporting each phase; the worker ends with it. */
export function parseInWorker(
  request: ParseRequest,
  onPhase: (phase: ParsePhase) => void,
  signal?: AbortSignal,
  worker: Worker = startParseWorker(),
): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('aborted', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const m = event.data;
      if ('phase' in m) {
        performance.mark(`dataset:${m.phase}`);
        onPhase(m.phase);
      }
      else {
        stop();
        if ('outcome' in m) {
          performance.mark('dataset:outcome');
          const u = unpackOutcome(m.outcome);
          performance.mark('dataset:unpacked');
          resolve(u);
        }
        else reject(new Error(m.error));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'the parser stopped'));
    };
    // Bytes are handed over, not copied: the caller has no further use for them.
    performance.mark('dataset:posted');
    worker.postMessage(request, 'bytes' in request ? [request.bytes] : []);
  });
}
