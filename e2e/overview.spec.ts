import { expect, test } from './fixtures';

const THEMES_ZH = ['工业增长', '优质企业', '绿色制造', '数字化转型', '成渝协同', '规模与效益', '重大保障'];
const THEMES_EN = ['Industrial growth', 'Leading enterprises', 'Green manufacturing', 'Digital transformation', 'Sichuan–Chongqing cooperation', 'Scale and output', 'Major event support'];

test('a reader sees every theme and the latest growth figures in Chinese', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: '四川省工业经济主要指标' })).toBeVisible();
  await expect(page.getByText('数据更新于2026年11月27日')).toBeVisible();
  for (const theme of THEMES_ZH) await expect(page.getByRole('heading', { level: 2, name: theme })).toBeVisible();

  const card = page.getByRole('article', { name: '规上工业增加值增速' });
  await expect(card).toContainText('6.5');
  await expect(card).toContainText('2025年');
  await expect(card).toContainText('高于全国0.6个百分点');
  await expect(card).toContainText('比2024年回落0.1个百分点');

  const figure = page.getByRole('figure', { name: '规模以上工业增加值增速' });
  await expect(figure).toHaveAccessibleDescription(/2025年，四川省规模以上工业增加值增速为6\.5%/);
  await expect(figure).toHaveAccessibleDescription(/高于全国0\.6个百分点（全国为5\.9%）/);
  await expect(page.getByRole('article', { name: '规上工业增加值累计增速' })).toContainText('2025年1—12月');
  await expect(page).toHaveTitle('总览 · 四川省工业经济主要指标');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a reader sees the same overview in English', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sichuan industrial economy indicators' })).toBeVisible();
  for (const theme of THEMES_EN) await expect(page.getByRole('heading', { level: 2, name: theme })).toBeVisible();
  const card = page.getByRole('article', { name: 'Industrial value added growth', exact: true });
  await expect(card).toContainText('0.6 pp above China');
  await expect(card).toContainText('down 0.1 pp from 2024');
  const figure = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)', exact: true });
  await expect(figure).toHaveAccessibleDescription(/In 2025 the figure for Sichuan was 6\.5%.*0\.6 pp above China \(5\.9%\)/);
  await expect(page.getByRole('article', { name: 'Industrial value added growth, year to date' })).toContainText('Jan–Dec 2025');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('every multi-period indicator is a named chart and every single figure a card', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure')).toHaveCount(16);
  await expect(page.getByRole('article', { name: 'Value added of digital-economy core industries' })).toContainText('489.9 billion yuan');
  await expect(page.getByRole('article', { name: 'Operating revenue of above-size industrial enterprises' })).toContainText('4.934 trillion yuan');
  await expect(page.getByRole('article', { name: 'Enterprises newly moved to the cloud' }).first()).toContainText('approximate');
});

test('the header switches language and appearance and the address keeps them', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('dark');
  await expect(page).toHaveURL(/appearance=dark/);
  await expect(page.locator('html')).toHaveAttribute('data-appearance', 'dark');
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('data-appearance', 'light');
});

test('a tooltip explains a derived point and cites its source', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = page.getByRole('figure', { name: 'Year-to-date growth of industrial value added (above designated size)' });
  await figure.scrollIntoViewIfNeeded();
  const surface = figure.locator(':is(svg.recharts-surface, svg.chart-surface)');
  await expect(surface).toBeVisible();
  // 2023-06 lies a little over a third of the way along the axis from 2022-03 to 2025-12.
  const box = await surface.boundingBox();
  if (!box) throw new Error('chart has no box');
  const tooltip = figure.locator('.chart-tooltip');
  for (let x = box.x + box.width * 0.3; x < box.x + box.width * 0.5; x += 3) {
    await page.mouse.move(x, box.y + box.height / 2);
    if ((await tooltip.count()) && (await tooltip.innerText()).includes('Jan–Jun 2023')) break;
  }
  await expect(tooltip).toContainText('Jan–Jun 2023');
  await expect(tooltip).toContainText('derived');
  await expect(tooltip).toContainText('national 3.8% plus the reported 0.5-point lead');
  await expect(tooltip).toContainText('Source: ');
});
