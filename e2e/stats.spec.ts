import { readFile } from 'node:fs/promises';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

// Chinese industrial statistics: the work plan, targets judged, ranks among regions and breaks
// in series, in the views and in the CSV export.

const LITTLE_GIANTS = "National 'little giant' specialised SMEs added";
const REGIONS = 'data=data%2Fregions.json';

test('a reader follows the work plan from the header, in Chinese and in English', async ({ page }) => {
  await page.goto('./#/?lang=zh');
  await page.getByRole('link', { name: '工作计划' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2024年工作计划' })).toBeVisible();
  const priorities = page.locator('.plan-priority');
  await expect(priorities).toHaveCount(6);
  // The last priority names no indicator, and says so.
  await expect(priorities.nth(5)).toContainText('提升本质安全水平');
  await expect(priorities.nth(5)).toContainText('这项重点工作暂无可量化的指标。');
  // A met target, judged, beside the plan year's figure.
  const enterprises = page.getByRole('list', { name: /^梯度培育优质企业.*衡量指标$/ }).getByRole('listitem').filter({ hasText: '新增国家级专精特新“小巨人”企业' });
  await expect(enterprises).toContainText('2023年目标为50户以上，超出目标57户，完成目标。');
  await expect(enterprises).toContainText('四川省 · 2024年：84户');
  await expect(priorities.nth(0)).toContainText('坚定不移推进工业兴省制造强省');

  await page.evaluate(() => {
    location.hash = '#/plan?lang=en';
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Work plan for 2024' })).toBeVisible();
  await expect(priorities.nth(5)).toContainText('No indicator in the dataset measures this priority.');
  const inEnglish = page.getByRole('list', { name: /^Cultivate high-quality enterprises.*: indicators$/ }).getByRole('listitem').filter({ hasText: LITTLE_GIANTS });
  await expect(inEnglish).toContainText('Target for 2023: at least 50 enterprises; 57 enterprises above target, target met.');
  await inEnglish.getByRole('link', { name: LITTLE_GIANTS }).click();
  await expect(page).toHaveURL(/#\/indicator\/little-giants-added\?lang=en$/);
  await expect(page.getByRole('figure', { name: LITTLE_GIANTS })).toContainText('Target for 2023: at least 50 enterprises; 57 enterprises above target, target met.');
});

test('the work plan presents one priority a slide', async ({ page }) => {
  await page.goto('./#/plan?lang=en');
  await page.getByRole('link', { name: 'Present the work plan' }).click();
  await expect(page.getByText('1 / 6', { exact: true }).first()).toBeVisible();
  await expect(page.locator('.slide-current')).toContainText('Leverage Sichuan');
  await page.keyboard.press('End');
  await expect(page.getByText('6 / 6', { exact: true }).first()).toBeVisible();
  await expect(page.locator('.slide-current')).toContainText('No indicator in the dataset measures this priority.');
});

test('a reader ranks regions, and sees the place and its change', async ({ page, network }) => {
  network.use(scenarios.regionsDataset());
  await page.goto(`./#/indicator/indicator-02?lang=en&${REGIONS}&transform=rank`);
  const figure = page.getByRole('figure', { name: 'Synthetic indicator 2' });
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('rank');
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();
  // Five regions are ranked: the sixth is the aggregate of all.
  await expect(figure).toHaveAccessibleDescription(/ranked [1-5] of 5 on Synthetic indicator 2/);
  // The aggregate has no place, so no line to switch on or off.
  await expect(figure.getByRole('button', { name: 'Region 2' })).toHaveCount(1);
  await expect(figure.getByRole('button', { name: 'All regions' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Region 2' })).toBeVisible();
  // Changes of place are written ↑n / ↓n, with their words for a screen reader.
  await expect(table.getByText(/^↑\d+$/).first()).toBeVisible();
  await expect(table.getByText(/^up \d+ places?$/).first()).toBeAttached();
});

test('rank is offered disabled on the default dataset, with the reason beside it', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  const show = page.getByRole('combobox', { name: 'Show' });
  await expect(show.locator('option', { hasText: 'Rank' })).toBeDisabled();
  await expect(show).toHaveAccessibleDescription(/A rank needs at least 3 regions with values, not counting totals such as the national figure; this indicator has 1/);
  await expect(page.getByText(/A rank needs at least 3 regions/)).toBeVisible();
});

test('a break in series is drawn on the time axis, explained, and no change is computed across it', async ({ page, network }) => {
  network.use(scenarios.regionsDataset());
  await page.goto(`./#/indicator/indicator-02?lang=en&${REGIONS}`);
  const figure = page.getByRole('figure', { name: 'Synthetic indicator 2' });
  await expect(figure.locator('.chart-break')).toContainText('break in series');
  await expect(figure).toContainText('Break in series: values before and after are not comparable, and lines are not joined');
  await expect(figure).toHaveAccessibleDescription(/From Jan 2024 the coverage or method changed \(Synthetic change of coverage\)/);

  await page.goto(`./#/indicator/indicator-02?lang=en&${REGIONS}&transform=additions&view=table&regions=region-02`);
  const row = page.getByRole('row', { name: /^Jan 2024/ });
  // The addition of January 2024 would compare December's old coverage with January's new one.
  await expect(row.getByRole('cell').first()).toHaveText('no data');
  await expect(row).toContainText('break in series: Synthetic change of coverage');
  await expect(page.getByRole('row', { name: /^Feb 2024/ }).getByRole('cell').first()).not.toHaveText('no data');
});

test('the CSV of a chart carries the target, its judgement and the new columns', async ({ page }) => {
  await page.goto('./#/indicator/little-giants-added?lang=en');
  const figure = page.getByRole('figure', { name: LITTLE_GIANTS });
  await expect(figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();
  await expect(figure.locator('.chart-target')).toContainText('target ≥50 enterprises');
  await figure.getByRole('button', { name: 'Share and export' }).click();
  const waiting = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Download CSV' }).click();
  const file = await waiting;
  // Past the leading block that cites the dataset (`#` lines, quoted where they hold a comma).
  const lines = (await readFile(await file.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '' && !/^"?#/.test(l));
  expect(lines[0]).toBe('Indicator,Region,Period,Value,Unit,Status,Source title,Source URL,Rank change,Target,Target comparison,Target judgement,Break in series');
  const year2023 = lines.find((l) => l.includes(',2023,107,'));
  expect(year2023).toMatch(/,,50,at least 50 enterprises,"57 enterprises above target, target met",$/);
});
