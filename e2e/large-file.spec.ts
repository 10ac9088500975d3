import { writeFileSync } from 'node:fs';
import { generateLargeDataset, LARGE_DATASET_DEFAULTS } from '../mocks/generate-large-dataset';
import { expect, test } from './fixtures';

// How large a file loads through Open data, and how long it takes: a measurement, not a check
// (no timed assertions). It runs only when asked, for the sizes asked, e.g.
//   LARGE_FILE_MB=20,40 E2E_DIST=dist-badinput E2E_PORT=4182 npx playwright test e2e/large-file.spec.ts --workers 1 --project mocked
// Each size is a seeded synthetic dataset (mocks/generate-large-dataset.ts: 31 regions × 360
// months per indicator, about 0.6 MB per indicator) with as many indicators as reach the size.

const sizes = (process.env.LARGE_FILE_MB ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const MB = 1024 * 1024;
const BYTES_PER_INDICATOR = 0.6 * MB;

test.describe('largest file that loads', () => {
  for (const target of sizes) {
    test(`a ${target} MB file, from choosing it to the charts`, async ({ page }) => {
      test.setTimeout(600_000);
      const indicators = Math.ceil((target * MB) / BYTES_PER_INDICATOR);
      const text = JSON.stringify(generateLargeDataset({ ...LARGE_DATASET_DEFAULTS, indicators }));
      const file = test.info().outputPath(`large-${target}.json`);
      writeFileSync(file, text);
      const mb = Buffer.byteLength(text) / MB;

      await page.goto('./#/?lang=en');
      await page.getByRole('button', { name: 'Open data' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open data' });
      await page.evaluate(() => {
        const w = window as unknown as { __frames: number; __longest: number; __last: number };
        w.__frames = 0;
        w.__longest = 0;
        w.__last = performance.now();
        const tick = (now: number) => {
          w.__frames += 1;
          w.__longest = Math.max(w.__longest, now - w.__last);
          w.__last = now;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const frames = () => page.evaluate(() => {
        const w = window as unknown as { __frames: number; __longest: number };
        return { frames: w.__frames, longest: Math.round(w.__longest) };
      });

      const t0 = Date.now();
      await dialog.getByLabel('Choose a file (JSON or CSV)').setInputFiles(file);
      await expect(dialog.getByRole('heading', { name: `All ${indicators} indicators passed the checks` })).toBeVisible({ timeout: 300_000 });
      const checked = (Date.now() - t0) / 1000;
      const atReport = await frames();
      await dialog.getByRole('button', { name: 'Show the data' }).click();
      await expect(page.locator('main figure :is(svg.recharts-surface, svg.chart-surface)').first()).toBeVisible({ timeout: 300_000 });
      const shown = (Date.now() - t0) / 1000;
      const atCharts = await frames();

      const line =
        `${mb.toFixed(1)} MB (${indicators} indicators × 31 regions × 360 months): report after ${checked.toFixed(1)} s ` +
        `(${atReport.frames} frames, longest gap ${atReport.longest} ms); first charts after ${shown.toFixed(1)} s ` +
        `(${atCharts.frames} frames in all, longest gap ${atCharts.longest} ms)`;
      test.info().annotations.push({ type: 'large file', description: line });
      console.log(line);
    });
  }
});
