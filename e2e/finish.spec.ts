import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';
import { zipEntries, zipText } from './zip';

// Fit and finish (issue 17, items 1–10; issue 16, item 5 for pictures and slides): what a new
// reader trips over, each checked the way the reader meets it.

async function figureSvgTexts(figure: Locator): Promise<string[]> {
  const chart = figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first();
  await expect(chart).toBeVisible();
  return chart.locator('text').allTextContents();
}

async function downloadFrom(page: Page, figure: Locator, menuButton: string, item: string): Promise<{ name: string; body: Buffer }> {
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();
  await figure.getByRole('button', { name: menuButton }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

test.describe('reading the numbers', () => {
  test('a reader sees the gap between two regions in percentage points, in the words and on the axis', async ({ page }) => {
    await page.goto('./#/indicator/industrial-value-added-growth?transform=gap');
    const figure = page.getByRole('figure', { name: '规模以上工业增加值增速' });
    await expect(figure).toContainText('单位：个百分点');
    await expect(figure).toContainText('2025年，四川省规模以上工业增加值增速高于全国0.6个百分点。');
    const ticks = (await figureSvgTexts(figure)).filter((t) => t.endsWith('百分点'));
    expect(ticks).toEqual(['0百分点', '0.5百分点', '1百分点', '1.5百分点', '2百分点', '2.5百分点']);

    await page.goto('./#/indicator/industrial-value-added-growth?transform=gap&lang=en');
    const en = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
    await expect(en).toContainText('In 2025 Sichuan was 0.6 pp above China.');
    await expect(en).not.toContainText('0.6%');
    expect((await figureSvgTexts(en)).filter((t) => t.endsWith('pp'))).toEqual(['0 pp', '0.5 pp', '1 pp', '1.5 pp', '2 pp', '2.5 pp']);
  });

  test('a reader is offered only the transforms that give a value, and told beside the control why the others are not', async ({ page }) => {
    await page.goto('./#/indicator/above-size-enterprises?transform=change');
    const select = page.getByRole('combobox', { name: '显示方式' });
    await expect(select).toHaveValue('published');
    await expect(select.getByRole('option', { name: '变化率' })).toBeDisabled();
    await expect(page.getByText('变化率需要相邻两期的数值（上期大于零）；本指标没有，无法计算。')).toBeVisible();
    // The chart shows the published figures, not an empty plot with the log-scale message.
    await expect(page.getByText('当前数据含零或负值')).toHaveCount(0);
    await expect(page.getByRole('figure', { name: '规模以上工业企业数' })).toContainText('单位：户');

    await page.goto('./#/indicator/above-size-enterprises?transform=change&lang=en');
    const show = page.getByRole('combobox', { name: 'Show' });
    await expect(show).toHaveValue('published');
    await expect(show).toHaveAccessibleDescription(/Change needs values for two neighbouring periods, the earlier above zero/);
  });

  test('on a log scale the lowest value sits above the axis line', async ({ page }) => {
    await page.goto('./#/indicator/industrial-value-added-growth?scale=log&lang=en');
    const figure = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
    const percentTicks = (await figureSvgTexts(figure)).filter((t) => t.endsWith('%'));
    // China's 2.8% in 2020 is the lowest value: the axis starts below it, at 2%.
    expect(percentTicks).toEqual(['2%', '5%', '10%', '20%']);
    const axisLine = await figure.locator('.recharts-xAxis .recharts-cartesian-axis-line').boundingBox();
    const bottoms = await figure.locator('.series-markers > *').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().bottom));
    expect(bottoms.length).toBeGreaterThan(10);
    expect(Math.max(...bottoms)).toBeLessThan(axisLine!.y - 10);
  });
});

