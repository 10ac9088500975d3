import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const GROWTH = 'Growth of industrial value added (above designated size)';

function chart(page: Page, name = GROWTH) {
  return page.getByRole('figure', { name, exact: true });
}

/** The table's body rows as [period, first value] pairs. */
async function firstColumn(page: Page): Promise<string[][]> {
  const rows = page.getByRole('table').getByRole('row');
  // The table is a chunk of its own: wait for its first data row before counting.
  await expect(rows.nth(1)).toBeVisible();
  const count = await rows.count();
  const out: string[][] = [];
  for (let i = 1; i < count; i++) {
    const row = rows.nth(i);
    out.push([await row.getByRole('rowheader').innerText(), await row.getByRole('cell').first().innerText()]);
  }
  return out;
}

test('an analyst opens one indicator in depth from its address', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await expect(page.getByRole('heading', { level: 2, name: GROWTH })).toBeVisible();
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Chart or table' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByRole('link', { name: 'Back to overview' })).toHaveAttribute('href', '#/?lang=en');
  await expect(page).toHaveTitle(/^Indicator · /);
});

test('the table lists the running total of green factories, as the chart shows it', async ({ page }) => {
  await page.goto('./#/indicator/green-factories-added?lang=en');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('running-total');
  await expect(page).toHaveURL(/transform=running-total/);
  await expect(chart(page, 'National green factories added')).toContainText('showing: Running total');
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByRole('table', { name: /National green factories added: Running total, 2017–2023/ });
  await expect(table).toBeVisible();
  expect(await firstColumn(page)).toEqual([
    ['2017', '7'],
    ['2018', '21'],
    ['2019', '40'],
    ['2020', '69'],
    ['2021', '89'],
    ['2022', '126'],
    ['2023', '164'],
  ]);
  await expect(table.getByRole('row', { name: /^2022/ })).toContainText('shortlist');
});

test('the table sorts by a region from its column header', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en&view=table&regions=sichuan');
  const header = page.getByRole('columnheader', { name: 'Sichuan' });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  expect((await firstColumn(page))[0]).toEqual(['2022', '3.8']);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect((await firstColumn(page))[0]).toEqual(['2021', '9.8']);
});

test('unticking a region takes it off the chart and out of the address, and one always stays', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await page.getByRole('checkbox', { name: 'China' }).uncheck();
  await expect(page).toHaveURL(/regions=sichuan/);
  await expect(page.getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('checkbox', { name: 'Sichuan' })).toBeDisabled();
  await page.getByRole('button', { name: 'China' }).click();
  await expect(page).not.toHaveURL(/regions=/);
  await expect(page.getByRole('checkbox', { name: 'China' })).toBeChecked();
});

test('the gap to China is shown in percentage points', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('gap');
  await expect(page).toHaveURL(/transform=gap/);
  await expect(page.getByRole('combobox', { name: 'Minus region' })).toHaveValue('china');
  await expect(chart(page)).toContainText('Unit: pp · showing: Gap between regions');
  await page.getByRole('tab', { name: 'Table' }).click();
  const row = page.getByRole('row', { name: /^2023/ });
  await expect(row.getByRole('cell').first()).toHaveText('1.5');
  await expect(row).toContainText('pp');
  await expect(page.getByRole('row', { name: /^2019/ }).getByRole('cell').first()).toHaveText('no data');
});

test('choosing a range narrows the chart and the table and goes into the address', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en&view=table');
  await page.getByRole('combobox', { name: 'From' }).selectOption('2018');
  await page.getByRole('combobox', { name: 'To' }).selectOption('2022');
  await expect(page).toHaveURL(/from=2018&to=2022|to=2022.*from=2018|from=2018.*to=2022/);
  expect((await firstColumn(page)).map(([period]) => period)).toEqual(['2018', '2019', '2020', '2021', '2022']);
});

test('dragging the brush sets the range in the address', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  const traveller = chart(page).locator('.recharts-brush-traveller').first();
  await traveller.scrollIntoViewIfNeeded();
  const box = await traveller.boundingBox();
  if (!box) throw new Error('no brush handle');
  const area = await chart(page).locator('.recharts-brush').boundingBox();
  if (!area) throw new Error('no brush');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(area.x + area.width * 0.45, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=20(19|20)/);
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue(/^20(19|20)$/);
});

test('the chart type and scale controls redraw the chart and go into the address', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await page.getByRole('combobox', { name: 'Chart type' }).selectOption('bar');
  await expect(page).toHaveURL(/type=bar/);
  await expect(chart(page).locator('.series-bars path').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Value scale' }).selectOption('log');
  await expect(page).toHaveURL(/scale=log/);
  // A log axis from 2 % to 20 % has ticks at 2, 5, 10 and 20 %; the linear one runs 0, 2, … 10 %.
  await expect(chart(page).locator('.recharts-yAxis-tick-labels').getByText('20%', { exact: true })).toBeVisible();
});

test('a log scale is refused, with the reason, when a value is zero', async ({ page }) => {
  await page.goto('./#/indicator/green-parks-added?lang=en&scale=log');
  await expect(page.getByRole('status').filter({ hasText: 'A log scale can only show positive values' })).toBeVisible();
  const scale = page.getByRole('combobox', { name: 'Value scale' });
  await expect(scale).toHaveValue('linear');
  await expect(scale.getByRole('option', { name: 'Log' })).toBeDisabled();
});

