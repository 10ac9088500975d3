// The rules of the dataset format, by code, and the shape of what validation reports: every
// issue with its JSON path, its rule and a detail naming the offending value.

export const RULE_CODES = [
  'unsupported-format',
  'not-object',
  'required',
  'type',
  'slug',
  'date',
  'text',
  'url-scheme',
  'enum',
  'min-items',
  'integer-range',
  'finite-number',
  'period-format',
  'period-frequency',
  'duplicate-period',
  'duplicate-id',
  'duplicate-region-series',
  'unknown-region',
  'unknown-theme',
  'unknown-source',
  'unknown-indicator',
  'duplicate-target',
  'break-before-data',
  'not-json',
  'csv-columns',
  'csv-empty',
  'csv-row',
  'csv-unknown-column',
  'csv-source-not-link',
  'url-not-link',
  'inexact-number',
  'duplicate-key',
  'more-issues',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export interface ValidationIssue {
  /** JSON path such as `indicators[3].series[0].points[5].value`; '' is the document itself. */
  path: string;
  rule: RuleCode;
  /** English, naming the offending value (describe/validation-words.ts words it in each language). */
  detail: string;
  /** The offending value as shown (short), for wording the detail in another language. */
  got?: string;
  /** What the detail refers to: the earlier place of a duplicate, the list an id is missing from, the expected type. */
  ref?: string;
  /** For 'more-issues': how many further issues of the same part were not listed. */
  count?: number;
  /** For a dataset read from CSV: the file's row behind the path (the header is row 1). */
  row?: number;
}

export interface DroppedIndicator {
  index: number;
  id: string | null;
  /** The indicator's name as the file gives it (the readable one to show), when it has one. */
  name?: string | Record<string, string>;
  issues: ValidationIssue[];
}

/** Warnings about data that is kept as read (a link shown as text, a number rounded by the parser), not left out. */
export const KEPT_WARNING_RULES: readonly RuleCode[] = ['url-not-link', 'inexact-number', 'duplicate-key', 'csv-source-not-link', 'csv-unknown-column'];

/** At most this many issues are listed for one part (an indicator, the frame); the rest are counted. */
export const MAX_LISTED_ISSUES = 10;

/** The first issues of a part and, when there are more, one 'more-issues' entry counting the rest. */
export function capIssues(issues: ValidationIssue[], path: string, max = MAX_LISTED_ISSUES): ValidationIssue[] {
  if (issues.length <= max) return issues;
  const count = issues.length - max;
  const listed = issues.slice(0, max);
  listed.push({ path, rule: 'more-issues', detail: `and ${count.toLocaleString('en-US')} more`, count });
  return listed;
}

/** Appends one by one: `target.push(...items)` passes every item as an argument and overflows the stack for long lists. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

