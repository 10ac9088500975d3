import type { Page } from '@playwright/test';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

// Hostile embedding (issue 14, items 8 and 11): frames with an opaque origin must never be
// resized by embed.js, and a flood of set messages must leave the frame responsive.

const PORT = new URL(process.env.E2E_PORT ? `http://x:${process.env.E2E_PORT}` : 'http://x:4173').port;
const APP = `http://localhost:${PORT}/apps/industry/`;
const HOST = `http://127.0.0.1:${PORT}`;

test.use({ allowedOrigins: [HOST] });

/** A host page with the given body and embed.js, served by the test itself. */
async function openHost(page: Page, body: string) {
  await page.route(`${HOST}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Portal</title></head><body><h1>Portal</h1>${body}
<script src="${APP}embed.js"></script></body></html>`,
    }),
  );
  await page.goto(`${HOST}/host.html`);
}

const RESIZE_777 = `<script>setInterval(function () { parent.postMessage({ type: 'indicator-dashboard:resize', height: 777 }, '*'); }, 50);</script>`;

test('a data: frame marked for embedding is never resized (its origin is "null")', async ({ page }) => {
  const src = `data:text/html,${encodeURIComponent(`<!doctype html><title>x</title>${RESIZE_777}`)}`;
  await openHost(page, `<iframe data-indicator-embed title="Opaque" src="${src}"></iframe>`);
  await page.waitForTimeout(800);
  const height = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  expect(height).not.toBe(777);
});

test('a sandboxed frame (an opaque origin of its own) is never resized either', async ({ page }) => {
  await openHost(page, `<iframe data-indicator-embed sandbox="allow-scripts" title="Sandboxed" srcdoc="${RESIZE_777.replaceAll('"', '&quot;')}"></iframe>`);
  await page.waitForTimeout(800);
  const height = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  expect(height).not.toBe(777);
});

test('1,000 alternating set messages: the frame shows the last one quickly and stays responsive', async ({ page, network }) => {
  network.use(scenarios.config({ embedParentOrigins: [HOST] }));
  await openHost(page, `<iframe data-indicator-embed title="Chart" src="${APP}#/embed/industrial-value-added-growth?controls=1"></iframe>`);
  const frame = page.frameLocator('iframe[data-indicator-embed]');
  await expect(frame.getByRole('figure', { name: '规模以上工业增加值增速' })).toBeVisible();
  const started = Date.now();
  await page.evaluate((target) => {
    const f = document.querySelector('iframe') as HTMLIFrameElement;
    for (let i = 0; i < 1000; i++) {
      f.contentWindow?.postMessage({ type: 'indicator-dashboard:set', lang: i % 2 === 0 ? 'zh' : 'en', appearance: i % 2 === 0 ? 'light' : 'dark' }, target);
    }
  }, new URL(APP).origin);
  await expect(frame.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' })).toBeVisible({ timeout: 5_000 });
  await expect(frame.locator('html')).toHaveAttribute('data-appearance', 'dark');
  const elapsed = Date.now() - started;
  // Responsive: the table tab answers a click at once.
  await frame.getByRole('tab', { name: 'Table' }).click({ timeout: 3_000 });
  await expect(frame.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  expect(elapsed, 'milliseconds from the flood to the last message shown').toBeLessThan(5_000);
  console.log(`set flood: last message shown after ${elapsed} ms`);
});