test('a pasted address restores the exact view', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en&view=table&regions=sichuan&from=2018&to=2024&transform=gap&vs=china&scale=log&type=bar');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: 'Sichuan' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'China' })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2018');
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('2024');
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('gap');
  await expect(page.getByRole('combobox', { name: 'Minus region' })).toHaveValue('china');
  await expect(page.getByRole('combobox', { name: 'Value scale' })).toHaveValue('log');
  await expect(page.getByRole('combobox', { name: 'Chart type' })).toHaveValue('bar');
  expect((await firstColumn(page)).map(([period]) => period)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
  await page.getByRole('tab', { name: 'Chart' }).click();
  await expect(chart(page).locator('.series-bars path').first()).toBeVisible();
});

test('back and forward step through view changes', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await page.getByRole('combobox', { name: 'Chart type' }).selectOption('area');
  await expect(page).toHaveURL(/type=area/);
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(/view=table/);
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'Chart type' })).toHaveValue('area');
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Chart type' })).toHaveValue('line');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Chart type' })).toHaveValue('area');
});

test('a keyboard user reaches the chart with one Tab and hears each point', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await page.getByRole('button', { name: 'China' }).focus();
  await page.keyboard.press('Tab');
  const plot = page.getByRole('application', { name: `Chart of ${GROWTH}` });
  await expect(plot).toBeFocused();
  const live = chart(page).locator('[aria-live="polite"]');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText('2015: Sichuan 7.9%; China no data');
  await page.keyboard.press('End');
  await expect(live).toHaveText('2025: Sichuan 6.5%; China 5.9%');
  await expect(chart(page).locator('.chart-focus-tooltip')).toContainText('2025');
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText('2024: Sichuan 6.6%; China 5.8%');
  await page.keyboard.press('Escape');
  await expect(live).toHaveText('');
  // The next tab stop is the brush, not a second stop inside the same chart.
  await page.keyboard.press('Tab');
  await expect(plot).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.chart-keyboard') === null)).toBe(true);
});

test('the tabs move with the arrow keys', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  await page.getByRole('tab', { name: 'Chart' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page).toHaveURL(/view=table/);
  await expect(page.getByRole('table')).toBeVisible();
});

test('the sources panel cites every source with its kind and a safe link', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?lang=en');
  const panel = page.getByRole('region', { name: 'Sources and definition' });
  await expect(panel).toContainText('Year-on-year real growth of value added');
  await expect(panel).toContainText('rate or share');
  const link = panel.getByRole('link', { name: 'Sichuan Statistics Bureau: Sichuan economy in 2022' });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel.getByRole('listitem').filter({ hasText: '2019 · China' })).toContainText('no cited figure found');
});

test('an unknown indicator says so and leads back to the overview', async ({ page }) => {
  await page.goto('./#/indicator/no-such-thing?lang=en');
  const notice = page.getByRole('status');
  await expect(notice).toContainText('The dataset has no indicator with the id “no-such-thing”.');
  await notice.getByRole('link', { name: 'Back to overview' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Industrial growth' })).toBeVisible();
});

test('the view works in Chinese', async ({ page }) => {
  await page.goto('./#/indicator/industrial-value-added-growth?view=table&transform=gap');
  await expect(page.getByRole('tab', { name: '表格' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: '图表' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^2023年/ })).toContainText('百分点');
});

test('many long series are drawn as plain paths, with the tooltip, hover dots and region toggles still working', async ({ page }) => {
  // 12 regions × 240 months: past the limit where lines leave Recharts' per-series items.
  const { generateLargeDataset } = await import('../mocks/generate-large-dataset');
  const dataset = generateLargeDataset({ regions: 12, indicators: 3, months: 240, seed: 3 });
  const line = dataset.indicators.find((i) => i.kind !== 'flow')!;
  const file = test.info().outputPath('many-series.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify(dataset));
  await page.goto('./#/?lang=en');
  await page.getByRole('button', { name: 'Open data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open data' });
  await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Show the data' }).click();
  await expect(page.locator('main figure :is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible();

  await page.getByRole('link', { name: (line.name as { en: string }).en, exact: true }).first().click();
  // Every region on the chart.
  for (const region of dataset.regions.slice(1)) {
    const box = page.getByRole('checkbox', { name: (region.name as { en: string }).en, exact: true });
    if (!(await box.isChecked())) await box.check();
  }
  const figure = page.locator('main figure').first();
  const lines = figure.locator('.series-line');
  await expect(lines).toHaveCount(12);
  await expect(figure.locator('.series-path[d^="M"]').first()).toBeVisible();

  await figure.locator(':is(svg.recharts-surface, svg.chart-surface)').first().hover();
  await expect(page.locator('.chart-tooltip')).toContainText('Region 1');
  await expect(figure.locator('.active-dots circle')).toHaveCount(12);

  await page.getByRole('checkbox', { name: 'Region 2', exact: true }).click();
  await expect(lines).toHaveCount(11);
});

test('the brush under the chart shows a miniature of the whole series, a year-to-date one too', async ({ page }) => {
  for (const id of ['industrial-value-added-growth', 'industrial-value-added-growth-ytd']) {
    await page.goto(`./#/indicator/${id}?lang=en`);
    const curves = page.locator('.time-brush path.brush-miniature');
    await expect(curves.first()).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
  }
});
