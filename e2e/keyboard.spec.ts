import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Keyboard only: every control below is reached with Tab (or Shift+Tab) and used with Enter,
// Space, the arrow keys, Home, End and Escape. No test here clicks, and none moves focus by script.

const GROWTH = 'Growth of industrial value added (above designated size)';

/** Presses `key` until `target` has focus; fails when it is not reached within `max` presses. */
async function tabTo(page: Page, target: Locator, { key = 'Tab', max = 60 }: { key?: string; max?: number } = {}) {
  for (let i = 0; i < max; i++) {
    if ((await target.count()) === 1 && (await target.evaluate((el) => el === document.activeElement))) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused({ timeout: 1 });
}

/** A keyboard user can see where focus is: an outline or a shadow is drawn round the element. */
async function expectFocusRing(target: Locator) {
  const ring = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)';
    return outline || s.boxShadow !== 'none';
  });
  expect(ring, 'visible focus ring').toBe(true);
}

/** Moves a closed select through its options with the arrow keys until it holds `value`. */
async function arrowSelect(page: Page, select: Locator, value: string) {
  await expect(select).toBeFocused();
  const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  expect(to, `option ${value}`).toBeGreaterThanOrEqual(0);
  for (let i = from; i !== to; i += Math.sign(to - from)) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  // Read through focus: the select's own name may change with its value (the language).
  await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(value);
}

/** Presses Tab repeatedly and checks that focus never leaves `container`, and comes back round. */
async function expectFocusTrapped(page: Page, container: Locator, presses: number) {
  const first = await container.evaluate((el) => (document.activeElement ? el.contains(document.activeElement) : false));
  expect(first, 'focus starts inside').toBe(true);
  const seen: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    const where = await container.evaluate((el) => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'body';
      return el.contains(a) ? `in:${a.tagName}:${a.textContent?.slice(0, 20) ?? ''}` : `out:${a.tagName}`;
    });
    expect(where, `focus after ${i + 1} Tab presses`).toMatch(/^in:/);
    seen.push(where);
  }
  // Round and round: some stop was visited twice.
  expect(new Set(seen).size).toBeLessThan(seen.length);
}

test('the skip link is the first stop, shows a focus ring and moves focus to the main content', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure').first()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusRing(skip);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The view lives in the hash: skipping must not change it.
  await expect(page).toHaveURL(/#\/\?lang=en$/);
});

test('tab order follows the reading order: header, then main, in document order, each stop with a focus ring', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure').first()).toBeVisible();
  const stops: { area: string; ring: boolean; after: boolean; name: string }[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const w = window as unknown as { __previousStop?: Element };
        const previous = w.__previousStop;
        w.__previousStop = a;
        const s = getComputedStyle(a);
        return {
          area: a.closest('header.app-header') ? 'header' : a.closest('main') ? 'main' : a.classList.contains('skip-link') ? 'skip' : 'other',
          ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
          after: !previous || Boolean(previous.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
          name: `${a.tagName} ${a.getAttribute('aria-label') ?? a.textContent?.trim().slice(0, 30) ?? ''}`,
        };
      }),
    );
  }
  const areas = stops.map((s) => s.area);
  expect(areas[0]).toBe('skip');
  expect(areas.lastIndexOf('header')).toBeLessThan(areas.indexOf('main'));
  expect(areas.filter((a) => a === 'other'), 'stops outside header and main').toEqual([]);
  expect(stops.filter((s) => !s.after).map((s) => s.name), 'stops out of document order').toEqual([]);
  expect(stops.filter((s) => !s.ring).map((s) => s.name), 'stops without a focus ring').toEqual([]);
});

