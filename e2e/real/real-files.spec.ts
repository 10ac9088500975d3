import { expect, test } from '@playwright/test';

// No mocking at all: the production build reads its own config.json and dataset from the
// static server, exactly as it will on an intranet.

test('the built app loads the real dataset from its own static files', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'Sichuan industrial economy indicators' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Industrial value added growth', exact: true })).toContainText('6.5');
  await expect(page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)', exact: true })).toHaveAccessibleDescription(/In 2025 the figure for Sichuan was 6\.5%.*China \(5\.9%\)/);
  expect(requests.some((u) => u.endsWith('/apps/industry/config.json'))).toBe(true);
  expect(requests.some((u) => u.endsWith('/apps/industry/data/sichuan-industry.json'))).toBe(true);
  expect(requests.filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a deep link works from a sub-path with no rewrite rules', async ({ page }) => {
  await page.goto('./index.html#/?lang=zh');
  await expect(page.getByRole('heading', { level: 2, name: '绿色制造' })).toBeVisible();
});
