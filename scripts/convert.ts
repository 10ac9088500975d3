import { writeFile } from 'node:fs/promises';
import { exitCode, parseArgs, problemLine, problems, readDataset, summaryLine, UnreadableError } from './dataset-cli';

// npm run convert -- <in.csv|in.xlsx|in.json> <out.json> [--lang zh|en]
// Writes the dataset file (indicator-dataset/v1) that the dashboard would show for the input,
// after the same validation. Nothing is written when anything is refused or left out: exit 1
// with the problems; 2 when the input cannot be read.

const USAGE = 'usage: npm run convert -- <in.csv|in.xlsx|in.json> <out.json> [--lang zh|en]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!args.input || !args.output) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const { name, outcome } = await readDataset(args.input);
    const found = problems(outcome, args.lang);
    for (const p of found) process.stderr.write(`${problemLine(p, args.lang)}\n`);
    process.stderr.write(`${name}: ${summaryLine(outcome, found, args.lang)}\n`);
    if (!outcome.ok || exitCode(outcome, false) !== 0) return 1;
    await writeFile(args.output, `${JSON.stringify(outcome.dataset, null, 2)}\n`);
    process.stderr.write(`→ ${args.output}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof UnreadableError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = await main();
