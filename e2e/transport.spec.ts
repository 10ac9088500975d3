import { delay, http, HttpResponse } from 'msw';
import type { Page } from '@playwright/test';
import type { NetworkFixture } from '@msw/playwright';
import { cloneDataset, DATASET_PATH, scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

// Transport faults end to end: what the reader sees, and how many requests the page makes.

function countDatasetRequests(page: Page, pattern = /\/data\/sichuan-industry\.json$/): () => number {
  let calls = 0;
  page.on('request', (r) => {
    if (pattern.test(r.url())) calls += 1;
  });
  return () => calls;
}

/**
 * After its retries (three requests in all) the page reports `message` with a Retry button;
 * with the server well again, Retry brings the overview.
 */
async function expectReportedThenRetried(page: Page, network: NetworkFixture, calls: () => number, message: string, requests = 3) {
  const alert = page.locator('.state-error');
  await expect(alert).toContainText(message);
  expect(calls()).toBe(requests);
  network.resetHandlers();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
}

/** A dataset that says which one it is in its title and in one distinctive figure. */
function labelled(name: string, value: number) {
  const d = cloneDataset();
  d.title = { zh: `数据集${name}`, en: `Dataset ${name}` };
  const point = d.indicators[0]!.series[0]!.points.at(-1)!;
  point.value = value;
  return d;
}

test.describe('HTTP errors', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('401 says access is denied and is not retried', async ({ page, network }) => {
    network.use(scenarios.status(401));
    const calls = countDatasetRequests(page);
    await page.goto('./#/?lang=en');
    const alert = page.locator('.state-error');
    await expect(alert).toContainText('Access to this data was denied. Sign in and try again, or ask your administrator.');
    // Give a retry, if there were one, the time to happen (the longest back-off is 2 s).
    await page.waitForTimeout(2_500);
    expect(calls()).toBe(1);
  });

  test('500 is retried twice, then reported with a Retry button that works', async ({ page, network }) => {
    network.use(scenarios.status(500));
    const calls = countDatasetRequests(page);
    await page.goto('./#/?lang=en');
    await expectReportedThenRetried(page, network, calls, 'The data server returned an error (HTTP 500). Try again in a moment.');
    expect(calls()).toBe(4);
  });
});

test('a request that never answers times out, is retried, then says so with a Retry button', async ({ page, network }) => {
  await page.clock.install();
  network.use(http.get(DATASET_PATH, () => delay('infinite')));
  const calls = countDatasetRequests(page);
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'Loading data…' })).toBeVisible();
  const alert = page.locator('.state-error');
  // Three tries of 15 s each, with short back-offs between them.
  for (let i = 0; i < 6 && !(await alert.isVisible()); i += 1) {
    await expect.poll(calls).toBeGreaterThan(Math.min(i, 2));
    await page.clock.fastForward(16_000);
  }
  await expectReportedThenRetried(page, network, calls, 'Loading the data took too long. Try again in a moment.');
});

test.describe('offline', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/, /ERR_INTERNET_DISCONNECTED/] });

  test('going offline keeps the last good data on screen, with its age and a note that the update failed', async ({ page, context }) => {
    await page.clock.install();
    const calls = countDatasetRequests(page);
    await page.goto('./#/?lang=en&refresh=1');
    await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
    const figures = await page.getByRole('figure').count();
    expect(calls()).toBe(1);
    await context.setOffline(true);
    await page.clock.fastForward(61_000);
    const alert = page.getByRole('status').filter({ hasText: 'could not be updated' });
    await expect(alert).toContainText('showing data fetched 1 min ago');
    await expect(alert).toContainText('offline');
    // Still the same view, with every chart.
    await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(figures);
    // Back online, the page fetches again by itself and the note goes.
    await context.setOffline(false);
    await expect(alert).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /^Data fetched / })).toBeVisible();
    expect(calls()).toBeGreaterThanOrEqual(2);
  });

  test('opening a dataset while offline, with nothing cached, says so and what to do, and loads when back online', async ({ page, context, network }) => {
    network.use(scenarios.json(labelled('B', 1.5), '*/data/b.json'));
    await page.goto('./#/?lang=en');
    await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
    await context.setOffline(true);
    await page.evaluate(() => {
      location.hash = '#/?lang=en&data=data%2Fb.json';
    });
    const alert = page.locator('.state-error');
    await expect(alert).toContainText('You are offline');
    await expect(alert).toContainText('connection');
    await context.setOffline(false);
    await expect(page.getByRole('heading', { level: 1, name: 'Dataset B' })).toBeVisible();
  });
});

test.describe('switching datasets quickly', () => {
  test('the screen ends on the last dataset asked for, never on an older response arriving late', async ({ page, network }) => {
    network.use(
      http.get('*/data/a.json', async () => {
        await delay(2_500);
        return HttpResponse.json(labelled('A', 11.1));
      }),
      scenarios.json(labelled('B', 22.2), '*/data/b.json'),
    );
    const asked: string[] = [];
    const settled = new Promise<void>((resolve) => {
      const done = (r: { url: () => string }) => {
        if (r.url().endsWith('/data/a.json')) resolve();
      };
      page.on('requestfinished', done);
      page.on('requestfailed', done);
    });
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto('./#/?lang=en&data=data%2Fa.json');
    await expect.poll(() => asked.some((p) => p.endsWith('/data/a.json'))).toBe(true);
    await page.evaluate(() => {
      location.hash = '#/?lang=en&data=data%2Fb.json';
    });
    await expect(page.getByRole('heading', { level: 1, name: 'Dataset B' })).toBeVisible();
    // A's slow answer comes (or is abandoned) after B is on screen: B stays.
    await settled;
    await page.waitForTimeout(300);
    await expect(page.getByRole('heading', { level: 1, name: 'Dataset B' })).toBeVisible();
    await expect(page.getByText('22.2').first()).toBeVisible();
    await expect(page.getByText('11.1')).toHaveCount(0);
  });

  test('A, then B, then back to A: the screen ends on A', async ({ page, network }) => {
    network.use(
      http.get('*/data/a.json', async () => {
        await delay(1_500);
        return HttpResponse.json(labelled('A', 11.1));
      }),
      http.get('*/data/b.json', async () => {
        await delay(2_500);
        return HttpResponse.json(labelled('B', 22.2));
      }),
    );
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto('./#/?lang=en&data=data%2Fa.json');
    await expect.poll(() => asked.filter((p) => p.endsWith('/data/a.json')).length).toBe(1);
    await page.evaluate(() => {
      location.hash = '#/?lang=en&data=data%2Fb.json';
    });
    await expect.poll(() => asked.filter((p) => p.endsWith('/data/b.json')).length).toBe(1);
    await page.goBack();
    await expect(page).toHaveURL(/data=data%2Fa\.json/);
    await expect(page.getByRole('heading', { level: 1, name: 'Dataset A' })).toBeVisible();
    // B's slower answer arrives later; A stays.
    await page.waitForTimeout(3_000);
    await expect(page.getByRole('heading', { level: 1, name: 'Dataset A' })).toBeVisible();
    await expect(page.getByText('11.1').first()).toBeVisible();
  });
});

test.describe('an unreachable server while the browser is online', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('is retried, then says the server could not be reached, with a Retry button', async ({ page, network }) => {
    network.use(scenarios.networkError());
    const calls = countDatasetRequests(page);
    await page.goto('./#/?lang=en');
    // Three tries, each asked once more without following redirects: under the CSP a redirect to
    // another origin fails like a network fault, and that second request tells the two apart.
    await expectReportedThenRetried(page, network, calls, 'The data server could not be reached. Check your connection and try again.', 6);
  });
});
