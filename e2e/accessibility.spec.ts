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
  network.use(scenarios.slow(4000));
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
      await expect(page.getByRole('alert')).toBeVisible();
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
  await expect(page.getByRole('combobox', { name: 'Appearance' })).toBeFocused();
});
