import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// The prerendered first screen (scripts/prerender.mjs, src/app/first-screen.ts), against the
// production build served with the strict CSP: shown at once on the default overview, never
// shown when anything about the reader or the data differs, and taken over without a move.

const DIST = process.env.E2E_DIST ?? 'dist';
const html = () => readFileSync(join(DIST, 'index.html'), 'utf8');
const prerenderHtml = () => {
  const m = /<div id="prerender" hidden aria-hidden="true" inert>([\s\S]*?)<\/div><!--\/prerender-->/.exec(html());
  if (!m?.[1]) throw new Error(`${DIST}/index.html has no prerendered first screen: build with scripts/prerender.mjs`);
  return m[1];
};

/** Records, from before any script of the page, whether #prerender was ever seen, and CSP violations. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const seen = { shown: false, violations: [] as string[] };
    Object.defineProperty(window, '__firstScreen', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    const check = () => {
      const el = document.getElementById('prerender');
      if (el && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().height > 0) seen.shown = true;
    };
    // Every DOM change and every frame: a reveal cannot slip between two looks.
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    const frame = () => {
      check();
      if (document.documentElement.dataset.live !== 'true') requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __firstScreen: { shown: boolean; violations: string[] } }).__firstScreen);

async function untilLive(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-live', 'true', { timeout: 30_000 });
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('#root')).not.toHaveClass(/behind-first-screen/);
}

test('the build holds a prerendered first screen fit for the strict CSP', () => {
  const page = html();
  // The entry runs as soon as it arrives, before the prerender's markup is parsed; its meta
  // comes first. No other script is named: the app's chunks are requested by the entry once the
  // first screen is settled (vite.config.ts asyncEntry).
  expect(page).toMatch(/<script type="module" async crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/);
  expect(page.indexOf('<meta name="prerender"')).toBeLessThan(page.indexOf('<script type="module"'));
  expect([...page.matchAll(/\.js"/g)]).toHaveLength(1);
  const body = prerenderHtml();
  const meta = /<meta name="prerender" content='([^']+)'>/.exec(page);
  expect(meta).not.toBeNull();
  const m = JSON.parse(meta![1]!) as Record<string, unknown>;
  expect(m).toMatchObject({ lang: 'zh', appearance: 'light', minWidth: 1240, data: 'data/sichuan-industry.json' });
  expect(m.fingerprint).toMatch(/^fnv1a32:[0-9a-f]{8}:\d+$/);
  // No style attribute anywhere in the served page, and every script is a file.
  expect(page).not.toMatch(/\sstyle\s*=/i);
  expect(page.match(/<script\b[^>]*>/gi)?.every((tag) => /\ssrc=/.test(tag))).toBe(true);
  expect(body).toContain('<svg');
  expect(body).toMatch(/data-pre-figure="0"/);
  // Its ids cannot clash with the live app's, and its references follow the new ids.
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]!);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id) => !id.startsWith('pre-'))).toEqual([]);
  for (const [, refs] of body.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)) {
    for (const ref of refs!.split(' ')) expect(ids, `reference to ${ref}`).toContain(ref);
  }
  const css = /href="\.\/(assets\/prerender-[\w-]+\.css)"/.exec(page);
  expect(css).not.toBeNull();
  expect(readFileSync(join(DIST, css![1]!), 'utf8')).toMatch(/#prerender \.pre-s1 \{/);
});

test('the default overview shows the first screen before the app, with no CSP violation, and the app takes over without a move', async ({ page }) => {
  await watch(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // The app's chunk arrives late: the first screen must stand alone meanwhile.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const datasetRequests: string[] = [];
  page.on('request', (r) => /\/data\/sichuan-industry\.json$/.test(new URL(r.url()).pathname) && datasetRequests.push(r.url()));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/');
  const prerender = page.locator('#prerender');
  await expect(prerender).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-live', 'true');
  // The dataset's own numbers are on screen, drawn, while no app code has run.
  await expect(prerender.locator('figure[data-pre-figure] svg path[d]').first()).toBeVisible();
  await expect(prerender).toContainText('四川省工业经济主要指标');
  const boxes = (root: string) =>
    page.evaluate((selector) => {
      const figures = Array.from(document.querySelectorAll(`${selector} figure`));
      return figures.map((f) => f.getBoundingClientRect().toJSON() as DOMRect).slice(0, 6);
    }, root);
  const before = await boxes('#prerender');
  const heightBefore = await page.evaluate(() => document.getElementById('prerender')!.getBoundingClientRect().height);
  const h1Before = await page.locator('#prerender h1').boundingBox();
  release();
  await untilLive(page);
  // The prerender holds the sections the window shows (what lies below is one empty box of
  // the same height); its figures are the live page's first ones, at the same places.
  expect(before.length).toBeGreaterThanOrEqual(2);
  const after = (await boxes('#root')).slice(0, before.length);
  const heightAfter = await page.evaluate(() => document.getElementById('root')!.getBoundingClientRect().height);
  expect(Math.abs(heightAfter - heightBefore), `the page keeps its height (${heightBefore} → ${heightAfter})`).toBeLessThanOrEqual(2);
  expect(after.length).toBe(before.length);
  before.forEach((b, i) => {
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(after[i]![key] - b[key]), `figure ${i} ${key}`).toBeLessThanOrEqual(1);
  });
  const h1After = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(Math.abs(h1After!.y - h1Before!.y)).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => performance.getEntriesByName('dashboard:first-screen').length)).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('dashboard:live').length)).toBe(1);
  const s = await seen(page);
  expect(s.shown).toBe(true);
  expect(s.violations).toEqual([]);
  expect(errors).toEqual([]);
  // Asked for once, by the entry, and that response is the one the app read.
  expect(datasetRequests).toHaveLength(1);
});

test('after the takeover the first chart answers the mouse and the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/');
  await untilLive(page);
  const figure = page.locator('#root figure').filter({ has: page.locator(':is(svg.recharts-surface, svg.chart-surface)') }).first();
  const surface = figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first();
  const box = await surface.boundingBox();
  const tooltip = figure.locator('.chart-tooltip');
  // The chart may run past the window's bottom edge: hover the part that is seen.
  const y = box!.y + Math.min(box!.height / 2, Math.max(8, (800 - box!.y) / 2));
  for (let x = 0.3; x <= 0.9 && !(await tooltip.isVisible()); x += 0.1) await page.mouse.move(box!.x + box!.width * x, y);
  await expect(tooltip).toBeVisible();
  await page.mouse.move(0, 0);
  await figure.getByRole('application').focus();
  await page.keyboard.press('End');
  await expect(figure.locator('[aria-live="polite"]')).toHaveText(/2025/);
});

test('the Chinese first screen loads no English words; switching to English loads them and the page reads in English', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const english: string[] = [];
  page.on('request', (r) => {
    if (/messages-en-[^/]*\.js$/.test(new URL(r.url()).pathname)) english.push(r.url());
  });
  await page.goto('./#/');
  await untilLive(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('四川省工业经济主要指标');
  expect(english).toHaveLength(0);
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Industrial indicators' })).toBeVisible();
  expect(english).toHaveLength(1);
  // The charts are drawn again, in English, with the same numbers.
  const figure = page.locator('#root figure').filter({ has: page.locator(':is(svg.recharts-surface, svg.chart-surface)') }).first();
  await figure.getByRole('application').focus();
  await page.keyboard.press('End');
  await expect(figure.locator('[aria-live="polite"]')).toHaveText(/2025/);
  // And back: Chinese needs nothing loaded.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh');
  expect(english).toHaveLength(1);
});

test.describe('the first screen is never seen when it would not be what the app draws', () => {
  const cases: { name: string; url: string; width?: number; dark?: boolean }[] = [
    { name: 'in English', url: './#/?lang=en' },
    { name: 'dark appearance in the address', url: './#/?appearance=dark' },
    { name: 'a dark system preference', url: './#/', dark: true },
    { name: 'a narrow window', url: './#/', width: 1000 },
    { name: 'another view', url: './#/indicator/industrial-value-added-growth' },
  ];
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await watch(page);
      if (c.dark) await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: c.width ?? 1280, height: 800 });
      await page.goto(c.url);
      await untilLive(page);
      const s = await seen(page);
      expect(s.shown).toBe(false);
      expect(s.violations).toEqual([]);
    });
  }

  /** The default dataset under another address and title: the page must show it, never the prerender. */
  async function showsAnotherDataset(page: Page, { file, title, url }: { file: string; title: string; url: string }) {
    await watch(page);
    const other = JSON.parse(readFileSync(join(DIST, 'data/sichuan-industry.json'), 'utf8')) as { title: { zh: string } };
    other.title.zh = title;
    await page.route(`**/data/${file}`, (route) => route.fulfill({ json: other }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await untilLive(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect((await seen(page)).shown).toBe(false);
  }

  test('data= names another dataset', async ({ page }) => {
    await showsAnotherDataset(page, { file: 'other.json', title: '另一份数据', url: './#/?data=data/other.json' });
  });

  test('config.json names another dataset', async ({ page }) => {
    // The entry asks for the drawn dataset before config.json has answered; the answer still decides.
    await page.route('**/config.json', (route) => route.fulfill({ json: { dataUrl: 'data/configured.json' } }));
    await showsAnotherDataset(page, { file: 'configured.json', title: '配置指定的数据', url: './#/' });
  });

  test('the dataset file was replaced after the build', async ({ page }) => {
    await watch(page);
    // The same file with one number changed (Sichuan's latest growth, a headline figure): the
    // fingerprint no longer matches, and the prerendered 6.5 must never be seen.
    const dataset = JSON.parse(readFileSync(join(DIST, 'data/sichuan-industry.json'), 'utf8')) as {
      indicators: { id: string; series: { region: string; points: { period: string; value: number }[] }[] }[];
    };
    const point = dataset.indicators.find((i) => i.id === 'industrial-value-added-growth')!.series.find((s) => s.region === 'sichuan')!.points.at(-1)!;
    expect(point.value).toBe(6.5);
    point.value = 9.7;
    const replaced = JSON.stringify(dataset);
    await page.route('**/data/sichuan-industry.json', (route) => route.fulfill({ body: replaced, contentType: 'application/json' }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./#/');
    await untilLive(page);
    await expect(page.getByRole('article').first()).toContainText('9.7');
    expect((await seen(page)).shown).toBe(false);
  });
});
