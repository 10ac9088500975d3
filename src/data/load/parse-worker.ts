/// <reference lib="webworker" />
import { packOutcome, transferablesOf, type PackedOutcome } from './pack-outcome';
import { MAX_FILE_BYTES, parseDatasetText } from './parse-dataset';

// Reads, parses and validates a dataset file off the main thread, so a 20 MB file never
// freezes the page. Messages: in `{ file }`, `{ bytes, fileName }` (UTF-8, transferred) or
// `{ text, fileName }`; out `{ phase }` then `{ outcome }`, the outcome packed so that its
// points travel as transferred typed arrays (pack-outcome.ts) and parseInWorker unpacks it.

export type ParseRequest = { file: File } | { bytes: ArrayBuffer; fileName: string } | { text: string; fileName: string };
export type ParseMessage =
  | { phase: 'reading' | 'parsing' | 'validating' }
  | { outcome: PackedOutcome }
  | { error: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const post = (message: ParseMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  try {
    let text: string;
    let fileName: string;
    let byteLength: number | undefined;
    if ('file' in event.data) {
      if (event.data.file.size > MAX_FILE_BYTES) throw new Error('too-large');
      post({ phase: 'reading' });
      text = await event.data.file.text();
      fileName = event.data.file.name;
      byteLength = event.data.file.size;
    } else if ('bytes' in event.data) {
      text = new TextDecoder().decode(event.data.bytes);
      fileName = event.data.fileName;
      byteLength = event.data.bytes.byteLength;
    } else {
      ({ text, fileName } = event.data);
    }
    const outcome = packOutcome(parseDatasetText(text, fileName, (phase) => post({ phase }), byteLength));
    post({ outcome }, transferablesOf(outcome));
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  }
};
