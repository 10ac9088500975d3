import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseDatasetText, type ParseOutcome } from '../src/data/load/parse-dataset';
import { xlsxToCsv, XlsxReadError } from '../src/data/dataset/xlsx-import';
import type { ValidationIssue } from '../src/data/dataset/rules';
import { ruleMessage } from '../src/describe/validation-words';
import type { Lang } from '../src/i18n/lang';

// What `npm run validate` and `npm run convert` share: reading a file or an address (JSON, CSV
// or Excel) and running the app's own import and validation on it, the very code the browser
// runs (src/data/load/parse-dataset.ts), so the command line and Open data cannot disagree.

export class UnreadableError extends Error {}

export interface CliArgs {
  input: string | undefined;
  output: string | undefined;
  lang: Lang;
  json: boolean;
  strict: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { input: undefined, output: undefined, lang: 'zh', json: false, strict: false };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--strict') args.strict = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a.includes('=') ? a.slice(7) : argv[++i];
      if (value !== 'zh' && value !== 'en') throw new UnreadableError(`--lang takes zh or en, not ${JSON.stringify(value)}`);
      args.lang = value;
    } else if (args.input === undefined) args.input = a;
    else if (args.output === undefined) args.output = a;
    else throw new UnreadableError(`Unexpected argument ${JSON.stringify(a)}`);
  }
  return args;
}

const isXlsx = (name: string, bytes: Uint8Array) => /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/** Reads a path or an http(s) address and parses it as Open data would. */
export async function readDataset(input: string): Promise<{ name: string; outcome: ParseOutcome }> {
  let bytes: Uint8Array;
  let name: string;
  if (/^https?:\/\//i.test(input)) {
    let response: Response;
    try {
      response = await fetch(input);
    } catch (error) {
      throw new UnreadableError(`${input} could not be fetched: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`);
    }
    if (!response.ok) throw new UnreadableError(`${input} answered HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
    name = basename(new URL(input).pathname) || 'download';
  } else {
    try {
      bytes = new Uint8Array(await readFile(input));
    } catch (error) {
      throw new UnreadableError(`${input} could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    name = basename(input);
  }
  let text: string;
  if (isXlsx(name, bytes)) {
    try {
      text = xlsxToCsv(bytes);
    } catch (error) {
      if (error instanceof XlsxReadError) throw new UnreadableError(`${name}: ${error.message}`);
      throw error;
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UnreadableError(`${name} is not UTF-8 text (save it as UTF-8, or as .xlsx)`);
    }
  }
  return { name, outcome: parseDatasetText(text, name, undefined, bytes.length) };
}

export interface Problem {
  severity: 'refused' | 'dropped' | 'warning';
  /** The JSON path, '' for the file as a whole. */
  path: string;
  /** The row of a CSV or Excel file (the header is row 1). */
  row: number | undefined;
  rule: string;
  /** The rule, in the language asked for. */
  message: string;
  /** What exactly was wrong, naming the value (English, as the validator words it). */
  detail: string;
  /** The indicator left out, for a dropped one. */
  indicator?: string | undefined;
}

export function problems(outcome: ParseOutcome, lang: Lang): Problem[] {
  const one = (severity: Problem['severity'], i: ValidationIssue, indicator?: string): Problem => ({
    severity,
    path: i.path,
    row: i.row,
    rule: i.rule,
    message: ruleMessage(i.rule, lang),
    detail: i.detail,
    ...(indicator !== undefined ? { indicator } : {}),
  });
  const { report } = outcome;
  return [
    ...report.fatal.map((i) => one('refused', i)),
    ...report.dropped.flatMap((d) => d.issues.map((i) => one('dropped', i, d.id ?? `indicators[${d.index}]`))),
    ...report.warnings.map((i) => one('warning', i)),
  ];
}

const WORDS = {
  zh: {
    refused: '拒收',
    dropped: '剔除指标',
    warning: '提醒',
    row: (n: number) => `第${n}行`,
    file: '（整个文件）',
    valid: (kept: number) => `校验通过：${kept} 项指标。`,
    invalid: (kept: number, n: number) => `发现 ${n} 个问题；可显示的指标 ${kept} 项。`,
    refusedAll: (n: number) => `文件未通过校验（${n} 个问题），无法显示。`,
  },
  en: {
    refused: 'refused',
    dropped: 'dropped',
    warning: 'warning',
    row: (n: number) => `row ${n}`,
    file: '(the file)',
    valid: (kept: number) => `Valid: ${kept} indicator(s).`,
    invalid: (kept: number, n: number) => `${n} problem(s) found; ${kept} indicator(s) can be shown.`,
    refusedAll: (n: number) => `The file is refused (${n} problem(s)); nothing can be shown.`,
  },
} as const;

export function problemLine(p: Problem, lang: Lang): string {
  const w = WORDS[lang];
  const place = [p.row !== undefined ? w.row(p.row) : '', p.path].filter(Boolean).join(' ') || w.file;
  const who = p.indicator ? ` [${p.indicator}]` : '';
  return `${w[p.severity]}${who} ${place}: ${p.message} (${p.rule}) — ${p.detail}`;
}

export function summaryLine(outcome: ParseOutcome, found: readonly Problem[], lang: Lang): string {
  const w = WORDS[lang];
  if (!outcome.ok) return w.refusedAll(found.length);
  return found.length === 0 ? w.valid(outcome.report.kept) : w.invalid(outcome.report.kept, found.length);
}

/** 0: valid; 1: problems (warnings count only with --strict). */
export function exitCode(outcome: ParseOutcome, strict: boolean): 0 | 1 {
  const { report } = outcome;
  if (!outcome.ok || report.dropped.length > 0) return 1;
  return strict && report.warnings.length > 0 ? 1 : 0;
}
