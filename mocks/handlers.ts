import { http, HttpResponse } from 'msw';
import dataset from '../public/data/sichuan-industry.json' with { type: 'json' };
import config from '../public/config.json' with { type: 'json' };

// One set of handlers for every mocked environment: the browser worker in development, the
// Node server in unit tests and the network fixture in end-to-end tests. Error, slow and
// malformed cases are per-test overrides built from mocks/scenarios.ts.
export const handlers = [
  http.get('*/config.json', () => HttpResponse.json(config)),
  http.get('*/data/sichuan-industry.json', () => HttpResponse.json(dataset)),
];
