import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const lang of ['zh', 'en'] as const) {
  for (const appearance of ['light', 'dark'] as const) {
    test(`the overview has no axe violations (${lang}, ${appearance})`, async ({ page }) => {
      // axe reads every node of sixteen charts: slow on two cores, so more time than usual.
      test.setTimeout(120_000);
      await page.goto(`./#/?lang=${lang}&appearance=${appearance}`);
      await expect(page.getByRole('figure').first()).toBeVisible();
      // Draw every chart first: lazily mounted charts are checked too.
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
      }
      await expect(page.locator('.lazy-box[data-drawn="false"]')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the loading state has no axe violations', async ({ page, network }) => {
  test.setTimeout(60_000);
  network.use(scenarios.slow(30_000));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'Loading data…' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('error state', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  for (const appearance of ['light', 'dark'] as const) {
    test(`the error state has no axe violations (${appearance})`, async ({ page, network }) => {
      network.use(scenarios.status(404));
      await page.goto(`./#/?appearance=${appearance}`);
      await expect(page.getByRole('status')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test('a keyboard user skips to the content and reaches every control in reading order', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Industrial value added growth', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: 'Change colours' })).toBeFocused();
});

test('rises are red in Chinese, green in English, and a setting flips them; arrows always say which', async ({ page }) => {
  await page.goto('./#/');
  const rise = page.getByRole('article', { name: '专精特新“小巨人”累计' }).locator('.change-up');
  await expect(rise).toContainText('▲');
  await expect(rise).toHaveCSS('color', 'rgb(198, 40, 40)');
  await page.getByRole('combobox', { name: '涨跌颜色' }).selectOption('green');
  await expect(rise).toHaveCSS('color', 'rgb(46, 125, 50)');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('combobox', { name: 'Change colours' })).toHaveValue('green');
});

const VIEWS = [
  ['indicator, chart', '#/indicator/industrial-value-added-growth'],
  ['indicator, table', '#/indicator/industrial-value-added-growth?view=table'],
  ['compare', '#/compare?ids=green-factories-added,green-parks-added'],
  ['presentation', '#/present'],
  ['embed', '#/embed/industrial-value-added-growth'],
] as const;

for (const [name, address] of VIEWS) {
  for (const [lang, appearance] of [
    ['zh', 'light'],
    ['en', 'dark'],
  ] as const) {
    test(`the ${name} view has no axe violations (${lang}, ${appearance})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto(`./${address}${address.includes('?') ? '&' : '?'}lang=${lang}&appearance=${appearance}`);
      await expect(page.getByRole('figure').or(page.getByRole('table')).first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
