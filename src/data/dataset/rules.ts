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
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export interface ValidationIssue {
  /** JSON path such as `indicators[3].series[0].points[5].value`; '' is the document itself. */
  path: string;
  rule: RuleCode;
  /** English, naming the offending value. */
  detail: string;
  /** For a dataset read from CSV: the file's row behind the path (the header is row 1). */
  row?: number;
}

export interface DroppedIndicator {
  index: number;
  id: string | null;
  issues: ValidationIssue[];
}

