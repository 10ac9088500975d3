import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { zipEntries } from './zip';

// The presentation: slides from the highlighted indicators, driven by keys and buttons, printed
// one per page, and downloaded as a PowerPoint deck with native charts.

const FIRST = 'Growth of industrial value added (above designated size)';

// The first slides draw their charts as the page opens; on a loaded two-core machine that can
// take longer than the usual wait.
const FIRST_PAINT = { timeout: 25_000 };

test('a presenter steps through the slides with the keyboard', async ({ page }) => {
  // Several slides are drawn in turn (all seven for print): allow a slow machine the time.
  test.slow();
  await page.goto('./#/present?lang=en');
  const counter = page.getByRole('navigation', { name: 'Presentation controls' }).getByText(/^\d+ \/ \d+$/);
  await expect(counter).toHaveText('1 / 7', FIRST_PAINT);
  await expect(page.getByRole('heading', { level: 2, name: FIRST, exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('2 / 7');
  await expect(page).toHaveURL(/slide=2/);
  await expect(page.getByRole('heading', { level: 2, name: FIRST, exact: true })).toBeHidden();
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  await expect(counter).toHaveText('4 / 7');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(counter).toHaveText('2 / 7');
  await page.keyboard.press('End');
  await expect(counter).toHaveText('7 / 7');
  await expect(page).toHaveURL(/slide=7/);
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveText('7 / 7');
  await page.keyboard.press('Home');
  await expect(counter).toHaveText('1 / 7');
});

test('a presenter uses the buttons, sees big numbers for single figures, and exits', async ({ page }) => {
  // Several slides are drawn in turn (all seven for print): allow a slow machine the time.
  test.slow();
  await page.goto('./#/present?lang=en&slide=5');
  await expect(page.getByRole('button', { name: 'Previous slide' })).toBeEnabled(FIRST_PAINT);
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page).toHaveURL(/slide=6/);
  const slide = page.getByRole('region', { name: 'Slide 6 of 7: Enterprises newly moved to the cloud' });
  await expect(slide).toContainText('50,000');
  await expect(slide).toContainText('approximate');
  await expect(slide.getByText('6 / 7')).toBeVisible();
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeDisabled();
  await page.getByRole('link', { name: 'Exit presentation' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
});

test('slides show the chosen indicators with the view settings of the address', async ({ page }) => {
  await page.goto('./#/present?slides=green-factories-added,industrial-value-added-growth&transform=running-total&from=2018');
  await expect(page.getByRole('navigation', { name: '演示控制' })).toContainText('1 / 2', FIRST_PAINT);
  const slide = page.getByRole('region', { name: '第1张，共2张：新增国家级绿色工厂' });
  // Running total 7+14+19+29+20+37+38 = 164 in 2023; from 2018 the low is 2018's 21.
  await expect(slide).toContainText('2023年，四川省新增国家级绿色工厂（逐期累计）为164家（公示名单），比2022年增加38家。');
  await expect(slide).toContainText('2018—2023年间，最高为164家（2023年），最低为21家（2018年）。');
  await expect(slide.getByRole('figure', { name: '新增国家级绿色工厂' })).toHaveAccessibleDescription(/164家/);
});

test('printing gives one slide per landscape page with no controls', async ({ page }) => {
  // Several slides are drawn in turn (all seven for print): allow a slow machine the time.
  test.slow();
  await page.goto('./#/present?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: FIRST, exact: true })).toBeVisible(FIRST_PAINT);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Presentation controls' })).toBeHidden();
  const slides = page.locator('[aria-roledescription="slide"]');
  await expect(slides).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    const slide = slides.nth(i);
    await expect(slide).toBeVisible();
    if (i < 6) expect(await slide.evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
  }
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(7);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf);
  expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
});

test('with reduced motion the slides change without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/present?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: FIRST, exact: true })).toBeVisible(FIRST_PAINT);
  await page.keyboard.press('ArrowRight');
  const current = page.getByRole('region', { name: /^Slide 2 of 7/ });
  expect(await current.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('a presenter downloads the deck as PowerPoint with native charts', async ({ page }) => {
  await page.goto('./#/present?lang=en');
  const button = page.getByRole('button', { name: 'Download PowerPoint' });
  await expect(button).toBeVisible(FIRST_PAINT);
  const waiting = page.waitForEvent('download');
  await button.click();
  const file = await waiting;
  expect(file.suggestedFilename()).toBe('sichuan-industry_2026-11-27.pptx');
  const entries = zipEntries(await readFile(await file.path()));
  expect(entries.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(7);
  // Five of the seven highlighted indicators have a series to chart; two are single figures.
  expect(entries.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(5);
  await expect(page.getByRole('button', { name: 'Download PowerPoint' })).not.toHaveAttribute('aria-busy', 'true');
});
