import { expect, test } from './fixtures';

const GROWTH = 'Growth of industrial value added (above designated size)';
const GROWTH_YTD = 'Year-to-date growth of industrial value added (above designated size)';

test('indicators in the same unit share one value axis', async ({ page }) => {
  await page.goto('./#/compare?lang=en&ids=industrial-value-added-growth,industrial-value-added-growth-ytd');
  await expect(page.getByRole('heading', { level: 2, name: 'Compare indicators' })).toBeVisible();
  await expect(page.getByText('All indicators are in the same unit (%) and share one value axis.')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: `${GROWTH}, ${GROWTH_YTD}` })).toBeVisible();
});

test('indicators in different units are drawn as small multiples on one time axis', async ({ page }) => {
  await page.goto('./#/compare?lang=en&ids=green-factories-added,little-giants-total');
  await expect(page.getByText('The indicators are in different units')).toBeVisible();
  await expect(page.getByRole('figure')).toHaveCount(2);
  const factories = page.getByRole('figure', { name: 'National green factories added' });
  const giants = page.getByRole('figure', { name: "National 'little giant' specialised SMEs, cumulative" });
  await expect(factories).toBeVisible();
  await expect(giants).toBeVisible();
  // Aligned: both axes start at the earliest period of either (2017) and end at the latest (2025).
  for (const figure of [factories, giants]) {
    const ticks = figure.locator('.recharts-xAxis-tick-labels text');
    await expect(ticks.first()).toHaveText('2017');
    await expect(ticks.last()).toHaveText('2025');
  }
});

test('unknown ids are left out with a notice', async ({ page }) => {
  await page.goto('./#/compare?lang=en&ids=no-such-indicator,green-factories-added');
  await expect(page.getByRole('status').filter({ hasText: 'no-such-indicator' })).toContainText('The dataset has no indicators with these ids');
  await expect(page.getByRole('figure')).toHaveCount(1);
});

test('the picker adds and removes indicators in the address', async ({ page }) => {
  await page.goto('./#/compare?lang=en&ids=green-factories-added');
  await page.getByRole('combobox', { name: 'Add indicator' }).selectOption('green-parks-added');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page).toHaveURL(/ids=green-factories-added%2Cgreen-parks-added|ids=green-factories-added,green-parks-added/);
  await expect(page.getByRole('figure')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove National green factories added' }).click();
  await expect(page).toHaveURL(/ids=green-parks-added$/);
  await page.goBack();
  await expect(page.getByRole('figure')).toHaveCount(2);
});

test('the range and transform apply to every indicator compared', async ({ page }) => {
  await page.goto('./#/compare?lang=en&ids=green-factories-added,green-parks-added');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('running-total');
  await expect(page).toHaveURL(/transform=running-total/);
  await page.getByRole('combobox', { name: 'From' }).selectOption('2020');
  await expect(page).toHaveURL(/from=2020/);
  const figure = page.getByRole('figure', { name: 'National green factories added' });
  await expect(figure).toContainText('showing: Running total');
  await figure.getByRole('application').focus();
  await page.keyboard.press('Home');
  await expect(figure.locator('[aria-live="polite"]')).toHaveText('2020: Sichuan 69 factories');
});
