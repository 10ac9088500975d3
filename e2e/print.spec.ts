import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Printing a view as a report: every chart drawn (also those never scrolled to), no control on
// paper, each theme of the overview on a new page, and no figure cut by a page break. The PDF is
// Chromium's own (page.pdf); the page boxes are measured in print media at the paper's width.

// A4 with the margins of styles.css (@page: 14 mm top and bottom, 12 mm left and right), in CSS px.
const MM = 96 / 25.4;
const PAGE_WIDTH = Math.floor((210 - 24) * MM);
const PAGE_HEIGHT = Math.floor((297 - 28) * MM);

const CONTROLS = ['.app-controls', '.dataset-downloads', '.chart-actions', '.explorer-controls', '.tab-list', '.compare-picker', '.recharts-brush'];

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/** Figures, cards and tables laid out on pages as the print CSS asks: where each would start. */
async function paginate(page: Page) {
  return page.evaluate((pageHeight) => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>('main figure, main .value-card, main table, main .plan-measure')).filter(
      (el) => !el.parentElement?.closest('figure, .value-card, .plan-measure') && el.getBoundingClientRect().height > 0,
    );
    const tall = blocks.filter((el) => el.getBoundingClientRect().height > pageHeight).map((el) => el.getAttribute('aria-label') ?? el.className);
    const avoid = blocks.filter((el) => getComputedStyle(el).breakInside !== 'avoid').map((el) => el.tagName + '.' + el.className);
    const sections = Array.from(document.querySelectorAll('.theme-section, .plan-priority + .plan-priority')).map((s) => getComputedStyle(s).breakBefore);
    return { count: blocks.length, tall, avoid, sections };
  }, PAGE_HEIGHT);
}

async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: PAGE_WIDTH, height: PAGE_HEIGHT });
  for (const selector of CONTROLS) {
    for (const el of await page.locator(selector).all()) await expect(el).toBeHidden();
  }
  const layout = await paginate(page);
  expect(layout.tall, 'figures taller than a page').toEqual([]);
  expect(layout.avoid, 'blocks that a page break may cut').toEqual([]);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await writeFile(test.info().outputPath(`${name}.pdf`), pdf);
  return { pages: pdfPages(pdf), layout };
}

test('a reader prints the overview as a report with every chart drawn', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const figures = page.locator('main figure.chart-figure');
  const total = await figures.count();
  expect(total).toBeGreaterThan(10);
  // Charts below the fold are not drawn yet.
  expect(await page.locator('.lazy-box[data-drawn="false"]').count()).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Download and print' }).click();
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  // When the print dialog opens, every chart is on the page.
  expect(await page.locator('.lazy-box[data-drawn="false"]').count()).toBe(0);
  expect(await page.locator('main .lazy-box :is(svg.recharts-surface, svg.chart-surface)').count()).toBe(await page.locator('main .lazy-box').count());

  const { pages, layout } = await printed(page, 'overview');
  // The headline cards, then each theme on its own page(s).
  expect(layout.sections.length).toBeGreaterThan(3);
  expect(layout.sections.every((b) => b === 'page')).toBe(true);
  expect(pages).toBeGreaterThanOrEqual(layout.sections.length + 1);
  expect(pages).toBeLessThan(total + layout.sections.length + 2);
  test.info().annotations.push({ type: 'pages', description: `overview: ${pages} pages for ${total} charts in ${layout.sections.length} themes` });
});

test('the browser’s own print command also draws every chart first', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('.lazy-box[data-drawn="false"]').count()).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  expect(await page.locator('.lazy-box[data-drawn="false"]').count()).toBe(0);
});

for (const [view, address, heading] of [
  ['indicator', './#/indicator/industrial-value-added-growth?lang=en', 'Growth of industrial value added (above designated size)'],
  ['compare', './#/compare?ids=green-factories-added,green-parks-added&lang=en', null],
  ['plan', './#/plan?lang=en', null],
  ['present', './#/present?lang=en', null],
] as const) {
  test(`the ${view} view prints without controls and without cut figures`, async ({ page }) => {
    await page.goto(address);
    if (heading) await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    await expect(page.locator('main :is(svg.recharts-surface, svg.chart-surface):visible, main .plan-measure:visible').first()).toBeVisible();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const { pages, layout } = await printed(page, view);
    expect(pages).toBeGreaterThan(0);
    expect(layout.count).toBeGreaterThan(0);
    test.info().annotations.push({ type: 'pages', description: `${view}: ${pages} pages` });
  });
}
