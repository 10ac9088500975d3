import { HttpResponse, http } from 'msw';
import { EVIL_LINK, hostileCases, SCRIPT, silentChangesText } from '../mocks/hostile-datasets';
import { DATASET_PATH, scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

for (const c of hostileCases) {
  test(`hostile input is inert and the page holds: ${c.name}`, async ({ page, network }) => {
    if (c.large) test.setTimeout(120_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    network.use(scenarios.json(c.dataset() as Parameters<typeof scenarios.json>[0]));
    await page.goto('./#/?lang=en');
    if (c.loads) {
      await expect(page.getByRole('figure').first()).toBeVisible({ timeout: c.large ? 60_000 : undefined });
    } else {
      await expect(page.getByRole('status')).toContainText(c.expectIssue!.path);
    }
    // The words the table gives, in English and then in Chinese (the same data, no new fetch).
    const told = c.loads ? page.getByRole('status').filter({ has: page.locator('.issue-list') }) : page.locator('.state-error');
    for (const words of c.messages.en) await expect(told).toContainText(words);
    if (c.messages.en.length === 0) await expect(page.locator('.issue-list')).toHaveCount(0);
    if (c.showsText) await expect(page.locator('main').getByText(c.showsText).first()).toBeVisible();
    await page.evaluate(() => {
      location.hash = '#/?lang=zh';
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    for (const words of c.messages.zh) await expect(told).toContainText(words);
    if (c.name === 'markup inside an http link of a source') {
      // The link's address is an attribute, never markup.
      expect(await page.locator('main a[target="_blank"]').first().getAttribute('href')).toBe(EVIL_LINK);
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal scrolling of the page').toBeLessThanOrEqual(0);
  });
}

test('markup in the dataset title is shown as text in the header and the document title', async ({ page, network }) => {
  network.use(scenarios.json(hostileCases[0]!.dataset() as Parameters<typeof scenarios.json>[0]));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SCRIPT);
  await expect(page).toHaveTitle(`Overview · ${SCRIPT}`);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
});

test('numbers JSON cannot hold exactly and a repeated key load, each with a warning naming its place', async ({ page, network }) => {
  const text = silentChangesText();
  network.use(http.get(DATASET_PATH, () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })));
  await page.goto('./#/?lang=en');
  await expect(page.getByRole('figure').first()).toBeVisible();
  const notice = page.locator('.notice-warning');
  await expect(notice).toContainText('3 things in the data to note; kept as read');
  await notice.getByText('3 things in the data to note').click();
  await expect(notice).toContainText('Number cannot be represented exactly');
  await expect(notice).toContainText('The file writes 1e-400 but it is read as 0');
  await expect(notice).toContainText('123456789012345678901234567890');
  await expect(notice).toContainText('sources[0].id');
  await expect(notice).toContainText('Key appears twice in one object');
  await page.evaluate(() => {
    location.hash = '#/?lang=zh';
  });
  await expect(notice).toContainText('3处数据需要留意，已照常保留');
  await expect(notice).toContainText('文件写作 1e-400，读入为 0');
  await expect(notice).toContainText('键 "id" 重复出现');
  await expect(notice.locator('.issue-detail')).not.toContainText([/[A-Za-z]{3,} [a-z]{3,}/]);
});
