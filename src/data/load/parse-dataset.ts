import { FATAL_CSV_RULES, importCsv, rowForPath } from '../dataset/csv-import';
import { validateDataset } from '../dataset/validate';
import { append, type DroppedIndicator, type ValidationIssue } from '../dataset/rules';
import type { Dataset } from '../dataset/schema';
import { scanJsonText } from './json-scan';

// Turns the text of a file (JSON dataset or CSV long format) into a dataset and a report of
// every problem. Runs inside a worker for large files, so it takes and returns plain data.

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileFormat = 'json' | 'csv';

export interface ParseReport {
  fileName: string;
  format: FileFormat;
  bytes: number;
  /** Problems that refused the whole file (empty when it loaded). */
  fatal: ValidationIssue[];
  dropped: DroppedIndicator[];
  warnings: ValidationIssue[];
  kept: number;
}

export type ParseOutcome = { ok: true; dataset: Dataset; report: ParseReport } | { ok: false; report: ParseReport };

export function formatOf(fileName: string, text: string): FileFormat {
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/**
 * The file's size in UTF-8 bytes, counted from the text: encoding 25 MB only to measure it (as
 * `new Blob([text]).size` does) took longer than validating every point.
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two UTF-16 units, four bytes.
      bytes += 2;
      i += 1;
    } else bytes += 2;
  }
  return bytes;
}

export function parseDatasetText(
  text: string,
  fileName: string,
  onPhase: (phase: 'parsing' | 'validating') => void = () => {},
  /** The file's size in bytes, when the caller knows it (from the file or the downloaded body). */
  byteLength?: number,
): ParseOutcome {
  const format = formatOf(fileName, text);
  const base = { fileName, format, bytes: byteLength ?? utf8Length(text), dropped: [], warnings: [], kept: 0 };
  onPhase('parsing');
  let document: unknown;
  let rows: Map<string, number> | undefined;
  const fileIssues: ValidationIssue[] = [];
  if (format === 'json') {
    try {
      document = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, report: { ...base, fatal: [{ path: '', rule: 'not-json', detail: error instanceof Error ? error.message : String(error) }] } };
    }
  } else {
    const imported = importCsv(text, fileName);
    document = imported.document;
    rows = imported.rowOf;
    for (const issue of imported.issues) {
      const { got, ref, count } = issue;
      fileIssues.push({ path: '', rule: issue.rule, detail: issue.message, row: issue.row, ...(got === undefined ? {} : { got }), ...(ref === undefined ? {} : { ref }), ...(count === undefined ? {} : { count }) });
    }
    if (imported.issues.some((i) => FATAL_CSV_RULES.includes(i.rule))) return { ok: false, report: { ...base, fatal: fileIssues } };
  }
  onPhase('validating');
  const result = validateDataset(document);
  const withRow = (issue: ValidationIssue): ValidationIssue => {
    const row = rows ? rowForPath(rows, issue.path) : undefined;
    return row === undefined ? issue : { ...issue, row };
  };
  if (!result.ok) return { ok: false, report: { ...base, fatal: [...fileIssues, ...result.issues.map(withRow)] } };
  // What JSON.parse changed silently (rounded numbers, repeated keys) is told, not refused.
  if (format === 'json') append(fileIssues, scanJsonText(text));
  return {
    ok: true,
    dataset: result.dataset,
    report: {
      ...base,
      fatal: [],
      dropped: result.dropped.map((d) => ({ ...d, issues: d.issues.map(withRow) })),
      warnings: [...fileIssues, ...result.warnings.map(withRow)],
      kept: result.dataset.indicators.length,
    },
  };
}

/** The headings of the plain-text report, in the reader's language (English when not given). */
export interface ReportWords {
  header: (fileName: string, format: string, bytes: number) => string;
  row: (row: number) => string;
  wholeFile: string;
  refused: string;
  kept: (n: number) => string;
  dropped: (n: number) => string;
  warnings: string;
}

const ENGLISH_REPORT: ReportWords = {
  header: (fileName, format, bytes) => `${fileName} (${format}, ${bytes} bytes)`,
  row: (row) => `row ${row}`,
  wholeFile: '(file)',
  refused: 'Refused:',
  kept: (n) => `Kept: ${n} indicator(s)`,
  dropped: (n) => `Dropped: ${n} indicator(s)`,
  warnings: 'Warnings:',
};

/** The report as plain text, for the download button. */
export function reportText(
  report: ParseReport,
  describe: (issue: ValidationIssue) => string,
  detail: (issue: ValidationIssue) => string = (i) => i.detail,
  name: (d: DroppedIndicator) => string = (d) => d.id ?? `indicators[${d.index}]`,
  words: ReportWords = ENGLISH_REPORT,
): string {
  const lines = [words.header(report.fileName, report.format.toUpperCase(), report.bytes), ''];
  const place = (i: ValidationIssue) => [i.row !== undefined ? words.row(i.row) : '', i.path].filter(Boolean).join(' ');
  const line = (i: ValidationIssue) => {
    const text = detail(i);
    return `- ${place(i) || words.wholeFile}: ${describe(i)}${text ? ` — ${text}` : ''}`;
  };
  if (report.fatal.length) {
    lines.push(words.refused);
    for (const i of report.fatal) lines.push(line(i));
    lines.push('');
  }
  lines.push(words.kept(report.kept));
  if (report.dropped.length) {
    lines.push(words.dropped(report.dropped.length));
    for (const d of report.dropped) {
      const label = name(d);
      lines.push(`  ${d.id && label !== d.id ? `${label} (${d.id})` : label}`);
      for (const i of d.issues) lines.push(`  ${line(i)}`);
    }
  }
  if (report.warnings.length) {
    lines.push(words.warnings);
    for (const i of report.warnings) lines.push(line(i));
  }
  return `${lines.join('\n')}\n`;
}
