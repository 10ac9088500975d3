import type { ParseOutcome } from './parse-dataset';
import type { ParseMessage, ParseRequest } from './parse-worker';

export type ParsePhase = 'reading' | 'parsing' | 'validating';

/** Parses and validates a dataset in a worker of its own, reporting each phase. */
export function parseInWorker(request: ParseRequest, onPhase: (phase: ParsePhase) => void, signal?: AbortSignal): Promise<ParseOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(new DOMException('aborted', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const m = event.data;
      if ('phase' in m) onPhase(m.phase);
      else {
        stop();
        if ('outcome' in m) resolve(m.outcome);
        else reject(new Error(m.error));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'the parser stopped'));
    };
    worker.postMessage(request);
  });
}
