import { readFileSync, writeFileSync } from 'node:fs';
import { cloneDataset } from '../mocks/scenarios';
import { expect, test } from './fixtures';

const exampleCsv = readFileSync('mocks/files/example.csv');

test('an analyst opens a CSV file and sees its indicators', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles({ name: 'my-data.csv', mimeType: 'text/csv', buffer: exampleCsv });
  await expect(dialog.getByRole('heading', { name: 'All 2 indicators passed the checks' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Show the data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'my-data' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '绿色制造' })).toBeVisible();
  await expect(page.getByRole('figure', { name: '规模以上工业增加值增速' })).toBeVisible();
  await expect(page).toHaveURL(/data=local%3Amy-data\.csv/);
});

test('a file with an error in one indicator lists the problem with its row and shows the rest', async ({ page }) => {
  const broken = `${exampleCsv.toString('utf8').trimEnd()}\n新增国家级绿色工厂,四川省,2024,很多,家,绿色制造,flow,,,\n`;
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await expect(dialog.getByRole('heading', { name: '1 indicators can be shown; 1 left out because of errors' })).toBeVisible();
  const row = dialog.getByRole('row').filter({ hasText: 'row 9' });
  await expect(row).toContainText('indicators[0].series[0].points[3].value');
  await expect(row).toContainText('很多');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download report' }).click();
  expect((await download).suggestedFilename()).toBe('broken-report.txt');
  await dialog.getByRole('button', { name: 'Show the data' }).click();
  await expect(page.getByRole('figure')).toHaveCount(1);
});

test('a file over the size limit is refused with a message', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  // Playwright passes files over 50 MB by path only.
  const huge = test.info().outputPath('huge.json');
  writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles(huge);
  await expect(dialog.getByRole('alert')).toContainText('over the 50 MB limit');
});

test('a 20 MB dataset loads without freezing the page', async ({ page }) => {
  test.setTimeout(90_000);
  const big = cloneDataset();
  const template = big.indicators[1]!;
  // About 20 MB: 260 monthly indicators of 2 × 240 points each.
  big.indicators = Array.from({ length: 260 }, (_, i) => ({
    ...template,
    id: `synthetic-${i}`,
    highlight: false,
    cumulative: false,
    series: ['sichuan', 'china'].map((region) => ({
      region,
      points: Array.from({ length: 240 }, (_, k) => ({
        period: `${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`,
        value: Math.round(Math.sin(i + k / 7) * 1000) / 100,
        source: 'seed',
        note: { zh: '合成数据，用于检验大文件的读取速度', en: 'synthetic data to check that large files load' },
      })),
    })),
  })) as typeof big.indicators;
  const buffer = Buffer.from(JSON.stringify(big));
  expect(buffer.length).toBeGreaterThan(19 * 1024 * 1024);
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  // The page keeps answering while the worker reads: count animation frames during the load.
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const tick = () => {
      w.__frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer });
  // Progress is shown, and the page still answers a click while the worker parses.
  await expect(dialog.getByRole('status')).toContainText(/Parsing|Checking|Reading/);
  await dialog.getByText('About the CSV format').click();
  await expect(dialog.getByText('One row per point.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'All 260 indicators passed the checks' })).toBeVisible({ timeout: 60_000 });
  const seconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => (window as unknown as { __frames: number }).__frames);
  // Reported, not asserted: timings belong to the benchmark, not to tests.
  test.info().annotations.push({ type: 'load', description: `${(buffer.length / 1048576).toFixed(1)} MB checked in ${seconds.toFixed(1)} s, ${frames} frames drawn meanwhile` });
  console.log(`20 MB file: ${(buffer.length / 1048576).toFixed(1)} MB checked in ${seconds.toFixed(1)} s, ${frames} frames drawn meanwhile`);
});

test('an address from a foreign origin is refused when opened from the dialog', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  await page.getByLabel('Or enter the address of a dataset').fill('https://evil.example/data.json');
  await page.getByRole('button', { name: 'Open address' }).click();
  await expect(page.getByRole('status')).toContainText('data cannot be loaded from https://evil.example');
});

test('a local dataset is not found after a reload and the page says what to do', async ({ page }) => {
  await page.goto('./#/?lang=en&data=local%3Agone.csv');
  await expect(page.getByRole('status')).toContainText('Open the file again');
});
