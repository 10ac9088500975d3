import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';

// Excel both ways, in the browser: a chart's workbook and the whole dataset's downloaded and
// unzipped (typed numeric cells, number formats, Chinese text, frozen header), and a workbook in
// the long format opened with Open data, with the same report as a CSV file.

const GREEN = '新增国家级绿色工厂';

function parts(body: Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(body))).map(([name, data]) => [name, strFromU8(data)]));
}

test('a reader downloads a chart as an Excel workbook, numbers as numbers', async ({ page }) => {
  await page.goto('./#/');
  const figure = page.getByRole('figure', { name: GREEN, exact: true });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)')).toBeVisible();
  await figure.getByRole('button', { name: '导出与分享' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '下载 Excel' }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toBe('green-factories-added_published_2026-11-27.xlsx');
  await expect(figure.getByRole('status')).toContainText(`已下载 ${file.suggestedFilename()}`);
  const xml = parts(await readFile((await file.path())!));
  expect(xml['xl/workbook.xml']).toContain('name="来源"');
  const sheet = xml['xl/worksheets/sheet1.xml']!;
  expect(sheet).toContain('state="frozen"');
  // 2022: 37 factories, a numeric cell in the indicator's format (no decimals: "0").
  expect(sheet).toMatch(/<c r="B\d+" s="\d+" t="n"><v>37<\/v><\/c>/);
  expect(xml['xl/styles.xml']).toContain('formatCode="0"');
  expect(xml['xl/sharedStrings.xml']).toContain('公示名单');
  expect(xml['xl/sharedStrings.xml']).toMatch(/建议引用：[^<]*新增国家级绿色工厂/);
});

test('a reader downloads the whole dataset as JSON and as Excel from the header', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('button', { name: 'Download and print' });
  await menu.click();
  let waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download dataset JSON' }).click();
  const json = await waiting;
  expect(json.suggestedFilename()).toMatch(/_2026-11-27\.json$/);
  const published = JSON.parse(await readFile((await json.path())!, 'utf8')) as { indicators: unknown[] };
  await menu.click();
  waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download dataset Excel' }).click();
  const excel = await waiting;
  const xml = parts(await readFile((await excel.path())!));
  const sheets = xml['xl/workbook.xml']!.match(/<sheet /g) ?? [];
  expect(sheets).toHaveLength(published.indicators.length + 1);
  expect(xml['xl/workbook.xml']).toContain('name="Sources"');
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${excel.suggestedFilename()}` })).toBeVisible();
});

test('Open data reads an Excel file in the long format, with the rows of the sheet in the report', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog');
  const example = await readFile('mocks/files/example.xlsx');
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles({ name: 'example.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: example });
  await expect(dialog).toContainText('All 2 indicators passed the checks');
  await dialog.getByRole('button', { name: 'Show the data' }).click();
  await expect(page.getByRole('figure', { name: '新增国家级绿色工厂' })).toBeVisible();
});
