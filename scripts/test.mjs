#!/usr/bin/env node
// `npm test`: every check CI runs, in order, on a fresh machine or a used one: lint, types,
// unit tests, the production build, end-to-end tests against that build in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureDependencies } from './setup.mjs';

ensureDependencies();
ensureChromium();

mkdirSync('test-results', { recursive: true });
const unitReport = 'test-results/unit.json';
const e2eReport = 'test-results/e2e.json';
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['types', 'npx', ['tsc', '-b']],
  ['unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]],
  ['build', 'npx', ['vite', 'build']],
  ['prerender', 'node', ['scripts/prerender.mjs', '--dir', 'dist']],
  ['e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport }],
];

for (const [name, command, args, env = {}] of steps) {
  console.log(`\n» ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed`);
    summary();
    process.exit(result.status ?? 1);
  }
}
summary();

function summary() {
  let passed = 0;
  let failed = 0;
  try {
    const unit = JSON.parse(readFileSync(unitReport, 'utf8'));
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  } catch {
    /* the unit step did not run */
  }
  try {
    const { stats } = JSON.parse(readFileSync(e2eReport, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  } catch {
    /* the e2e step did not run */
  }
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
}
