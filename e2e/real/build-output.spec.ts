import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const DIST = process.env.E2E_DIST ?? 'dist';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the production build contains no mocking code and no worker file', () => {
  const files = filesUnder(DIST);
  expect(files.some((f) => f.endsWith('.js'))).toBe(true);
  expect(files.filter((f) => /mockServiceWorker/i.test(f))).toEqual([]);
  for (const file of files.filter((f) => /\.(js|html)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    for (const marker of ['mockServiceWorker', 'setupWorker', 'msw/browser', '[MSW]']) {
      expect(text.includes(marker), `${file} mentions ${marker}`).toBe(false);
    }
  }
});

test('the build ships the default dataset unchanged and a config.json of defaults', () => {
  expect(readFileSync(join(DIST, 'data/sichuan-industry.json'), 'utf8')).toBe(readFileSync('public/data/sichuan-industry.json', 'utf8'));
  expect(JSON.parse(readFileSync(join(DIST, 'config.json'), 'utf8'))).toMatchObject({ dataUrl: 'data/sichuan-industry.json', allowedDataOrigins: [] });
});
