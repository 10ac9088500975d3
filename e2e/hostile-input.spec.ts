import { hostileCases, SCRIPT } from '../mocks/hostile-datasets';
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
    if (c.showsText) await expect(page.getByRole('heading', { level: 3 }).filter({ hasText: c.showsText }).first()).toBeVisible();
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