test.describe('keys, sources and citations in what is downloaded', () => {
  test('a reader learns what the marks of flagged points mean without hovering, on the page and in the SVG', async ({ page }) => {
    await page.goto('./#/indicator/green-factories-added');
    const figure = page.getByRole('figure', { name: '新增国家级绿色工厂' });
    await expect(figure.locator('.legend-status')).toHaveText(['公示名单']);
    const { body } = await downloadFrom(page, figure, '导出与分享', '下载 SVG');
    const svg = body.toString('utf8');
    expect(svg).toContain('公示名单：依据公示名单统计，可能与最终名单不同');
    // The key's mark, as on the page for bars: faint and dashed.
    expect(svg).toMatch(/<rect [^>]*fill-opacity="0.3"[^>]*stroke-dasharray="3 2"/);
  });

  test('a downloaded picture names the first sources, counts the rest, and carries the dataset, its date and a citation', async ({ page }) => {
    await page.goto('./#/indicator/industrial-value-added-growth');
    const figure = page.getByRole('figure', { name: '规模以上工业增加值增速' });
    const svg = (await downloadFrom(page, figure, '导出与分享', '下载 SVG')).body.toString('utf8');
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const sourcesAt = texts.findIndex((x) => x.startsWith('来源：'));
    const footerAt = texts.findIndex((x) => x.startsWith('四川省工业经济主要指标 · '));
    expect(sourcesAt).toBeGreaterThan(0);
    const sourceLines = texts.slice(sourcesAt, footerAt);
    expect(sourceLines.join('')).toMatch(/^来源：[^；]+；[^；]+；[^；]+等\d+个来源$/);
    expect(sourceLines.length).toBeLessThanOrEqual(3);
    expect(texts).toContain('四川省工业经济主要指标 · 数据更新于2026年11月27日');
    expect(texts.join('')).toContain('建议引用：四川省工业经济主要指标·规模以上工业增加值增速（数据更新于2026年11月27日）。');

    await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
    const en = page.getByRole('figure', { name: 'Growth of industrial value added (above designated size)' });
    const png = (await downloadFrom(page, en, 'Share and export', 'Download PNG')).body;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const height = png.readUInt32BE(20) / 2;
    const box = await en.boundingBox();
    // The words under the chart take a few lines, not the 40% of the picture the full list took.
    expect(height).toBeLessThan(box!.height * 1.6);
  });

  test("a presenter's slides space time as the page does, mark flagged points and carry the citation", async ({ page }) => {
    await page.goto('./#/present?slides=little-giants-total');
    const button = page.getByRole('button', { name: '下载 PowerPoint' });
    await expect(button).toBeVisible();
    const waiting = page.waitForEvent('download');
    await button.click();
    const zip = await readFile(await (await waiting).path());
    const chart = zipText(zip, zipEntries(zip).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!);
    // 2019, then 2022: the years between are categories of their own, left empty.
    const categories = [...chart.split('<c:cat>')[1]!.split('</c:cat>')[0]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(categories).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    // The derived 2022 figure is a series of its own, named in the legend.
    expect(chart).toContain('<c:v>推算值</c:v>');
    const slide = zipText(zip, 'ppt/slides/slide1.xml');
    expect(slide).toContain('建议引用：四川省工业经济主要指标·国家级专精特新“小巨人”企业累计数（数据更新于2026年11月27日）。');
    expect(slide).toContain('推算值：由其他公布数据推算，非直接公布');
    expect(slide).toContain('四川省工业经济主要指标 · 数据更新于2026年11月27日');
  });
});

test.describe('finding one\'s way', () => {
  test('a reader finds an indicator by its Chinese name from the header with the keyboard', async ({ page }) => {
    await page.goto('./#/');
    const search = page.getByRole('combobox', { name: '查找指标' });
    await search.focus();
    await page.keyboard.type('绿色工厂');
    const list = page.getByRole('listbox', { name: '查找指标' });
    await expect(list.getByRole('option')).toHaveText(['新增国家级绿色工厂']);
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option', { name: '新增国家级绿色工厂' })).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/indicator\/green-factories-added$/);
    await expect(page.getByRole('heading', { level: 2, name: '新增国家级绿色工厂' })).toBeVisible();
  });

  test('a reader finds an indicator by its English name, and Escape closes the list', async ({ page }) => {
    await page.goto('./#/?lang=en');
    const search = page.getByRole('combobox', { name: 'Search by name' });
    await search.fill('green');
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await search.press('Escape');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await search.fill('GREEN factories');
    await search.press('Enter');
    await expect(page).toHaveURL(/#\/indicator\/green-factories-added\?lang=en$/);
  });

  test('a reader goes to compare, present and the plan from the header', async ({ page }) => {
    await page.goto('./#/?lang=en');
    const nav = page.getByRole('navigation', { name: 'Pages' });
    await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Compare' }).click();
    await expect(page).toHaveURL(/#\/compare\?lang=en$/);
    await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Work plan' }).click();
    await expect(page).toHaveURL(/#\/plan\?lang=en$/);
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Present' }).click();
    await expect(page).toHaveURL(/#\/present\?lang=en$/);
  });

  test('a reader going back to the overview returns to where they were, on the chart they opened', async ({ page }) => {
    await page.goto('./#/');
    const link = page.getByRole('figure', { name: '新增国家级绿色工厂' }).getByRole('link', { name: '新增国家级绿色工厂' });
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(800);
    await link.click();
    await expect(page.getByRole('heading', { level: 2, name: '新增国家级绿色工厂' })).toBeVisible();
    await page.getByRole('link', { name: '← 返回总览' }).click();
    await expect(page.getByRole('figure', { name: '新增国家级绿色工厂' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
    await expect(link).toBeFocused();
  });

  test('a slide number past the end is corrected in the address to the slide shown', async ({ page }) => {
    await page.goto('./#/present?slide=99&lang=en');
    await expect(page).toHaveURL(/[?&]slide=7(&|$)/);
    await expect(page.getByText('7 / 7').filter({ visible: true }).first()).toBeVisible();
  });
});

test.describe('embedding', () => {
  const PORT = new URL(process.env.E2E_PORT ? `http://x:${process.env.E2E_PORT}` : 'http://x:4173').port;
  const APP = `http://localhost:${PORT}/apps/industry/`;
  const ALLOWED_HOST = `http://127.0.0.1:${PORT}`;
  const OTHER_HOST = `http://127.0.0.2:${PORT}`;
  test.use({ allowedOrigins: [ALLOWED_HOST, OTHER_HOST] });
  test.beforeEach(({ network }) => {
    network.use(scenarios.config({ embedParentOrigins: [ALLOWED_HOST] }));
  });

  async function openHost(page: Page, origin: string, hash: string) {
    await page.route(`${origin}/host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Portal</title></head><body><h1>Portal</h1>
<iframe data-indicator-embed title="Chart" src="${APP}${hash}"></iframe>
<script src="${APP}embed.js"></script></body></html>`,
      }),
    );
    await page.goto(`${origin}/host.html`);
    return page.frameLocator('iframe[data-indicator-embed]');
  }

  test('a page not allowed to size the chart is told inside the frame which origin to add', async ({ page }) => {
    const frame = await openHost(page, OTHER_HOST, '#/embed/industrial-value-added-growth?lang=en');
    const note = frame.getByRole('note');
    await expect(note).toHaveText(`This page (${OTHER_HOST}) is not allowed to resize the chart: add its origin to embedParentOrigins in config.json.`);
    // At the top of the frame, so even a 150 px frame shows it.
    const box = await note.boundingBox();
    const iframe = await page.locator('iframe').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(iframe!.y + iframe!.height);
  });

  test('a page allowed to size the chart shows no such notice', async ({ page }) => {
    const frame = await openHost(page, ALLOWED_HOST, '#/embed/industrial-value-added-growth');
    await expect(frame.getByRole('figure', { name: '规模以上工业增加值增速' })).toBeVisible();
    await expect(frame.getByRole('note')).toHaveCount(0);
  });

  test('after a language change the frame is measured again and its link to the dashboard stays in view', async ({ page }) => {
    const frame = await openHost(page, ALLOWED_HOST, '#/embed/industrial-value-added-growth');
    await expect(frame.getByRole('link', { name: '在仪表板中查看详情' })).toBeVisible();
    await page.evaluate((target) => {
      document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'indicator-dashboard:set', lang: 'en' }, target);
    }, new URL(APP).origin);
    const link = frame.getByRole('link', { name: 'Open in the dashboard' });
    await expect(link).toBeVisible();
    const iframe = page.locator('iframe[data-indicator-embed]');
    await expect
      .poll(async () => {
        const l = await link.boundingBox();
        const f = await iframe.boundingBox();
        return l !== null && f !== null && l.y + l.height <= f.y + f.height;
      })
      .toBe(true);
    const content = await frame.locator('html').evaluate((el) => el.scrollHeight);
    await expect.poll(async () => Math.round((await iframe.boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(content);
  });
});
