import { expect, test } from '@playwright/test';

// A same-origin address that redirects to another origin must not bring that origin's data in
// (issue 14, item 7). The shared fixtures fail a test on any CSP violation, and this one causes
// one on purpose (the CSP's connect-src blocks the redirect), so it uses Playwright's own test.

test('a redirect to an origin that is not allowed is refused, and the message names the redirect', async ({ page, context }) => {
  let foreignHits = 0;
  await context.route('http://127.0.0.9:4999/**', (route) => {
    foreignHits += 1;
    return route.fulfill({ json: { format: 'indicator-dataset/v1' }, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  await page.route('**/data/moved.json', (route) => route.fulfill({ status: 302, headers: { Location: 'http://127.0.0.9:4999/data.json' } }));

  await page.goto('./#/?lang=en&data=data/moved.json');
  const panel = page.locator('.state-error');
  await expect(panel).toContainText('The data server redirected the request');
  await expect(panel).toContainText('not allowed');
  await expect(panel.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  expect(foreignHits).toBe(0);

  await page.evaluate(() => {
    location.hash = '#/?lang=zh&data=data/moved.json';
  });
  await expect(panel).toContainText('数据服务器把请求重定向到了');
});
