import type { Page } from '@playwright/test';
import { badCsvCases, type BadCsvCase } from '../mocks/bad-csv';
import { expect, test } from './fixtures';

// Every bad CSV file of mocks/bad-csv.ts opened through the Open data dialog: the report says
// what the table says, the valid part is shown, nothing runs and no dialog opens.

function summary(c: BadCsvCase, lang: 'zh' | 'en'): string {
  const n = c.messages.length;
  if (!c.loads) return lang === 'en' ? `The file failed the checks (${n} problem${n === 1 ? '' : 's'}) and cannot be shown` : `文件未通过校验（${n} 个问题），无法显示`;
  const kept = c.kept.length;
  const dropped = c.dropped.length;
  if (lang === 'en') return dropped ? `${kept} indicators can be shown; ${dropped} left out because of errors` : `All ${kept} indicators passed the checks`;
  return dropped ? `可显示 ${kept} 项指标，${dropped} 项因错误未纳入` : `全部 ${kept} 项指标校验通过`;
}

function watchForHarm(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function openFile(page: Page, c: BadCsvCase, label: string) {
  await page.getByRole('dialog').getByLabel(label).setInputFiles({ name: c.fileName, mimeType: 'text/csv', buffer: Buffer.from(c.text, 'utf8') });
}

for (const c of badCsvCases) {
  test(`bad CSV file: ${c.name}`, async ({ page }) => {
    const dialogs = watchForHarm(page);
    await page.goto('./#/?lang=en');
    await page.getByRole('button', { name: 'Open data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open data' });
    await openFile(page, c, 'Choose a file (JSON or CSV)');
    await expect(dialog.getByRole('heading', { level: 3, name: summary(c, 'en'), exact: true })).toBeVisible();
    const rows = dialog.getByRole('row');
    // A header row, then one row per problem.
    await expect(rows).toHaveCount(c.messages.length ? c.messages.length + 1 : 0);
    for (const message of c.messages) {
      const row = rows.filter({ hasText: message.en });
      await expect(row).toHaveCount(1);
      if (message.row !== undefined) await expect(row).toContainText(`row ${message.row}`);
      if (message.detail) await expect(row).toContainText(message.detail);
    }
    if (c.loads) {
      await dialog.getByRole('button', { name: 'Show the data' }).click();
      await expect(dialog).toBeHidden();
      for (const name of c.kept) await expect(page.locator('main h3').filter({ hasText: name }).first()).toBeVisible();
      for (const name of c.dropped) await expect(page.locator('main h3').filter({ hasText: name })).toHaveCount(0);
      if (c.showsText) await expect(page.getByText(c.showsText, { exact: true }).first()).toBeVisible();
      // A source that is not http(s) never becomes a link.
      await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);
    } else {
      await expect(dialog.getByRole('button', { name: 'Show the data' })).toHaveCount(0);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling of the page').toBeLessThanOrEqual(0);
  });
}

test('every bad CSV file is reported in Chinese with the words of the table', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchForHarm(page);
  await page.goto('./');
  await page.getByRole('button', { name: '打开数据' }).click();
  const dialog = page.getByRole('dialog', { name: '打开数据' });
  for (const c of badCsvCases) {
    await openFile(page, c, '选择文件（JSON 或 CSV）');
    await expect(dialog.getByRole('heading', { level: 3, name: summary(c, 'zh'), exact: true }), c.name).toBeVisible();
    for (const message of c.messages) {
      const row = dialog.getByRole('row').filter({ hasText: message.zh });
      await expect(row, c.name).toHaveCount(1);
      if (message.row !== undefined) await expect(row).toContainText(`第 ${message.row} 行`);
    }
    await dialog.getByRole('button', { name: '打开其他文件' }).click();
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
