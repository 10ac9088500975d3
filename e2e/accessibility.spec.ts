import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { scenarios } from '../mocks/scenarios';
import { expect, scrollThroughAndDraw, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe with the WCAG 2.1 A and AA rules; logs the counts for docs/accessibility.md. */
async function axeViolations(page: Page, label = test.info().title) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  console.log(`axe | ${label} | ${results.violations.length} violations | ${results.passes.length} rules passed | ${results.incomplete.length} to review`);
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
      await scrollThroughAndDraw(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

const ALL_VIEWS = [
  ['overview', '#/'],
  ['indicator', '#/indicator/industrial-value-added-growth'],
  ['compare', '#/compare?ids=green-factories-added,green-parks-added'],
  ['presentation', '#/present'],
  ['embed', '#/embed/industrial-value-added-growth'],
] as const;

const withParams = (address: string, query: string) => `./${address}${address.includes('?') ? '&' : '?'}${query}`;

/** Loading and error states are told politely: role="status", and nothing assertive on the page. */
async function expectPoliteOnly(page: Page) {
  expect(await page.getByRole('alert').count(), 'role="alert" on the page').toBe(0);
  expect(await page.locator('[aria-live="assertive"]').count(), 'aria-live="assertive" on the page').toBe(0);
}

const STATE_LANGS = [
  ['zh', 'light', '正在加载数据…'],
  ['en', 'dark', 'Loading data…'],
] as const;

for (const [view, address] of ALL_VIEWS) {
  for (const [lang, appearance, loadingText] of STATE_LANGS) {
    test(`the ${view} view announces loading politely and has no axe violations (${lang}, ${appearance})`, async ({ page, network }) => {
      test.setTimeout(60_000);
      network.use(scenarios.slow(30_000));
      await page.goto(withParams(address, `lang=${lang}&appearance=${appearance}`));
      const status = page.getByRole('status').filter({ hasText: loadingText });
      await expect(status).toBeVisible();
      // Inside a region that stays from loading to error, so the change to an error is read out.
      await expect(page.locator('[aria-live="polite"]').filter({ has: status })).toHaveCount(1);
      await expectPoliteOnly(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test.describe('error state', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  for (const [view, address] of ALL_VIEWS) {
    for (const [lang, appearance] of STATE_LANGS) {
      test(`the ${view} view announces an error politely and has no axe violations (${lang}, ${appearance})`, async ({ page, network }) => {
        network.use(scenarios.status(404));
        await page.goto(withParams(address, `lang=${lang}&appearance=${appearance}`));
        const status = page.getByRole('status').filter({ hasText: lang === 'en' ? 'The data file was not found (404)' : '找不到数据文件（404）' });
        await expect(status).toBeVisible();
        await expectPoliteOnly(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
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
  ['work plan', '#/plan'],
  ['work plan slides', '#/present?plan=1'],
  ['indicator with a target', '#/indicator/little-giants-added?view=table'],
] as const;

for (const [name, address] of VIEWS) {
  for (const lang of ['zh', 'en'] as const) {
    for (const appearance of ['light', 'dark'] as const) {
      test(`the ${name} view has no axe violations (${lang}, ${appearance})`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(withParams(address, `lang=${lang}&appearance=${appearance}`));
        await expect(page.getByRole('figure').or(page.getByRole('table')).or(page.getByRole('list', { name: /衡量指标|: indicators/ })).first()).toBeVisible({ timeout: 30_000 });
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
}
