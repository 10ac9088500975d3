import { exitCode, parseArgs, problemLine, problems, readDataset, summaryLine, UnreadableError } from './dataset-cli';

// npm run validate -- <file or URL> [--lang zh|en] [--json] [--strict]
// Runs the dashboard's own validator on a dataset (JSON, CSV or Excel .xlsx) and lists every
// problem with its place, rule and value. Exit 0: valid; 1: problems; 2: the file cannot be read.

const USAGE = 'usage: npm run validate -- <file.json|file.csv|file.xlsx|https://…> [--lang zh|en] [--json] [--strict]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!args.input) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const { name, outcome } = await readDataset(args.input);
    const found = problems(outcome, args.lang);
    const code = exitCode(outcome, args.strict);
    if (args.json) {
      const { report } = outcome;
      const body = { file: name, format: report.format, bytes: report.bytes, valid: code === 0, kept: report.kept, problems: found };
      process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    } else {
      for (const p of found) process.stdout.write(`${problemLine(p, args.lang)}\n`);
      process.stdout.write(`${name}: ${summaryLine(outcome, found, args.lang)}\n`);
    }
    return code;
  } catch (error) {
    if (!(error instanceof UnreadableError)) throw error;
    if (args.json) process.stdout.write(`${JSON.stringify({ file: args.input, valid: false, unreadable: error.message }, null, 2)}\n`);
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = await main();