test('the header controls are reached by Tab and used with the arrow keys', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure').first()).toBeVisible();
  const language = page.getByRole('combobox', { name: 'Language' });
  await tabTo(page, language);
  await expectFocusRing(language);
  await arrowSelect(page, language, 'zh');
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The same control, now named in Chinese, keeps focus.
  const 语言 = page.getByRole('combobox', { name: '语言' });
  await expect(语言).toBeFocused();
  await arrowSelect(page, 语言, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.keyboard.press('Tab');
  const appearance = page.getByRole('combobox', { name: 'Appearance' });
  await expectFocusRing(appearance);
  await arrowSelect(page, appearance, 'dark');
  await expect(page).toHaveURL(/appearance=dark/);
  await expect(page.locator('html')).toHaveAttribute('data-appearance', 'dark');

  await page.keyboard.press('Tab');
  const rise = page.getByRole('combobox', { name: 'Change colours' });
  await expectFocusRing(rise);
  await arrowSelect(page, rise, 'red');
  await expect(page.locator('html')).toHaveAttribute('data-rise', 'red');

  // Back to the Open data button with Shift+Tab; Enter opens its dialog, Escape closes it.
  const open = page.getByRole('button', { name: 'Open data' });
  await tabTo(page, open, { key: 'Shift+Tab', max: 5 });
  await expectFocusRing(open);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Open data' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('the Open data dialog takes focus, keeps it inside, and gives it back on Escape and on Close', async ({ page }) => {
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure').first()).toBeVisible();
  const open = page.getByRole('button', { name: 'Open data' });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  await expect(dialog).toBeVisible();
  await expectFocusTrapped(page, dialog, 12);

  // The CSV help opens from the keyboard, and the address field takes typing.
  const summary = dialog.getByText('About the CSV format');
  await tabTo(page, summary, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/One row per point/)).toBeVisible();
  await tabTo(page, dialog.getByLabel('Or enter the address of a dataset'), { key: 'Shift+Tab', max: 10 });
  await page.keyboard.type('data/sichuan-industry.json');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  const close = dialog.getByRole('button', { name: 'Close' });
  await tabTo(page, close, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
});

test('an overview chart is one tab stop: arrows, Home and End read its points aloud, Escape lets go', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = page.getByRole('figure', { name: GROWTH, exact: true });
  await expect(figure).toBeVisible();
  const plot = figure.getByRole('application', { name: `Chart of ${GROWTH}` });
  // The frame is seen before its chart is drawn: a Tab pressed before that passes it by.
  await expect(plot).toBeVisible();
  await tabTo(page, plot);
  await expectFocusRing(plot);
  const live = figure.locator('[aria-live="polite"]');
  await expect(live).toHaveText('');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('2015: Sichuan 7.9%; China no data');
  await page.keyboard.press('End');
  await expect(live).toHaveText('2025: Sichuan 6.5%; China 5.9%');
  await expect(figure.locator('.chart-focus-tooltip')).toContainText('2025');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText('2024: Sichuan 6.6%; China 5.8%');
  await page.keyboard.press('Home');
  await expect(live).toHaveText('2015: Sichuan 7.9%; China no data');
  await page.keyboard.press('Escape');
  await expect(live).toHaveText('');
  await expect(figure.locator('.chart-focus-tooltip')).toHaveCount(0);
  // One stop: the next Tab leaves the chart altogether.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.chart-keyboard') === null)).toBe(true);
});

