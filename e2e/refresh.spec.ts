import { expect, test } from './fixtures';

test('a wall display fetches the data again on its interval, keeps the view and shows when it fetched', async ({ page }) => {
  await page.clock.install();
  let fetches = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/data/sichuan-industry.json')) fetches += 1;
  });
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en&refresh=1&view=table');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^Data fetched / })).toBeVisible();
  expect(fetches).toBe(1);
  await page.clock.fastForward(61_000);
  await expect.poll(() => fetches).toBe(2);
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByRole('status').filter({ hasText: /^Data fetched / })).toBeVisible();
});

test('an interval longer than a timer holds is one week, not a flood of requests', async ({ page }) => {
  let fetches = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/data/sichuan-industry.json')) fetches += 1;
  });
  // 43,200 minutes (30 days) × 60,000 ms passes 2^31 ms, which a browser's timer wraps to ~0.
  await page.goto('./#/?lang=en&refresh=43200');
  await expect(page.getByRole('status').filter({ hasText: /^Data fetched / })).toBeVisible();
  await page.waitForTimeout(4_000);
  expect(fetches).toBeLessThanOrEqual(2);
  await expect(page.getByText('Updating data…')).toHaveCount(0);
});
