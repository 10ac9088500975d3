import { test as base, expect, type Page } from '@playwright/test';
import type { AnyHandler } from 'msw';
import { defineNetworkFixture, type NetworkFixture } from '@msw/playwright';
import { handlers } from '../mocks/handlers';

interface Fixtures {
  handlers: AnyHandler[];
  network: NetworkFixture;
  /** Console errors a test expects (a 500 is logged by the browser itself). */
  allowedConsoleErrors: RegExp[];
  /** Origins besides the app's own that a test configures on purpose (allowedDataOrigins). */
  allowedOrigins: string[];
  guards: void;
}

/**
 * Every end-to-end test runs with the mocks' handlers on the network, fails on any console
 * error it did not expect, on any Content-Security-Policy violation, and if the page sends a
 * request to any other origin.
 */
export const test = base.extend<Fixtures>({
  handlers: [handlers, { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  allowedOrigins: [[], { option: true }],
  network: [
    async ({ context, handlers }, use) => {
      // JSON would otherwise count as a static asset and bypass the handlers.
      const network = defineNetworkFixture({ context, handlers, skipAssetRequests: false });
      await network.enable();
      await use(network);
      await network.disable();
    },
    { auto: true },
  ],
  guards: [
    async ({ page, baseURL, allowedConsoleErrors, allowedOrigins }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin && !allowedOrigins.includes(url.origin)) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(message.text()))) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      // The server sends the strict CSP of docs/deploy.md; any violation fails the test.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await use();
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Scrolls the page from top to bottom, a frame at a time, so every lazily drawn chart comes near
 * the viewport (intersection observers only look at frames), then waits until all are drawn.
 */
export async function scrollThroughAndDraw(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 300) {
    await page.evaluate(
      (top) =>
        new Promise<void>((resolve) => {
          window.scrollTo(0, top);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
      y,
    );
  }
  await expect(page.locator('.lazy-box[data-drawn="false"]')).toHaveCount(0);
}