test('the chart actions menu opens from the keyboard, moves with the arrows, closes on Escape and runs an export', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = page.getByRole('figure', { name: GROWTH, exact: true });
  await expect(figure).toBeVisible();
  const button = figure.getByRole('button', { name: 'Share and export' });
  await tabTo(page, button);
  await expectFocusRing(button);

  await page.keyboard.press('Enter');
  const menu = figure.getByRole('menu', { name: 'Share and export' });
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const item = (name: string) => menu.getByRole('menuitem', { name });
  await expect(item('Download PNG')).toBeFocused();
  await expectFocusRing(item('Download PNG'));
  for (const name of ['Download SVG', 'Download CSV', 'Download Excel', 'Copy link', 'Embed', 'Present']) {
    await page.keyboard.press('ArrowDown');
    await expect(item(name)).toBeFocused();
  }
  await page.keyboard.press('ArrowDown');
  await expect(item('Download PNG')).toBeFocused();
  await page.keyboard.press('End');
  await expect(item('Present')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item('Download PNG')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(item('Present')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  // Space opens it too; Enter on an item runs it.
  await page.keyboard.press(' ');
  await expect(item('Download PNG')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(item('Download CSV')).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(button).toBeFocused();
  await expect(figure.getByRole('status').filter({ hasText: /^Downloaded / })).toBeVisible();
});

test('the Embed dialog opens from the menu, keeps focus inside and returns it to the menu button on Escape', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const figure = page.getByRole('figure', { name: GROWTH, exact: true });
  await expect(figure).toBeVisible();
  const button = figure.getByRole('button', { name: 'Share and export' });
  await tabTo(page, button);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(figure.getByRole('menuitem', { name: 'Embed' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();
  await expectFocusTrapped(page, dialog, 16);

  // Its options work from the keyboard and change the snippet.
  const controls = dialog.getByRole('checkbox', { name: 'Show controls' });
  await tabTo(page, controls, { max: 16 });
  await page.keyboard.press(' ');
  await expect(controls).toBeChecked();
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).not.toHaveValue(/controls=0/);
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await expect(dialog.getByRole('checkbox', { name: 'Headline card only' })).toBeChecked();
  await expect(code).toHaveValue(/card=kpi/);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(button).toBeFocused();
});

async function openIndicator(page: Page) {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  // The view's code loads on demand: on a busy machine that can take a while.
  await expect(page.getByRole('figure', { name: GROWTH })).toBeVisible({ timeout: 30_000 });
}

test('indicator view: the tabs, the table, the regions and the range are used from the keyboard', async ({ page }) => {
  await openIndicator(page);

  // Tabs: one stop, the arrows move and select.
  const chartTab = page.getByRole('tab', { name: 'Chart' });
  await tabTo(page, chartTab);
  await expectFocusRing(chartTab);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByRole('table')).toBeVisible();
  // The table's sort buttons are reached and pressed.
  const sort = page.getByRole('columnheader', { name: 'Sichuan' }).getByRole('button');
  await tabTo(page, sort, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Sichuan' })).toHaveAttribute('aria-sort', 'ascending');
  await tabTo(page, page.getByRole('tab', { name: 'Table' }), { key: 'Shift+Tab', max: 10 });
  await page.keyboard.press('ArrowLeft');
  await expect(chartTab).toBeFocused();
  await expect(page).not.toHaveURL(/view=table/);

  // Region checkboxes: Space unticks and ticks.
  const china = page.getByRole('checkbox', { name: 'China' });
  await tabTo(page, china);
  await expectFocusRing(china);
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/regions=sichuan/);
  await page.keyboard.press(' ');
  await expect(china).toBeChecked();
  await expect(page).not.toHaveURL(/regions=/);

  // From and to: the arrows choose a period.
  const from = page.getByRole('combobox', { name: 'From' });
  await tabTo(page, from, { max: 5 });
  await arrowSelect(page, from, '2018');
  await expect(page).toHaveURL(/from=2018/);
  await page.keyboard.press('Tab');
  const to = page.getByRole('combobox', { name: 'To' });
  await expect(to).toBeFocused();
  await arrowSelect(page, to, '2023');
  await expect(page).toHaveURL(/to=2023/);
});

test('indicator view: chart type, legend, chart, brush, transform and region are used from the keyboard', async ({ page }) => {
  await openIndicator(page);
  const type = page.getByRole('combobox', { name: 'Chart type' });
  await tabTo(page, type);
  await arrowSelect(page, type, 'bar');
  await expect(page).toHaveURL(/type=bar/);

  // The legend buttons hide and show a region.
  const legendChina = page.getByRole('button', { name: 'China' });
  await tabTo(page, legendChina, { max: 10 });
  await page.keyboard.press('Enter');
  await expect(legendChina).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press(' ');
  await expect(legendChina).toHaveAttribute('aria-pressed', 'true');

  // The brush handles move the range with the arrow keys.
  const plot = page.getByRole('application', { name: `Chart of ${GROWTH}` });
  await tabTo(page, plot, { max: 10 });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('slider').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=2016/);

  // Back to the transform, then the region it is measured against.
  const show = page.getByRole('combobox', { name: 'Show' });
  await tabTo(page, show, { key: 'Shift+Tab' });
  await arrowSelect(page, show, 'gap');
  await expect(page).toHaveURL(/transform=gap/);
  await page.keyboard.press('Tab');
  const vs = page.getByRole('combobox', { name: 'Minus region' });
  await expect(vs).toBeFocused();
  await arrowSelect(page, vs, 'sichuan');
  await expect(page).toHaveURL(/vs=sichuan/);
});

test('indicator view: every source link of the provenance panel is reached in order', async ({ page }) => {
  await openIndicator(page);
  const panel = page.getByRole('region', { name: 'Sources and definition' });
  const firstLink = panel.getByRole('link').first();
  await tabTo(page, firstLink);
  await expectFocusRing(firstLink);
  await expect(firstLink).toHaveAttribute('rel', 'noopener noreferrer');
  const links = await panel.getByRole('link').count();
  for (let i = 1; i < links; i++) {
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('link').nth(i)).toBeFocused();
  }
});

