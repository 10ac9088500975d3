import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every export of a chart, downloaded and opened: the file's name, and what is inside it.

const GROWTH = 'Growth of industrial value added (above designated size)';
const GREEN = 'National green factories added';

async function openActions(page: Page, name: string): Promise<Locator> {
  const figure = page.getByRole('figure', { name, exact: true });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)')).toBeVisible();
  await figure.getByRole('button', { name: 'Share and export' }).click();
  return figure;
}

async function download(page: Page, figure: Locator, item: string): Promise<{ file: Download; body: Buffer }> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await waiting;
  const path = await file.path();
  await expect(figure.getByRole('status')).toContainText(`Downloaded ${file.suggestedFilename()}`);
  return { file, body: await readFile(path) };
}

test('a reader downloads the data of a chart as a spreadsheet', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = await openActions(page, GREEN);
  const { file, body } = await download(page, figure, 'Download CSV');
  expect(file.suggestedFilename()).toBe('green-factories-added_published_2026-11-27.csv');
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const all = body.toString('utf8').slice(1).trimEnd().split('\r\n');
  // The citation block first (title, date, sources, citation), then the table.
  const meta = all.filter((line) => line.startsWith('#') || line.startsWith('"#'));
  expect(meta[0]).toMatch(/^# \S/);
  expect(meta[1]).toMatch(/^# Data updated \d+ \w+ \d{4}$/);
  expect(meta.some((line) => /Source: /.test(line))).toBe(true);
  expect(meta.at(-1)).toMatch(new RegExp(`Suggested citation: .*${GREEN}`));
  const lines = all.slice(meta.length);
  expect(lines[0]).toBe('Indicator,Region,Period,Value,Unit,Status,Source title,Source URL,Rank change,Target,Target comparison,Target judgement,Break in series');
  const rows = lines.slice(1).map((line) => line.split(','));
  expect(rows).toHaveLength(7);
  expect(rows.map((r) => r[3])).toEqual(['7', '14', '19', '29', '20', '37', '38']);
  expect(rows.map((r) => r[2])).toEqual(['2017', '2018', '2019', '2020', '2021', '2022', '2023']);
  expect(rows[5]?.[5]).toBe('shortlist');
  expect(rows.every((r) => r[0] === GREEN && r[1] === 'Sichuan' && r[4] === 'factories')).toBe(true);
});

test('a reader downloads a chart as a PNG at twice the density, with its words drawn in', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = await openActions(page, GROWTH);
  const box = await figure.boundingBox();
  const { file, body } = await download(page, figure, 'Download PNG');
  expect(file.suggestedFilename()).toBe('industrial-value-added-growth_published_2026-11-27.png');
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = body.readUInt32BE(16);
  const height = body.readUInt32BE(20);
  expect(width).toBe(2 * Math.round(box!.width));
  expect(height).toBeGreaterThan(2 * 240);
  // Decoded by the browser: a real picture has many colours, a blank one a single colour.
  const colours = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, body.toString('base64'));
  expect(colours).toBeGreaterThan(20);
});

test('a reader downloads a chart as a self-contained SVG in Chinese', async ({ page }) => {
  await page.goto('./#/?appearance=dark');
  const figure = page.getByRole('figure', { name: '规模以上工业增加值增速', exact: true });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)')).toBeVisible();
  await figure.getByRole('button', { name: '导出与分享' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '下载 SVG' }).click();
  const file = await waiting;
  expect(file.suggestedFilename()).toBe('industrial-value-added-growth_published_2026-11-27.svg');
  const text = await readFile(await file.path(), 'utf8');
  expect(text).not.toMatch(/<script|<style|style="|href="http|<foreignObject/i);
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      namespace: root.namespaceURI,
      title: root.querySelector('title')?.textContent,
      background: root.querySelector('rect')?.getAttribute('fill'),
      texts: Array.from(root.querySelectorAll('text'), (t) => t.textContent).join(''),
      charts: root.querySelectorAll('svg').length,
    };
  }, text);
  expect(parsed.error).toBe(false);
  expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
  expect(parsed.title).toBe('规模以上工业增加值增速');
  expect(parsed.background).toBe('#11161d');
  expect(parsed.charts).toBe(1);
  expect(parsed.texts).toContain('2025年，四川省规模以上工业增加值增速为6.5%');
  expect(parsed.texts).toContain('数据更新于2026年11月27日');
  expect(parsed.texts).toContain('来源：');
});

test('a reader copies the link to a chart', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#/?lang=en');
  const figure = await openActions(page, GREEN);
  await page.getByRole('menuitem', { name: 'Copy link' }).click();
  await expect(figure.getByRole('status')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}#/indicator/green-factories-added?lang=en`);
  await expect(figure.getByRole('button', { name: 'Share and export' })).toBeFocused();
});

test('without clipboard access the link is selected for copying by hand', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await page.goto('./#/?lang=en');
  const figure = await openActions(page, GREEN);
  await page.getByRole('menuitem', { name: 'Copy link' }).click();
  await expect(figure.getByRole('status')).toContainText('could not be copied automatically');
  const field = figure.getByRole('textbox', { name: 'Link to this chart' });
  await expect(field).toHaveValue(/#\/indicator\/green-factories-added\?lang=en$/);
  expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe((await field.inputValue()).length);
});

test('a failed export says what happened and leaves the chart usable', async ({ page }) => {
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
  });
  await page.goto('./#/?lang=en');
  const figure = await openActions(page, GREEN);
  await page.getByRole('menuitem', { name: 'Download PNG' }).click();
  await expect(figure.getByRole('alert')).toContainText('The PNG file could not be made. Try again');
  await expect(figure.getByRole('button', { name: 'Share and export' })).not.toHaveAttribute('aria-busy', 'true');
  await figure.getByRole('button', { name: 'Dismiss' }).click();
  await expect(figure.getByRole('alert')).toHaveCount(0);
  await figure.getByRole('button', { name: 'Share and export' }).click();
  const { file } = await download(page, figure, 'Download CSV');
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
});

test('the actions menu works from the keyboard and opens the chart as a presentation', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = page.getByRole('figure', { name: GREEN, exact: true });
  const button = figure.getByRole('button', { name: 'Share and export' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: 'Present' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Present' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/present\?lang=en&slides=green-factories-added$/);
  await expect(page.getByRole('heading', { level: 2, name: GREEN })).toBeVisible();
});
