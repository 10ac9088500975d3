import { scenarios, cloneDataset } from '../mocks/scenarios';
import { expect, test } from './fixtures';

test.describe('when the data cannot be shown the reader is told why and what to do', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('a server error is retried, then reported with a Retry button that works', async ({ page, network }) => {
    let calls = 0;
    network.use(scenarios.status(503));
    page.on('request', (r) => {
      if (r.url().includes('sichuan-industry.json')) calls += 1;
    });
    await page.goto('./#/?lang=en');
    const notice = page.getByRole('status');
    await expect(notice).toContainText('HTTP 503');
    expect(calls).toBe(3);
    network.resetHandlers();
    await notice.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
  });

  test('a missing file is not retried and says which address failed', async ({ page, network }) => {
    let calls = 0;
    network.use(scenarios.status(404));
    page.on('request', (r) => {
      if (r.url().includes('sichuan-industry.json')) calls += 1;
    });
    await page.goto('./');
    await expect(page.getByRole('status')).toContainText('找不到数据文件（404）');
    await expect(page.getByRole('status')).toContainText('data/sichuan-industry.json');
    expect(calls).toBe(1);
  });

  test('access denied is not retried', async ({ page, network }) => {
    network.use(scenarios.status(403));
    await page.goto('./#/?lang=en');
    await expect(page.getByRole('status')).toContainText('Access to this data was denied');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});

test('a slow response shows a loading status, then the data', async ({ page, network }) => {
  network.use(scenarios.slow(3000));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'Loading data…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible({ timeout: 10_000 });
});

test('malformed JSON is reported as such', async ({ page, network }) => {
  network.use(scenarios.malformedJson());
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('status')).toContainText('not valid JSON');
});

test('an invalid dataset lists every problem with its place', async ({ page, network }) => {
  const broken = cloneDataset() as Record<string, unknown>;
  delete broken.title;
  (broken.regions as { id: string }[])[1]!.id = 'Not A Slug';
  (broken.sources as { url?: string }[])[1]!.url = 'javascript:alert(1)';
  network.use(scenarios.json(broken));
  await page.goto('./#/?lang=en');
  const notice = page.getByRole('status');
  // The two that refuse the dataset; a source link that is not http(s) is kept as text with a
  // warning (the format's Validation) and refuses nothing.
  await expect(notice).toContainText('failed validation with 2 problems');
  await expect(notice.getByText('title', { exact: true })).toBeVisible();
  await expect(notice.getByText('regions[1].id', { exact: true })).toBeVisible();
  await expect(notice.getByText('sources[1].url', { exact: true })).toHaveCount(0);
});

test('an unsupported format is refused with the rule it broke', async ({ page, network }) => {
  network.use(scenarios.invalidDataset());
  await page.goto('./');
  await expect(page.getByRole('status')).toContainText('数据集未通过校验');
  await expect(page.getByRole('status').getByText('format', { exact: true })).toBeVisible();
});

test('a broken indicator is left out with a notice and the rest is shown', async ({ page, network }) => {
  network.use(scenarios.partialDataset());
  await page.goto('./#/?lang=en');
  const notice = page.getByRole('status').filter({ hasText: '1 indicator was left out' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('green-parks-added');
  await expect(notice).toContainText('indicators[16].series[0].points[0].period');
  await expect(page.getByRole('figure')).toHaveCount(15);
  await expect(page.getByRole('figure', { name: 'National green factories added' })).toBeVisible();
});

test('a malformed config.json gives a clear error page', async ({ page, network }) => {
  network.use(scenarios.configText('{ "dataUrl": '));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('status')).toContainText('The configuration file is invalid');
  await expect(page.getByRole('status')).toContainText('config.json is not valid JSON');
});

test('a config.json of the wrong shape names the key', async ({ page, network }) => {
  network.use(scenarios.config({ allowedDataOrigins: 'everything' }));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('status')).toContainText('allowedDataOrigins');
});

test.describe('config.json', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test('absent means defaults', async ({ page, network }) => {
    network.use(scenarios.configStatus(404));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 2, name: '工业增长' })).toBeVisible();
  });
});

test('a dataset from a foreign origin is refused and never fetched', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.goto(`./#/?lang=en&data=${encodeURIComponent('https://evil.example/data.json')}`);
  await expect(page.getByRole('status')).toContainText('data cannot be loaded from https://evil.example');
  expect(asked.filter((u) => u.includes('evil.example'))).toEqual([]);
});

test.describe('allowedDataOrigins', () => {
  test.use({ allowedOrigins: ['https://stats.example'] });
  test('a dataset from an allowed origin in config.json is fetched', async ({ page, network }) => {
  network.use(scenarios.config({ allowedDataOrigins: ['https://stats.example'] }), scenarios.json(cloneDataset(), 'https://stats.example/*', { 'Access-Control-Allow-Origin': '*' }));
  const asked: string[] = [];
  page.on('request', (r) => asked.push(r.url()));
  await page.goto(`./#/?lang=en&data=${encodeURIComponent('https://stats.example/industry.json')}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
  expect(asked).toContain('https://stats.example/industry.json');
});
});
