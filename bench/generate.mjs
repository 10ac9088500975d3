#!/usr/bin/env node
// Writes the seeded large dataset as JSON.
//   node bench/generate.mjs out.json [--regions 31] [--indicators 40] [--months 360] [--seed 8] [--lastYear 2025]
//   node bench/generate.mjs out.json --case regions   (1,000 regions)  |  --case long   (120,000 months)
import { writeFile } from 'node:fs/promises';
import { loadGenerator } from './lib/generator.mjs';

const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!out) {
  console.error('usage: node bench/generate.mjs out.json [--case regions|long] [--regions N] [--indicators N] [--months N] [--seed N] [--lastYear YYYY]');
  process.exit(2);
}
const { generateLargeDataset, LARGE_DATASET_DEFAULTS, LARGE_REGIONS_CASE, LONG_SERIES_CASE } = await loadGenerator();
const cases = { regions: LARGE_REGIONS_CASE, long: LONG_SERIES_CASE };
const caseName = args[args.indexOf('--case') + 1];
if (args.includes('--case') && !cases[caseName]) {
  console.error(`unknown --case ${caseName}: regions or long`);
  process.exit(2);
}
const options = { lastYear: 2025, ...(args.includes('--case') ? cases[caseName] : LARGE_DATASET_DEFAULTS) };
for (const key of Object.keys(options)) {
  const i = args.indexOf(`--${key}`);
  if (i >= 0) options[key] = Number(args[i + 1]);
}
const json = JSON.stringify(generateLargeDataset(options));
await writeFile(out, json);
console.log(`${out}: ${(json.length / 1e6).toFixed(1)} MB, ${JSON.stringify(options)}`);
