import { EVIL_LINK, hostileCases, SCRIPT } from '../mocks/hostile-datasets';
import { scenarios } from '../mocks/scenarios';
import { expect, test } from './fixtures';

for (const c of hostileCases) {
  test(`hostile input is inert and the page holds: ${c.name}`, async ({ page, network }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    network.use(scenarios.json(c.dataset() as Parameters<typeof scenarios.json>[0]));
    await page.goto('./#/?lang=en');
    if (c.loads) {
      await expect(page.getByRole('figure').first()).toBeVisible();
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
