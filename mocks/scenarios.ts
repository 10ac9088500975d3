import { delay, http, HttpResponse, type JsonBodyType } from 'msw';
import dataset from '../public/data/sichuan-industry.json' with { type: 'json' };
import { generateLargeDataset } from './generate-large-dataset';

// Per-test overrides of the handlers in handlers.ts: the same URLs, other answers. Unit tests
// pass them to server.use(), end-to-end tests to network.use().

export const DATASET_PATH = '*/data/sichuan-industry.json';

export type Dataset = typeof dataset;

/** A deep copy of the default dataset to break on purpose. */
export function cloneDataset(): Dataset {
  return structuredClone(dataset);
}

export const scenarios = {
  status: (status: number, path = DATASET_PATH) => http.get(path, () => new HttpResponse(null, { status })),
  networkError: (path = DATASET_PATH) => http.get(path, () => HttpResponse.error()),
  slow: (ms: number, path = DATASET_PATH) =>
    http.get(path, async () => {
      await delay(ms);
      return HttpResponse.json(dataset);
    }),
  malformedJson: (path = DATASET_PATH) =>
    http.get(path, () => new HttpResponse('{"format": "indicator-dataset/v1", "id": ', { headers: { 'Content-Type': 'application/json' } })),
  json: (body: JsonBodyType, path = DATASET_PATH, headers: Record<string, string> = {}) =>
    http.get(path, () => HttpResponse.json(body, { headers })),
  /** Structurally broken: wrong format tag, no title, a region without an id. */
  invalidDataset: (path = DATASET_PATH) => {
    const broken: Record<string, unknown> = { ...cloneDataset(), format: 'indicator-dataset/v0' };
    return http.get(path, () => HttpResponse.json(broken));
  },
  /** One indicator broken (an impossible month), the rest valid. */
  partialDataset: (path = DATASET_PATH) => {
    const d = cloneDataset();
    const target = d.indicators.find((i) => i.id === 'green-parks-added');
    if (target?.series[0]?.points[0]) target.series[0].points[0].period = '2017-13';
    return http.get(path, () => HttpResponse.json(d));
  },
  /**
   * A small synthetic dataset with several regions (the first an aggregate), targets and a
   * break, at `data/regions.json`: open it with `data=data/regions.json`.
   */
  regionsDataset: () => http.get('*/data/regions.json', () => HttpResponse.json(generateLargeDataset({ regions: 6, indicators: 4, months: 36, seed: 3 }) as unknown as JsonBodyType)),
  config: (body: JsonBodyType) => http.get('*/config.json', () => HttpResponse.json(body)),
  configText: (text: string) => http.get('*/config.json', () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })),
  configStatus: (status: number) => http.get('*/config.json', () => new HttpResponse(null, { status })),
};
