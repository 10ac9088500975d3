import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_WORKER_THRESHOLD, parseEarly, takeEarlyParse } from './parse-early';
import { WORKER_THRESHOLD } from './dataset-query';

// The entry parses the first screen's dataset early in a worker only when it is large; a small
// one is left to loadDataset, which parses it on the main thread.

const posted: unknown[] = [];
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    created += 1;
  }
  postMessage(message: unknown) {
    posted.push(message);
  }
  terminate() {}
}
let created = 0;

afterEach(() => {
  created = 0;
  posted.length = 0;
  vi.unstubAllGlobals();
});

describe('parseEarly', () => {
  it('uses the same size as loadDataset to decide on a worker', () => {
    expect(EARLY_WORKER_THRESHOLD).toBe(WORKER_THRESHOLD);
  });

  it('starts no worker for a small dataset, and leaves it to loadDataset', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const url = 'http://localhost/data/small.json';
    parseEarly(url, Promise.resolve(new ArrayBuffer(62_000)));
    await expect(takeEarlyParse(url)).resolves.toBeUndefined();
    expect(created).toBe(0);
  });

  it('hands a large dataset to a worker, as a copy of the bytes', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const url = 'http://localhost/data/large.json';
    const bytes = new ArrayBuffer(EARLY_WORKER_THRESHOLD + 1);
    parseEarly(url, Promise.resolve(bytes));
    const pending = takeEarlyParse(url);
    expect(pending).toBeDefined();
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(created).toBe(1);
    const request = posted[0] as { bytes: ArrayBuffer; fileName: string };
    expect(request.fileName).toBe('large.json');
    expect(request.bytes.byteLength).toBe(bytes.byteLength);
    expect(request.bytes).not.toBe(bytes);
  });
});

describe('parseEarly with the announced size', () => {
  it('starts the worker before the bytes arrive when the response announces a large body, and uses it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const url = 'http://localhost/data/announced.json';
    let arrive: (b: ArrayBuffer) => void = () => {};
    parseEarly(url, new Promise<ArrayBuffer>((resolve) => (arrive = resolve)), { size: Promise.resolve(EARLY_WORKER_THRESHOLD + 1) });
    await vi.waitFor(() => expect(created).toBe(1));
    expect(posted).toHaveLength(0);
    arrive(new ArrayBuffer(EARLY_WORKER_THRESHOLD + 1));
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(created).toBe(1);
    void takeEarlyParse(url);
  });

  it('ends the started worker unused when the bytes turn out small', async () => {
    const ended: unknown[] = [];
    class Ending extends FakeWorker {
      override terminate() {
        ended.push(this);
      }
    }
    vi.stubGlobal('Worker', Ending);
    const url = 'http://localhost/data/shrunk.json';
    let arrive: (b: ArrayBuffer) => void = () => {};
    parseEarly(url, new Promise<ArrayBuffer>((resolve) => (arrive = resolve)), { size: Promise.resolve(EARLY_WORKER_THRESHOLD + 1) });
    await vi.waitFor(() => expect(created).toBe(1));
    arrive(new ArrayBuffer(10));
    await expect(takeEarlyParse(url)).resolves.toBeUndefined();
    expect(ended).toHaveLength(1);
    expect(posted).toHaveLength(0);
  });
});