test('the log scale is chosen from the keyboard where every value is positive', async ({ page }) => {
  await page.goto('./#/indicator/little-giants-total?lang=en');
  const scale = page.getByRole('combobox', { name: 'Value scale' });
  await tabTo(page, scale);
  await expectFocusRing(scale);
  await arrowSelect(page, scale, 'log');
  await expect(page).toHaveURL(/scale=log/);
});

test('the index base period is chosen from the keyboard', async ({ page }) => {
  await page.goto('./#/indicator/industry-value-added?lang=en');
  const show = page.getByRole('combobox', { name: 'Show' });
  await tabTo(page, show);
  await arrowSelect(page, show, 'index');
  await page.keyboard.press('Tab');
  const base = page.getByRole('combobox', { name: 'Base period (= 100)' });
  await expect(base).toBeFocused();
  const last = await base.locator('option').last().getAttribute('value');
  await page.keyboard.press('End');
  await expect(base).toHaveValue(last!);
  await expect(page).toHaveURL(new RegExp(`base=${last}`));
});

test('the compare picker adds and removes indicators from the keyboard', async ({ page }) => {
  await page.goto('./#/compare?lang=en&ids=green-factories-added');
  await expect(page.getByRole('figure')).toHaveCount(1);
  const picker = page.getByRole('combobox', { name: 'Add indicator' });
  await tabTo(page, picker);
  await expectFocusRing(picker);
  await arrowSelect(page, picker, 'green-parks-added');
  await page.keyboard.press('Tab');
  const add = page.getByRole('button', { name: 'Add', exact: true });
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/ids=green-factories-added(%2C|,)green-parks-added/);
  await expect(page.getByRole('figure')).toHaveCount(2);

  const remove = page.getByRole('button', { name: 'Remove National green factories added' });
  await tabTo(page, remove, { key: 'Shift+Tab', max: 10 });
  await expectFocusRing(remove);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/ids=green-parks-added$/);

  // The compared chart is a tab stop that reads its points.
  const plot = page.getByRole('application').first();
  await expect(plot).toBeVisible();
  await tabTo(page, plot);
  await page.keyboard.press('End');
  await expect(page.getByRole('figure').locator('[aria-live="polite"]')).not.toHaveText('');
});

test('the presentation is driven by keys and its buttons are reached by Tab', async ({ page }) => {
  test.slow();
  await page.goto('./#/present?lang=en');
  const counter = page.getByRole('navigation', { name: 'Presentation controls' }).getByText(/^\d+ \/ \d+$/);
  await expect(counter).toHaveText('1 / 7', { timeout: 25_000 });
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 7');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveText('1 / 7');
  // Escape leaves full screen, and outside it changes nothing.
  await page.keyboard.press('Escape');
  await expect(counter).toHaveText('1 / 7');
  await expect(page).toHaveURL(/#\/present/);

  const next = page.getByRole('button', { name: 'Next slide' });
  await tabTo(page, next);
  await expectFocusRing(next);
  await page.keyboard.press('Enter');
  await expect(counter).toHaveText('2 / 7');
  const previous = page.getByRole('button', { name: 'Previous slide' });
  await tabTo(page, previous, { key: 'Shift+Tab', max: 5 });
  await page.keyboard.press(' ');
  await expect(counter).toHaveText('1 / 7');

  const exit = page.getByRole('link', { name: 'Exit presentation' });
  await tabTo(page, exit, { key: 'Shift+Tab', max: 10 });
  await expectFocusRing(exit);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/\?lang=en/);
  await expect(page.getByRole('figure').first()).toBeVisible();
});
