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

const powerCsv = (extra: string) =>
  `indicator,region,period,value,unit\n工业用电量,四川省,2022,100,亿千瓦时\n工业用电量,四川省,2023,很多,亿千瓦时\n${extra}`;

test('the import report names a dropped indicator as the file does and words every detail in Chinese', async ({ page }) => {
  await page.goto('./#/?lang=zh');
  await page.getByRole('button', { name: '打开数据' }).click();
  const dialog = page.getByRole('dialog', { name: '打开数据' });
  await dialog.getByLabel('选择文件（JSON 或 CSV）').setInputFiles({ name: 'power.csv', mimeType: 'text/csv', buffer: Buffer.from(powerCsv('工业增加值,四川省,2023,5,%\n')) });
  const row = dialog.getByRole('row').filter({ hasText: '第 3 行' });
  await expect(row).toContainText('指标 工业用电量（x-');
  await expect(row).toContainText('实际值："很多"');
  const details = dialog.locator('td.issue-detail');
  await expect(details).not.toContainText([/[A-Za-z]{3,} [a-z]{2,}/]);
});

test('the same report in English', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles({ name: 'power.csv', mimeType: 'text/csv', buffer: Buffer.from(powerCsv('工业增加值,四川省,2023,5,%\n')) });
  const row = dialog.getByRole('row').filter({ hasText: 'row 3' });
  await expect(row).toContainText('Indicator 工业用电量 (x-');
  await expect(row).toContainText('Expected a finite number');
});

test('80,000 duplicate points through Open data: only that indicator is left out, with a counted list', async ({ page }) => {
  const { duplicatePoints } = await import('../mocks/hostile-datasets');
  await page.goto('./#/?lang=zh');
  await page.getByRole('button', { name: '打开数据' }).click();
  const dialog = page.getByRole('dialog', { name: '打开数据' });
  await dialog.getByLabel('选择文件（JSON 或 CSV）').setInputFiles({ name: 'dup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(duplicatePoints(80_000))) });
  await expect(dialog.getByRole('heading', { name: '可显示 31 项指标，1 项因错误未纳入' })).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: '另有79,989个问题' })).toContainText('规模以上工业增加值累计增速');
  await expect(dialog).not.toContainText('Maximum call stack');
});

test('after a reload a local: address offers to open the file again or go back to the default data', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en&data=local%3Apower.csv&view=table');
  const panel = page.getByRole('status').filter({ hasText: 'came from a local file' });
  await expect(panel.getByRole('button', { name: 'Open the file again' })).toBeVisible();
  await panel.getByRole('button', { name: 'Open the file again' }).click();
  await expect(page.getByRole('dialog', { name: 'Open data' })).toBeVisible();
  await page.keyboard.press('Escape');
  await panel.getByRole('link', { name: 'Back to the default data' }).click();
  await expect(page).toHaveURL(/#\/indicator\/industrial-value-added-growth\?lang=en&view=table$/);
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
});
