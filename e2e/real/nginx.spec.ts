import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test as base, expect, type Page } from '@playwright/test';
import { get, type Nginx, startNginx, SUB_PATH } from './nginx';

// The build served by nginx with the block of docs/deploy.md, word for word but for its folder and
// origins (see ./nginx.ts): no mocking, a real browser, and plain HTTP requests for the headers.
// Each test has its own nginx on NGINX_PORT (default E2E_PORT + 10) plus the worker's index,
// serving its own copy of the build, so a test may edit config.json.

/** Every view of the app: each must draw under the guide's CSP with no violation. One line each. */
const VIEWS = [
  '#/',
  '#/indicator/industrial-value-added-growth',
  '#/compare?ids=green-factories-added,green-parks-added',
  '#/present',
  '#/embed/industrial-value-added-growth?controls=0',
];

const DIST = process.env.E2E_DIST ?? 'dist';
const NGINX_PORT = Number(process.env.NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10);
const YEAR = 'public, max-age=31536000, immutable';
const TITLE = { zh: '四川省工业经济主要指标', en: 'Sichuan industrial economy indicators' };

const test = base.extend<{ nginx: Nginx }>({
  // Playwright reads the fixtures a fixture needs from its first parameter: this one needs none.
  // eslint-disable-next-line no-empty-pattern
  nginx: async ({}, provide, testInfo) => {
    const nginx = await startNginx({ port: NGINX_PORT + testInfo.parallelIndex, dist: DIST });
    try {
      await provide(nginx);
    } finally {
      try {
        if (testInfo.status !== testInfo.expectedStatus) {
          await testInfo.attach('nginx.conf', { body: readFileSync(nginx.conf, 'utf8'), contentType: 'text/plain' });
          await testInfo.attach('nginx logs', { body: nginx.logs(), contentType: 'text/plain' });
        }
      } finally {
        await nginx.stop();
      }
    }
  },
  baseURL: async ({ nginx }, provide) => provide(nginx.url),
});

const KINDS = ['html', 'index.html', 'js', 'css', 'config.json', 'dataset', 'embed.js'] as const;
type Kind = (typeof KINDS)[number];

/** One file of every kind the build serves, relative to the sub-path. */
function filesOf(site: string): Record<Kind, string> {
  const asset = (pattern: RegExp): string => {
    const name = readdirSync(join(site, 'assets')).find((n) => pattern.test(n));
    if (!name) throw new Error(`no file in ${DIST}/assets matches ${pattern}`);
    return `assets/${name}`;
  };
  return {
    html: '',
    'index.html': 'index.html',
    js: asset(/\.js$/),
    css: asset(/\.css$/),
    'config.json': 'config.json',
    dataset: 'data/sichuan-industry.json',
    'embed.js': 'embed.js',
  };
}

/** Records CSP violations, console errors and page errors from the first script on. */
async function watch(page: Page): Promise<() => Promise<{ violations: string[]; errors: string[] }>> {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => ({
    violations: await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    errors,
  });
}

