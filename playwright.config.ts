import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (this project's machines cannot download Playwright's
// browsers); elsewhere Playwright's own. CHROMIUM_PATH overrides both.
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// E2E_PORT and E2E_DIST let several builds be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
export const BASE_PATH = '/apps/industry/';

export default defineConfig({
  testDir: 'e2e',
  // Runs side by side must not clear each other's artefacts.
  outputDir: process.env.E2E_DIST ? `test-results/${DIST}` : 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // CI machines have two cores: one browser at a time keeps timings far from every timeout,
  // and one retry absorbs a stall of the machine (Playwright reports such a test as flaky).
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  timeout: 45_000,
  // Two cores run two browsers and the server: allow for a slow machine, never for a hang.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        // Host pages in the embed tests are answered by the test itself on 127.0.0.x, which
        // Chromium would then treat as a public site reaching into the loopback network.
        '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
      ],
    },
  },
  projects: [
    // e2e/large-file.spec.ts is a measurement (minutes long), not a check: run it on purpose,
    // with LARGE_FILE_MB=20,40 (see docs/data-format.md).
    { name: 'mocked', testIgnore: process.env.LARGE_FILE_MB ? /real\// : [/real\//, /large-file\.spec\.ts/] },
    { name: 'real', testMatch: /real\/.*\.spec\.ts/ },
  ],
  webServer: {
    // The production build, served from a sub-path with the strict CSP, as on an intranet.
    // stats.example stands for an intranet data API listed in allowedDataOrigins; tests mock it.
    // 127.0.0.1 and 127.0.0.2 are second and third origins for host pages that embed charts.
    command: `node scripts/serve.mjs --dir ${DIST} --port ${PORT} --base ${BASE_PATH} --connect-src https://stats.example --frame-ancestors "'self' http://127.0.0.1:${PORT} http://127.0.0.2:${PORT}"`,
    url: `http://localhost:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
