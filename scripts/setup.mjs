// What a fresh machine lacks for this project: its npm dependencies and a Chromium for the
// end-to-end tests. Used by `npm start` and `npm test`; only Node's own modules here, because
// it runs before node_modules exists.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const run = (command) => execSync(command, { stdio: 'inherit' });

export function ensureDependencies() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json';
  if (!existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs) {
    console.log('» installing npm dependencies (npm ci)');
    run('npm ci --no-audit --no-fund');
  }
}

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const path = require('playwright-core').chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Debian's Chromium (this project's machines cannot download Playwright's), else Playwright's own. */
export function ensureChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return;
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
  }
  if (existsSync('/usr/bin/chromium') || playwrightChromium()) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('» installing Chromium and CJK fonts from Debian');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk');
    return;
  }
  console.log('» installing Playwright’s Chromium');
  run('npx playwright install chromium');
}
