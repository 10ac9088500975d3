#!/usr/bin/env node
// Writes the seeded large dataset as JSON.
//   node bench/generate.mjs out.json [--regions 31] [--indicators 40] [--months 360] [--seed 8]
import { writeFile } from 'node:fs/promises';
import { loadGenerator } from './lib/generator.mjs';

const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!out) {
  console.error('usage: node bench/generate.mjs out.json [--regions N] [--indicators N] [--months N] [--seed N]');
  process.exit(2);
}
const { generateLargeDataset, LARGE_DATASET_DEFAULTS } = await loadGenerator();
const options = { ...LARGE_DATASET_DEFAULTS };
for (const key of Object.keys(options)) {
  const i = args.indexOf(`--${key}`);
  if (i >= 0) options[key] = Number(args[i + 1]);
}
const json = JSON.stringify(generateLargeDataset(options));
await writeFile(out, json);
console.log(`${out}: ${(json.length / 1e6).toFixed(1)} MB, ${JSON.stringify(options)}`);
