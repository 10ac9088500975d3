import { readFile } from 'node:fs/promises';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { Page } from '@playwright/test';
import { generateLargeDataset, LARGE_REGIONS_CASE, LONG_SERIES_CASE } from '../mocks/generate-large-dataset';

// The network fixture hands each response through the test runner: the benchmark times the full
// cases (npm run bench); here the same shapes, lighter — 1,000 regions of one year, and 12,000
// months (years 9000–9999), still twenty times the longest span a select lists.
const THOUSAND_REGIONS = { ...LARGE_REGIONS_CASE, months: 12 };
const LONG_SERIES = { ...LONG_SERIES_CASE, months: 12_000 };
import { scaleDatasets } from '../mocks/hostile-datasets';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';
import { zipEntries, zipText } from './zip';

// Issue 14: huge and strange valid datasets — a thousand regions, 120,000 months, names of
// 100,000 letters, control characters — keep the page usable and every export well-formed.

const serve = (name: string, make: () => unknown) => http.get(`*/data/${name}.json`, () => HttpResponse.json(make() as JsonBodyType));
const at = (name: string) => `data=data%2F${name}.json`;
/** Not a character XML 1.0 allows, a lone surrogate among them. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

test.describe('large datasets', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a reader finds one region among a thousand and adds it to the chart', async ({ page, network }) => {
    network.use(serve('regions-1000', () => generateLargeDataset(THOUSAND_REGIONS)));
    await page.goto(`./#/indicator/indicator-02?lang=en&${at('regions-1000')}`);
    const controls = page.getByRole('region', { name: 'View settings' });
    await expect(controls.getByText('Showing 10 of 1,000 regions')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('figure :is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();
    // The chosen ten, not a thousand checkboxes; no select lists every region.
    await expect(controls.getByRole('checkbox')).toHaveCount(10);
    expect(await page.locator('option').count()).toBeLessThan(1000);
    await controls.getByRole('searchbox', { name: 'Find a region' }).fill('Region 50');
    // Region 50 and 500–509 match; none is chosen yet.
    await expect(controls.getByRole('checkbox')).toHaveCount(21);
    await controls.getByRole('checkbox', { name: 'Region 500', exact: true }).check();
    await expect(page).toHaveURL(/regions=[^&]*region-500/);
    await expect(controls.getByText('Showing 11 of 1,000 regions')).toBeVisible();
  });

  test('a reader narrows 120,000 months by typing a year, without a select of every month', async ({ page, network }) => {
    network.use(serve('months-120000', () => generateLargeDataset(LONG_SERIES)));
    await page.goto(`./#/indicator/indicator-02?lang=en&${at('months-120000')}`);
    await expect(page.locator('figure :is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible({ timeout: 60_000 });
    expect(await page.locator('option').count()).toBeLessThan(100);
    const from = page.getByRole('spinbutton', { name: 'From: year' });
    await from.fill('12345');
    await from.press('Enter');
    await expect(page.getByRole('alert')).toContainText('Enter a year from 9000 to 9999');
    await from.fill('9990');
    await from.press('Enter');
    await expect(page).toHaveURL(/from=9990-01/);
    await page.getByRole('combobox', { name: 'From: month' }).selectOption({ label: 'Jun' });
    await expect(page).toHaveURL(/from=9990-06/);
    // The table shows a page of rows and offers the next.
    await page.getByRole('tab', { name: 'Table' }).click();
    // From June 9990 to December 9999: 115 months, one row each, all shown (fewer than 200).
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(115);
    await page.getByRole('spinbutton', { name: 'From: year' }).fill('');
    await page.getByRole('spinbutton', { name: 'From: year' }).press('Enter');
    await expect(page.getByText('Showing the first 200 of 12,000 rows')).toBeVisible();
    await page.getByRole('button', { name: 'Show 200 more rows' }).click();
    await expect(page.locator('table.data-table tbody tr')).toHaveCount(400);
  });
});

test('the Embed snippet and its preview show the dataset of the address', async ({ page, network }) => {
  network.use(scenarios.regionsDataset());
  await page.goto(`./#/indicator/indicator-02?lang=en&${at('regions')}`);
  const figure = page.getByRole('figure', { name: 'Synthetic indicator 2', exact: true });
  await figure.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/#\/embed\/indicator-02\?data=data%2Fregions\.json&amp;lang=en&amp;controls=0"/);
  await expect(dialog.frameLocator('iframe').getByRole('figure', { name: 'Synthetic indicator 2', exact: true })).toBeVisible();
});

test.describe('names of 100,000 letters', () => {
  test.describe.configure({ timeout: 120_000 });
  const views = ['#/', '#/indicator/industrial-value-added-growth', '#/compare?ids=industrial-value-added-growth,green-factories-added', '#/present', '#/plan', '#/embed/industrial-value-added-growth'];
  for (const view of views) {
    test(`keep the page no wider than the window: ${view}`, async ({ page, network }) => {
      network.use(serve('long-names', scaleDatasets.longNames));
      await page.goto(`./${view}${view.includes('?') ? '&' : '?'}lang=en&${at('long-names')}`);
      await expect(page.locator('main, .embed-root, body').first()).toBeVisible();
      await expect(page.getByText('Loading data…')).toHaveCount(0, { timeout: 90_000 });
      // The check above can pass before the loading state has even appeared (an English page shows
      // nothing until its messages are in): the view itself is what is waited for, as long.
      await expect(page.locator('figure, .plan-priority, h2').first()).toBeVisible({ timeout: 90_000 });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
});

async function downloadFrom(page: Page, item: string): Promise<Buffer> {
  const figure = page.locator('figure').first();
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();
  await figure.getByRole('button', { name: 'Share and export' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await waiting;
  await expect(figure.getByRole('status')).toContainText('Downloaded');
  return readFile(await file.path());
}

test('every export of a dataset full of control characters and lone surrogates opens', async ({ page, network }) => {
  network.use(serve('control', scaleDatasets.controlText));
  await page.goto(`./#/indicator/industrial-value-added-growth?lang=en&${at('control')}`);
  const svg = (await downloadFrom(page, 'Download SVG')).toString('utf8');
  expect(NOT_XML.test(svg)).toBe(false);
  expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length, svg)).toBe(0);
  const png = await downloadFrom(page, 'Download PNG');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const csv = await downloadFrom(page, 'Download CSV');
  expect(csv.includes(0)).toBe(false);

  await page.goto(`./#/present?lang=en&${at('control')}`);
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PowerPoint' }).click();
  const deck = await readFile(await (await waiting).path());
  const parts = zipEntries(deck).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  expect(parts.length).toBeGreaterThan(10);
  for (const name of parts) {
    const xml = zipText(deck, name);
    expect(NOT_XML.test(xml), `${name} ${JSON.stringify(xml.slice(Math.max(0, xml.search(NOT_XML) - 80), xml.search(NOT_XML) + 20))}`).toBe(false);
    expect(await page.evaluate((text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length, xml), name).toBe(0);
  }
});
