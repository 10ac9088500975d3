import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { zipEntries, zipText } from './zip';

// Every chart of every view has every action of the contract, and what it exports is what the
// chart shows: its transform, regions and range.

const GROWTH = 'Growth of industrial value added (above designated size)';
const ACTIONS = ['Download PNG', 'Download SVG', 'Download CSV', 'Download Excel', 'Copy link', 'Embed', 'Present'];

async function actionsOf(page: Page, figure: Locator): Promise<string[]> {
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('button', { name: 'Share and export' }).click();
  const names = await page.getByRole('menuitem').allInnerTexts();
  await page.keyboard.press('Escape');
  return names;
}

async function download(page: Page, figure: Locator, item: string): Promise<{ name: string; body: Buffer }> {
  await figure.scrollIntoViewIfNeeded();
  // The chart's surface; the range brush under it has one of its own.
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();
  await figure.getByRole('button', { name: 'Share and export' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

/** The table of a CSV download, without the leading `#` lines that cite the dataset and the blank line after them. */
function csvRows(body: Buffer): string[][] {
  return body
    .toString('utf8')
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .filter((line) => line !== '' && !/^"?#/.test(line))
    .map((line) => line.split(','));
}

/** Whether an SVG file is well-formed XML with the chart in it, checked by the browser's own parser. */
async function wellFormedSvg(page: Page, body: Buffer): Promise<{ ok: boolean; title: string; paths: number }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { ok: doc.getElementsByTagName('parsererror').length === 0, title: doc.querySelector('title')?.textContent ?? '', paths: doc.querySelectorAll('path.series-path').length };
  }, body.toString('utf8'));
}

test('every chart of the overview, indicator, compare and embed views offers every action', async ({ page }) => {
  await page.goto('./#/?lang=en');
  expect(await actionsOf(page, page.getByRole('figure', { name: GROWTH, exact: true }))).toEqual(ACTIONS);
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  expect(await actionsOf(page, page.getByRole('figure', { name: GROWTH, exact: true }))).toEqual(ACTIONS);
  await page.goto('./#/compare?ids=green-factories-added,industrial-value-added-growth&lang=en');
  for (const figure of await page.getByRole('figure').all()) expect(await actionsOf(page, figure)).toEqual(ACTIONS);
  await page.goto('./#/embed/industrial-value-added-growth?lang=en');
  expect(await actionsOf(page, page.getByRole('figure', { name: GROWTH, exact: true }))).toEqual(ACTIONS);
  // With controls=0 an embedded chart is only the chart.
  await page.goto('./#/embed/industrial-value-added-growth?lang=en&controls=0');
  await expect(page.getByRole('figure', { name: GROWTH, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Share and export' })).toHaveCount(0);
});

test('from the indicator view with the gap shown, Download CSV gives the points shown', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en&transform=gap&from=2020');
  const { name, body } = await download(page, page.getByRole('figure', { name: GROWTH, exact: true }), 'Download CSV');
  expect(name).toBe('industrial-value-added-growth_gap_2026-11-27.csv');
  const rows = csvRows(body);
  // Sichuan − China from 2020: 1.7, 0.2, 0.2, 1.5, 0.8, 0.6 percentage points.
  expect(rows.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual([
    ['2020', '1.7', 'pp'],
    ['2021', '0.2', 'pp'],
    ['2022', '0.2', 'pp'],
    ['2023', '1.5', 'pp'],
    ['2024', '0.8', 'pp'],
    ['2025', '0.6', 'pp'],
  ]);
  expect(rows[1]?.[1]).toBe('Sichuan minus China');
});

test('the indicator and compare views download their charts as PNG and as well-formed SVG', async ({ page }) => {
  for (const address of ['./#/indicator/industrial-value-added-growth?lang=en&regions=sichuan', './#/compare?ids=industrial-value-added-growth-ytd,industrial-value-added-growth&lang=en']) {
    await page.goto(address);
    const figure = page.getByRole('figure').first();
    const png = await download(page, figure, 'Download PNG');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.body.readUInt32BE(16)).toBe(2 * Math.round((await figure.boundingBox())!.width));
    const svg = await download(page, figure, 'Download SVG');
    const parsed = await wellFormedSvg(page, svg.body);
    expect(parsed.ok).toBe(true);
    expect(parsed.title).toContain('Growth of industrial value added');
    expect(parsed.paths).toBeGreaterThanOrEqual(1);
  }
});

test('the compare view starts a year-to-date line afresh each January', async ({ page }) => {
  await page.goto('./#/compare?ids=industrial-value-added-growth-ytd,industrial-value-added-growth&lang=en');
  const figure = page.getByRole('figure').first();
  await figure.scrollIntoViewIfNeeded();
  // Sichuan's year-to-date series runs over 2022, 2023, 2024 and 2025: four separate lines, the
  // yearly series beside it one.
  const d = (key: string) => figure.locator(`[data-series="${key}"] .series-path`).getAttribute('d');
  const ytd = await d('industrial-value-added-growth-ytd__sichuan');
  expect(ytd?.match(/M/g)).toHaveLength(4);
  expect((await d('industrial-value-added-growth__sichuan'))?.match(/M/g)).toHaveLength(1);
});

test('the PowerPoint deck leaves the January cells of a year-to-date chart empty', async ({ page }) => {
  await page.goto('./#/present?lang=en&slides=industrial-value-added-growth-ytd');
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PowerPoint' }).click();
  const zip = await readFile(await (await waiting).path());
  expect(zipEntries(zip)).toContain('ppt/charts/chart1.xml');
  const xml = zipText(zip, 'ppt/charts/chart1.xml');
  // One series per region; flagged points (推算值) follow as mark-only series of their own.
  const all = [...xml.matchAll(/<c:ser>.*?<\/c:ser>/gs)].map(([s]) => s);
  const series = all.filter((s) => /<c:tx>.*?<c:v>(Sichuan|China)<\/c:v>/s.test(s));
  expect(series).toHaveLength(2);
  expect(all.length).toBeGreaterThan(2);
  for (const s of series) {
    const categories = [...(s.match(/<c:cat>.*?<\/c:cat>/s)?.[0] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>(.*?)<\/c:v>/g)].map((m) => m[2]!);
    const values = new Map([...(s.match(/<c:val>.*?<\/c:val>/s)?.[0] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>(.*?)<\/c:v>/g)].map((m) => [Number(m[1]), m[2]!]));
    // Every month from March 2022 to December 2025 is a category: 46 of them.
    expect(categories).toHaveLength(46);
    const januaries = categories.flatMap((c, i) => (c.startsWith('Jan') ? [i] : []));
    expect(januaries).toHaveLength(3);
    for (const i of januaries) expect(values.get(i) ?? '').toBe('');
  }
  // Sichuan has a value where it published one: March 2022 is 8.1.
  expect(series[0]).toMatch(/<c:pt idx="0"><c:v>8.1<\/c:v>/);
});
