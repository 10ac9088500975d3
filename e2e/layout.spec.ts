import type { Page } from '@playwright/test';
import { scenarios } from '../mocks/scenarios';
import { expect, scrollThroughAndDraw, test } from './fixtures';

// The page holds on a phone (320 px wide) and at 200% zoom (a 1280×800 screen at 200% is a
// 640×400 viewport at device scale 2): nothing makes the page itself scroll sideways.

const VIEWS = [
  ['overview', '#/'],
  ['indicator, chart', '#/indicator/industrial-value-added-growth'],
  ['indicator, table', '#/indicator/industrial-value-added-growth?view=table'],
  ['compare', '#/compare?ids=green-factories-added,little-giants-total'],
  ['presentation', '#/present'],
  ['embed', '#/embed/industrial-value-added-growth'],
] as const;

const SIZES = [
  ['320 px wide', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }],
  ['200% zoom', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
] as const;

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const [size, options] of SIZES) {
  test.describe(size, () => {
    test.use(options);
    for (const [name, address] of VIEWS) {
      test(`the ${name} view does not scroll sideways at ${size}, in Chinese and English`, async ({ page }) => {
        test.setTimeout(90_000);
        for (const lang of ['zh', 'en'] as const) {
          await page.goto(`./${address}${address.includes('?') ? '&' : '?'}lang=${lang}`);
          // Slides other than the current one are laid out but hidden.
          await expect(page.getByRole('figure').or(page.getByRole('table')).filter({ visible: true }).first()).toBeVisible({ timeout: 30_000 });
          // Charts below the fold are drawn as they come near: scroll through so each is measured.
          await scrollThroughAndDraw(page);
          expect(await sidewaysOverflow(page), `${lang}: horizontal scrolling of the page`).toBeLessThanOrEqual(0);
        }
      });
    }
  });
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the loading spinner does not turn', async ({ page, network }) => {
    network.use(scenarios.slow(30_000));
    await page.goto('./#/?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'Loading data…' })).toBeVisible();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('charts are drawn at once, with no animation, when they appear and when they change', async ({ page }) => {
    await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
    const figure = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
    const line = figure.locator('.series-path').first();
    await expect(line).toBeVisible({ timeout: 30_000 });
    // Recharts animates a line by growing its dash array frame by frame; drawn at once, it stays.
    const dash = () => line.evaluate((el) => `${el.getAttribute('d') ?? ''}|${el.getAttribute('stroke-dasharray') ?? ''}`);
    const first = await dash();
    await page.waitForTimeout(200);
    expect(await dash()).toBe(first);

    await page.getByRole('combobox', { name: 'Chart type' }).selectOption('bar');
    const bar = figure.locator('.series-bars path').first();
    await expect(bar).toBeVisible();
    const shape = () => bar.getAttribute('d');
    const drawn = await shape();
    await page.waitForTimeout(150);
    expect(await shape()).toBe(drawn);
    expect(await page.evaluate(() => document.getAnimations().length), 'CSS animations and transitions').toBe(0);
  });

  test('the overview draws every chart without animation', async ({ page }) => {
    await page.goto('./#/?lang=en');
    await expect(page.getByRole('figure').first()).toBeVisible();
    // Charts near the viewport are drawn when the page is idle: wait until every one is drawn.
    await scrollThroughAndDraw(page);
    expect(await page.evaluate(() => document.getAnimations().length), 'CSS animations and transitions').toBe(0);
    // Every series' path is the same a moment later: nothing is being drawn in.
    const shapes = () =>
      page.locator('.series-path, .series-area, .series-bars path').evaluateAll((paths) => paths.map((p) => `${p.getAttribute('d')}|${p.getAttribute('stroke-dasharray')}`));
    const before = await shapes();
    expect(before.length).toBeGreaterThan(0);
    await page.waitForTimeout(200);
    expect(await shapes()).toEqual(before);
  });
});
