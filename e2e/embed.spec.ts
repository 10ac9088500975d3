import type { Page } from '@playwright/test';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

const PORT = new URL(process.env.E2E_PORT ? `http://x:${process.env.E2E_PORT}` : 'http://x:4173').port;
const APP = `http://localhost:${PORT}/apps/industry/`;
const ALLOWED_HOST = `http://127.0.0.1:${PORT}`;
const OTHER_HOST = `http://127.0.0.2:${PORT}`;

test.use({ allowedOrigins: [ALLOWED_HOST, OTHER_HOST] });

/** A host page on another origin, served by the test itself: an iframe, embed.js, and a message log. */
async function openHost(page: Page, origin: string, hash: string) {
  await page.route(`${origin}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Portal</title></head><body><h1>Portal</h1>
<iframe data-indicator-embed title="Chart" src="${APP}${hash}"></iframe>
<script>window.__messages = []; addEventListener('message', function (e) { window.__messages.push(e.data); });</script>
<script src="${APP}embed.js"></script></body></html>`,
    }),
  );
  await page.goto(`${origin}/host.html`);
  return page.frameLocator('iframe[data-indicator-embed]');
}

test('an embedded chart shows title, chart and source, and no controls with controls=0', async ({ page }) => {
  await page.goto('./#/embed/industrial-value-added-growth?controls=0&lang=en&transform=gap');
  const figure = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
  await expect(figure).toBeVisible();
  await expect(figure).toContainText('Source');
  await expect(figure).toContainText('pp');
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('an embed with controls offers chart and table, and card=kpi shows the headline card', async ({ page }) => {
  await page.goto('./#/embed/industrial-value-added-growth?lang=en&view=table');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('row').filter({ hasText: /^2025/ })).toContainText('6.5');
  await page.goto('./#/embed/industrial-value-added-growth?lang=en&card=kpi');
  await expect(page.getByRole('article', { name: 'Industrial value added growth' })).toContainText('0.6 pp above China');
});

test.describe('embedding in a host page', () => {
  test.beforeEach(({ network }) => {
    network.use(scenarios.config({ embedParentOrigins: [ALLOWED_HOST] }));
  });

  test('the iframe takes the height of its content through embed.js', async ({ page }) => {
    const frame = await openHost(page, ALLOWED_HOST, '#/embed/industrial-value-added-growth?controls=0&lang=en');
    await expect(frame.getByRole('figure')).toBeVisible();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __messages: { type: string; height: number }[] }).__messages.filter((m) => m.type === 'indicator-dashboard:resize').length)).toBeGreaterThan(0);
    const iframe = page.locator('iframe[data-indicator-embed]');
    const contentHeight = await frame.locator('.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBe(contentHeight);
  });

  test('the host switches language and appearance with a set message', async ({ page }) => {
    const frame = await openHost(page, ALLOWED_HOST, '#/embed/industrial-value-added-growth?controls=0');
    await expect(frame.getByRole('figure', { name: '规模以上工业增加值增速' })).toBeVisible();
    await page.evaluate((target) => {
      const f = document.querySelector('iframe') as HTMLIFrameElement;
      f.contentWindow?.postMessage({ type: 'indicator-dashboard:set', lang: 'en', appearance: 'dark' }, target);
    }, new URL(APP).origin);
    await expect(frame.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' })).toBeVisible();
    await expect(frame.locator('html')).toHaveAttribute('data-appearance', 'dark');
  });

  test('a host on an origin not allowed gets no messages and its messages change nothing', async ({ page }) => {
    const frame = await openHost(page, OTHER_HOST, '#/embed/industrial-value-added-growth?controls=0');
    await expect(frame.getByRole('figure', { name: '规模以上工业增加值增速' })).toBeVisible();
    await page.evaluate((target) => {
      const f = document.querySelector('iframe') as HTMLIFrameElement;
      f.contentWindow?.postMessage({ type: 'indicator-dashboard:set', lang: 'en' }, target);
    }, new URL(APP).origin);
    // Give a wrong answer time to arrive before asserting there is none.
    await page.waitForTimeout(1000);
    await expect(frame.getByRole('figure', { name: '规模以上工业增加值增速' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
  });
});

test('the Embed action shows a live preview and a snippet with a title for screen readers', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)', exact: true });
  await figure.getByRole('button', { name: 'Share and export' }).click();
  await page.getByRole('menuitem', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/<iframe data-indicator-embed src="http:\/\/localhost:\d+\/apps\/industry\/#\/embed\/industrial-value-added-growth\?lang=en&amp;controls=0"/);
  await expect(code).toHaveValue(/title="Growth of industrial value added \(above designated size\) \(chart\)"/);
  await expect(code).toHaveValue(/embed\.js" defer><\/script>/);
  await dialog.getByRole('checkbox', { name: 'Headline card only' }).check();
  await expect(code).toHaveValue(/card=kpi/);
  await expect(dialog.frameLocator('iframe').getByRole('article')).toContainText('0.6 pp above China');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(figure.getByRole('button', { name: 'Share and export' })).toBeFocused();
});
