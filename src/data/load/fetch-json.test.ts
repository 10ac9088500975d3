import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { scenarios } from '../../../mocks/scenarios';
import { DataError, fetchJson, isRetryable } from './fetch-json';
import { MAX_REFRESH_MINUTES, datasetQueryOptions, loadDataset, refreshIntervalMs, shouldRetry } from './dataset-query';

const URL_ = 'http://localhost/data/sichuan-industry.json';

async function failure(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('fetchJson turns every failure into a typed error', () => {
  it('returns the parsed body', async () => {
    const body = (await fetchJson(URL_)) as { id: string };
    expect(body.id).toBe('sichuan-industry');
  });

  it('reports the HTTP status', async () => {
    server.use(scenarios.status(503));
    const error = await failure(fetchJson(URL_));
    expect([error.kind, error.status, error.url]).toEqual(['http', 503, URL_]);
  });

  it('reports a network failure', async () => {
    server.use(scenarios.networkError());
    expect((await failure(fetchJson(URL_))).kind).toBe('network');
  });

  it('reports a body that is not JSON', async () => {
    server.use(scenarios.malformedJson());
    expect((await failure(fetchJson(URL_))).kind).toBe('not-json');
  });

  it('gives up after the timeout', async () => {
    server.use(http.get('*/slow.json', async () => {
      await delay(500);
      return HttpResponse.json({});
    }));
    expect((await failure(fetchJson('http://localhost/slow.json', { timeoutMs: 50 }))).kind).toBe('timeout');
  });
});

describe('redirects', () => {
  const redirectTo = (to: string) => http.get('*/data/moved.json', () => new HttpResponse(null, { status: 302, headers: { Location: to } }));
  const foreign = () => http.get('http://evil.example/data.json', () => HttpResponse.json({ stolen: true }));

  it('refuses data that a redirect brought from an origin that is not allowed, naming where it went', async () => {
    server.use(redirectTo('http://evil.example/data.json'), foreign());
    const error = await failure(fetchJson('http://localhost/data/moved.json', { allowedOrigins: ['http://localhost'] }));
    expect([error.kind, error.details]).toEqual(['redirected', 'http://evil.example']);
    expect(isRetryable(error)).toBe(false);
  });

  it('follows a redirect within the allowed origins', async () => {
    server.use(redirectTo('http://localhost/data/sichuan-industry.json'));
    const body = (await fetchJson('http://localhost/data/moved.json', { allowedOrigins: [] })) as { id: string };
    expect(body.id).toBe('sichuan-industry');
  });

  it('names the redirect when following it fails (as the Content-Security-Policy makes it)', async () => {
    server.use(redirectTo('http://evil.example/data.json'), http.get('http://evil.example/data.json', () => HttpResponse.error()));
    const error = await failure(fetchJson('http://localhost/data/moved.json', { allowedOrigins: ['http://localhost'] }));
    expect([error.kind, error.details]).toEqual(['redirected', 'http://evil.example']);
  });

  it('loadDataset checks the origins it is given', async () => {
    server.use(redirectTo('http://evil.example/data.json'), foreign());
    const error = await failure(loadDataset('http://localhost/data/moved.json', 'same-origin', undefined, ['http://localhost']));
    expect(error.kind).toBe('redirected');
  });
});

describe('retry policy', () => {
  const err = (kind: DataError['kind'], status?: number) => new DataError(kind, URL_, { status });

  it('retries network faults, timeouts and server errors a bounded number of times', () => {
    expect(isRetryable(err('network'))).toBe(true);
    expect(isRetryable(err('timeout'))).toBe(true);
    expect(isRetryable(err('http', 500))).toBe(true);
    expect(isRetryable(err('http', 503))).toBe(true);
    expect(shouldRetry(0, err('http', 503))).toBe(true);
    expect(shouldRetry(1, err('http', 503))).toBe(true);
    expect(shouldRetry(2, err('http', 503))).toBe(false);
  });

  it('never retries client errors or bad data', () => {
    for (const e of [err('http', 404), err('http', 401), err('http', 403), err('not-json'), err('invalid'), err('refused')]) {
      expect(shouldRetry(0, e)).toBe(false);
    }
  });

  it('keeps a refresh interval within what a browser timer holds: at most a week', () => {
    expect(refreshIntervalMs(undefined)).toBe(false);
    expect(refreshIntervalMs(1)).toBe(60_000);
    // 30 days would be 2,592,000,000 ms, past 2^31 - 1, which a browser wraps to about zero.
    expect(refreshIntervalMs(43_200)).toBe(MAX_REFRESH_MINUTES * 60_000);
    expect(refreshIntervalMs(1e300)).toBe(MAX_REFRESH_MINUTES * 60_000);
    expect(MAX_REFRESH_MINUTES * 60_000).toBeLessThan(2 ** 31 - 1);
    expect(datasetQueryOptions(URL_, 'same-origin', 43_200).refetchInterval).toBe(604_800_000);
  });

  it('keys the query by the dataset address', () => {
    expect(datasetQueryOptions(URL_, 'same-origin').queryKey).toEqual(['dataset', URL_]);
  });
});

describe('loadDataset', () => {
  it('validates what it fetched and keeps the dropped indicators in view', async () => {
    server.use(scenarios.partialDataset());
    const loaded = await loadDataset(URL_, 'same-origin');
    expect(loaded.dataset.indicators).toHaveLength(31);
    expect(loaded.dropped.map((d) => d.id)).toEqual(['green-parks-added']);
  });

  it('refuses an invalid dataset with every issue', async () => {
    server.use(scenarios.invalidDataset());
    const error = await failure(loadDataset(URL_, 'same-origin'));
    expect(error.kind).toBe('invalid');
    expect(error.details).toEqual([expect.objectContaining({ path: 'format', rule: 'unsupported-format' })]);
  });

  it('sends cookies only when configured to', async () => {
    let credentialsSeen: string | undefined;
    server.use(http.get('*/data/sichuan-industry.json', ({ request }) => {
      credentialsSeen = request.credentials;
      return HttpResponse.json({});
    }));
    await failure(loadDataset(URL_, 'include'));
    expect(credentialsSeen).toBe('include');
  });
});