/** Scrolls to the end a step at a time so every lazily drawn chart draws, then waits for them. */
async function drawEverything(page: Page): Promise<void> {
  await expect(page.locator('figure :is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible({ timeout: 25_000 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 400) {
    await page.evaluate((top) => new Promise<void>((done) => (window.scrollTo(0, top), requestAnimationFrame(() => requestAnimationFrame(() => done())))), y);
  }
  await expect(page.locator('.lazy-box[data-drawn="false"]')).toHaveCount(0);
}

test.describe('nginx with the configuration of docs/deploy.md', () => {
  for (const view of VIEWS) {
    test(`${view} draws under its Content-Security-Policy with no violation`, async ({ page, nginx }) => {
      const report = await watch(page);
      const response = await page.goto(`./${view}${view.includes('?') ? '&' : '?'}lang=en`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toBe(nginx.csp);
      expect(nginx.csp).toContain("script-src 'self'");
      expect(nginx.csp).toContain("connect-src 'self' https://stats.example");
      await drawEverything(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      const { violations, errors } = await report();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    });
  }

  test('a deep link, the sub-path with and without its slash, and index.html open the app', async ({ page, nginx }) => {
    await page.goto('./#/indicator/industrial-value-added-growth?lang=en&view=table');
    await expect(page.getByRole('heading', { level: 2, name: 'Growth of industrial value added (above designated size)' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Table', selected: true })).toBeVisible();

    const bare = await get(nginx.url.replace(/\/$/, ''));
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(SUB_PATH);
    expect(bare.headers['x-content-type-options']).toBe('nosniff');
    expect(bare.headers['referrer-policy']).toBe('no-referrer');
    await page.goto(nginx.url.replace(/\/$/, ''));
    await expect(page).toHaveURL(nginx.url);
    await expect(page.getByRole('heading', { level: 1, name: TITLE.zh })).toBeVisible();

    await page.goto('./index.html#/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: TITLE.en })).toBeVisible();
  });

  test('hashed assets are cached for a year; index.html, config.json, the dataset and embed.js are asked again', async ({ nginx }) => {
    for (const name of readdirSync(join(nginx.site, 'assets'))) {
      const res = await get(`${nginx.url}assets/${name}`);
      expect.soft(res.status, name).toBe(200);
      expect.soft(res.headers['cache-control'], name).toBe(YEAR);
    }
    for (const path of ['', 'index.html', 'config.json', 'data/sichuan-industry.json', 'embed.js']) {
      const res = await get(`${nginx.url}${path}`);
      expect.soft(res.status, path || SUB_PATH).toBe(200);
      expect.soft(res.headers['cache-control'], path || SUB_PATH).toBe('no-cache');
      // Asking again costs a 304 while the file is unchanged.
      const again = await get(`${nginx.url}${path}`, { 'If-None-Match': String(res.headers.etag) });
      expect.soft(again.status, `${path || SUB_PATH} again`).toBe(304);
      expect.soft(again.headers['cache-control'], `${path || SUB_PATH} again`).toBe('no-cache');
    }
    // A file missing while a deploy is copied must not be remembered as missing for a year.
    const missing = await get(`${nginx.url}assets/not-yet-copied-0000.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
  });

  test('every kind of response carries the security headers and its own type', async ({ nginx }) => {
    const types: Record<Kind, RegExp> = {
      html: /^text\/html; charset=utf-8$/,
      'index.html': /^text\/html; charset=utf-8$/,
      js: /^(application|text)\/javascript; charset=utf-8$/,
      css: /^text\/css; charset=utf-8$/,
      'config.json': /^application\/json$/,
      dataset: /^application\/json$/,
      'embed.js': /^(application|text)\/javascript; charset=utf-8$/,
    };
    const files = filesOf(nginx.site);
    for (const kind of KINDS) {
      const path = files[kind];
      const res = await get(`${nginx.url}${path}`);
      expect.soft(res.status, kind).toBe(200);
      expect.soft(res.headers['content-type'], kind).toMatch(types[kind]);
      expect.soft(res.headers['x-content-type-options'], kind).toBe('nosniff');
      expect.soft(res.headers['referrer-policy'], kind).toBe('no-referrer');
      expect.soft(res.headers['content-security-policy'], kind).toBe(nginx.csp);
    }
    // A dataset in CSV, and a missing file.
    writeFileSync(join(nginx.site, 'data/extra.csv'), 'indicator,region,period,value\n'.repeat(20));
    const csv = await get(`${nginx.url}data/extra.csv`, { 'Accept-Encoding': 'gzip' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-encoding']).toBe('gzip');
    expect(csv.headers['x-content-type-options']).toBe('nosniff');
    const missing = await get(`${nginx.url}data/none.json`);
    expect(missing.status).toBe(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    expect(missing.headers['referrer-policy']).toBe('no-referrer');
  });

  test('HTML, JavaScript, CSS and the dataset are sent compressed to a client that accepts gzip', async ({ nginx }) => {
    for (const [kind, path] of Object.entries(filesOf(nginx.site))) {
      const file = readFileSync(join(nginx.site, path || 'index.html'));
      const zipped = await get(`${nginx.url}${path}`, { 'Accept-Encoding': 'gzip' });
      expect.soft(zipped.headers['content-encoding'], kind).toBe('gzip');
      expect.soft(zipped.headers.vary, kind).toMatch(/Accept-Encoding/i);
      expect.soft(gunzipSync(zipped.body).equals(file), `${kind} unzips to the file`).toBe(true);
      if (file.length > 10_000) expect.soft(zipped.body.length, `${kind} is smaller`).toBeLessThan(file.length / 2);
      // A client that does not accept gzip gets the file as it is, with its length.
      const plain = await get(`${nginx.url}${path}`);
      expect.soft(plain.headers['content-encoding'], kind).toBeUndefined();
      expect.soft(plain.headers['content-length'], kind).toBe(String(file.length));
      expect.soft(plain.body.equals(file), kind).toBe(true);
    }
  });

  test('config.json edited in place takes effect on the next load, with no stale copy', async ({ page, nginx }) => {
    const config = join(nginx.site, 'config.json');
    // An old file: were config.json sent without Cache-Control, the browser could keep it for days.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    utimesSync(config, monthAgo, monthAgo);
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1, name: TITLE.zh })).toBeVisible();

    const edited = { ...(JSON.parse(readFileSync(config, 'utf8')) as Record<string, unknown>), defaultLanguage: 'en' };
    writeFileSync(config, JSON.stringify(edited, null, 2));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: TITLE.en })).toBeVisible();
    // And on a new visit in the same browser (its cache), not only on a reload.
    const again = await page.context().newPage();
    await again.goto('./#/');
    await expect(again.getByRole('heading', { level: 1, name: TITLE.en })).toBeVisible();
  });
});
