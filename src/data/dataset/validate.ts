import { z } from 'zod/mini';
import { comparePeriods, parsePeriod, type Frequency } from '../../lib/periods';
import {
  DATASET_FORMAT,
  annotationSchema,
  datasetSchema,
  indicatorSchema,
  milestoneSchema,
  pointStatusSchema,
  type Dataset,
  type Indicator,
  type Point,
} from './schema';

// Checks a fetched document against `indicator-dataset/v1` and decides what each fault costs:
// a broken frame (format, top-level fields, regions, themes, sources) refuses the whole load,
// a broken indicator drops only itself, a broken annotation or milestone is only a warning.
// Every fault found is reported with its JSON path, so a publisher can fix a file in one pass.

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

export type ValidationResult =
  | { ok: true; dataset: Dataset; dropped: DroppedIndicator[]; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

// Indicators are left as plain items here and checked one at a time below, so that a broken
// indicator costs only itself; annotations and milestones are likewise checked entry by entry.
const frameSchema = z.extend(z.omit(datasetSchema, { format: true, indicators: true, annotations: true, milestones: true }), {
  indicators: z.array(z.unknown()).check(z.minLength(1)),
});

const frequencySchema = indicatorSchema.shape.frequency;

// Large datasets are hundreds of thousands of points, nearly all of them plain: a period, a
// number and a source. Checking each through zod's general object parser takes seconds, so an
// indicator whose every point passes the same rules checked by hand here is parsed with its
// points taken as they are; any other indicator goes through the full schema, which finds and
// names every fault. Both give the same result for a plain point (a unit test compares them).
const POINT_STATUSES: ReadonlySet<unknown> = new Set(pointStatusSchema.options);

function isPlainPoint(point: unknown): boolean {
  if (!isObject(point)) return false;
  const { period, value, source, status } = point;
  return (
    typeof period === 'string' &&
    parsePeriod(period) !== null &&
    (value === null || (typeof value === 'number' && Number.isFinite(value))) &&
    (source === null || typeof source === 'string') &&
    (status === undefined || POINT_STATUSES.has(status)) &&
    onlyPointKeys(point)
  );
}

/** No key beyond these four (the full schema would drop an unknown one, and report a note's faults). */
function onlyPointKeys(point: Record<string, unknown>): boolean {
  for (const key in point) {
    if (key !== 'period' && key !== 'value' && key !== 'source' && key !== 'status') return false;
  }
  return true;
}

function hasOnlyPlainPoints(raw: unknown): boolean {
  if (!isObject(raw) || !Array.isArray(raw.series)) return false;
  return raw.series.every((series: unknown) => isObject(series) && Array.isArray(series.points) && series.points.every(isPlainPoint));
}

/**
 * Plain points are kept as the parser made them (they hold exactly the keys of a Point): making
 * a copy of each of hundreds of thousands of points cost more in garbage collection than all the
 * checks. Only -0 becomes 0, as in the full schema; the list is put in time order.
 */
function plainPoints(points: unknown[]): Point[] {
  const kept = points as Point[];
  for (const point of kept) if (point.value === 0) point.value = 0;
  return kept.slice().sort((a, b) => comparePeriods(a.period, b.period));
}

const plainIndicatorSchema = z.extend(indicatorSchema, {
  series: z
    .array(
      z.object({
        region: z.string(),
        points: z.pipe(z.custom<unknown[]>((v) => Array.isArray(v)), z.transform(plainPoints)),
      }),
    )
    .check(z.minLength(1)),
});

/** The indicator as the full schema would give it, by the fast way when its points allow. */
export function parseIndicator(raw: unknown) {
  return (hasOnlyPlainPoints(raw) ? plainIndicatorSchema : indicatorSchema).safeParse(raw);
}

const ADJECTIVE: Record<Frequency, string> = { year: 'yearly', quarter: 'quarterly', month: 'monthly' };

interface KnownIds {
  regions: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export function validateDataset(input: unknown): ValidationResult {
  if (!isObject(input)) {
    return { ok: false, issues: [{ path: '', rule: 'not-object', detail: `Expected a JSON object; got ${show(input)}` }] };
  }
  if (input.format !== DATASET_FORMAT) {
    // Another format's fields mean other things, so checking them against v1 would only add noise.
    const detail = `Expected "${DATASET_FORMAT}"; got ${show(input.format)}`;
    return { ok: false, issues: [{ path: 'format', rule: 'unsupported-format', detail }] };
  }

  const frame = frameSchema.safeParse(input);
  const structural = frame.success ? [] : fromZod(frame.error.issues, input, '');
  for (const list of ['regions', 'themes', 'sources'] as const) {
    structural.push(...duplicateIds(input[list], list).values());
  }
  // Indicators are checked against the regions, themes and sources, so only once those are sound.
  if (!frame.success || structural.length > 0) return { ok: false, issues: structural };

  const known: KnownIds = {
    regions: new Set(frame.data.regions.map((r) => r.id)),
    themes: new Set(frame.data.themes.map((t) => t.id)),
    sources: new Set(frame.data.sources.map((s) => s.id)),
  };

  const indicators: Indicator[] = [];
  const dropped: DroppedIndicator[] = [];
  const duplicates = duplicateIds(frame.data.indicators, 'indicators');
  frame.data.indicators.forEach((raw, index) => {
    const path = `indicators[${index}]`;
    const parsed = parseIndicator(raw);
    const issues = parsed.success ? [] : fromZod(parsed.error.issues, raw, path);
    issues.push(...indicatorReferenceIssues(raw, path, known));
    const duplicate = duplicates.get(index);
    if (duplicate) issues.push(duplicate);
    if (parsed.success && issues.length === 0) indicators.push(parsed.data);
    else dropped.push({ index, id: isObject(raw) && typeof raw.id === 'string' ? raw.id : null, issues });
  });
  if (indicators.length === 0) return { ok: false, issues: dropped.flatMap((d) => d.issues) };

  const warnings: ValidationIssue[] = [];
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const annotations = optionalEntries(input.annotations, 'annotations', annotationSchema, warnings, (a, path) => [
    ...reference(a.source, known.sources, 'unknown-source', `${path}.source`, 'sources'),
    ...reference(a.indicator, indicatorIds, 'unknown-indicator', `${path}.indicator`, 'the loaded indicators'),
    ...reference(a.region, known.regions, 'unknown-region', `${path}.region`, 'regions'),
  ]);
  const milestones = optionalEntries(input.milestones, 'milestones', milestoneSchema, warnings, (m, path) => [
    ...reference(m.theme, known.themes, 'unknown-theme', `${path}.theme`, 'themes'),
    ...reference(m.source, known.sources, 'unknown-source', `${path}.source`, 'sources'),
  ]);

  const dataset: Dataset = { ...frame.data, format: DATASET_FORMAT, indicators, annotations, milestones };
  return { ok: true, dataset, dropped, warnings };
}

/**
 * Cross-references and uniqueness inside one indicator. They are read from the raw input, not
 * the parsed one, so they are reported even when the same indicator has other faults.
 */
function indicatorReferenceIssues(raw: unknown, path: string, known: KnownIds): ValidationIssue[] {
  if (!isObject(raw)) return [];
  const theme = typeof raw.theme === 'string' ? raw.theme : undefined;
  const issues = reference(theme, known.themes, 'unknown-theme', `${path}.theme`, 'themes');
  if (!Array.isArray(raw.series)) return issues;

  const frequency = frequencySchema.safeParse(raw.frequency);
  const seriesOf = new Map<string, number>();
  raw.series.forEach((series: unknown, s) => {
    if (!isObject(series)) return;
    const seriesPath = `${path}.series[${s}]`;
    if (typeof series.region === 'string') {
      const unknownRegion = reference(series.region, known.regions, 'unknown-region', `${seriesPath}.region`, 'regions');
      const earlier = seriesOf.get(series.region);
      if (unknownRegion.length > 0) {
        issues.push(...unknownRegion);
      } else if (earlier === undefined) {
        seriesOf.set(series.region, s);
      } else {
        const detail = `Region ${show(series.region)} already has a series at ${path}.series[${earlier}]`;
        issues.push({ path: `${seriesPath}.region`, rule: 'duplicate-region-series', detail });
      }
    }
    if (Array.isArray(series.points)) {
      issues.push(...pointReferenceIssues(series.points, seriesPath, frequency.success ? frequency.data : null, known));
    }
  });
  return issues;
}

function pointReferenceIssues(points: unknown[], path: string, frequency: Frequency | null, known: KnownIds): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const pointOf = new Map<string, number>();
  points.forEach((point: unknown, p) => {
    if (!isObject(point)) return;
    // Built only for an issue: hundreds of thousands of clean points need no path.
    const pointPath = () => `${path}.points[${p}]`;
    const period = typeof point.period === 'string' ? point.period : null;
    // A period that does not parse is already reported as 'period-format' by the schema.
    const parsed = period === null ? null : parsePeriod(period);
    if (period !== null && parsed) {
      if (frequency !== null && parsed.frequency !== frequency) {
        const detail = `Period ${show(period)} is ${ADJECTIVE[parsed.frequency]} but the indicator's frequency is ${frequency}`;
        issues.push({ path: `${pointPath()}.period`, rule: 'period-frequency', detail });
      }
      const earlier = pointOf.get(period);
      if (earlier === undefined) {
        pointOf.set(period, p);
      } else {
        const detail = `Period ${show(period)} already appears at ${path}.points[${earlier}]`;
        issues.push({ path: `${pointPath()}.period`, rule: 'duplicate-period', detail });
      }
    }
    if (typeof point.source === 'string' && !known.sources.has(point.source)) {
      issues.push(...reference(point.source, known.sources, 'unknown-source', `${pointPath()}.source`, 'sources'));
    }
  });
  return issues;
}

/** Every later use of an id already taken by an earlier entry, by entry index: the first keeps it. */
function duplicateIds(list: unknown, name: string): Map<number, ValidationIssue> {
  const duplicates = new Map<number, ValidationIssue>();
  if (!Array.isArray(list)) return duplicates;
  const firstOf = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.id !== 'string') return;
    const first = firstOf.get(entry.id);
    if (first === undefined) {
      firstOf.set(entry.id, index);
    } else {
      const detail = `Id ${show(entry.id)} is already used by ${name}[${first}]`;
      duplicates.set(index, { path: `${name}[${index}].id`, rule: 'duplicate-id', detail });
    }
  });
  return duplicates;
}

function reference(
  id: string | undefined,
  known: ReadonlySet<string>,
  rule: RuleCode,
  path: string,
  where: string,
): ValidationIssue[] {
  if (id === undefined || known.has(id)) return [];
  return [{ path, rule, detail: `${show(id)} is not an id in ${where}` }];
}

/**
 * Annotations and milestones only decorate charts, so a bad entry is left out with a warning
 * instead of costing the load.
 */
function optionalEntries<T>(
  raw: unknown,
  name: 'annotations' | 'milestones',
  schema: z.ZodMiniType<T>,
  warnings: ValidationIssue[],
  references: (entry: T, path: string) => ValidationIssue[],
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warnings.push({ path: name, rule: 'type', detail: `Expected an array; got ${show(raw)}` });
    return [];
  }
  const kept: T[] = [];
  raw.forEach((entry: unknown, index) => {
    const path = `${name}[${index}]`;
    const parsed = schema.safeParse(entry);
    const issues = parsed.success ? references(parsed.data, path) : fromZod(parsed.error.issues, entry, path);
    if (parsed.success && issues.length === 0) kept.push(parsed.data);
    warnings.push(...issues);
  });
  return kept;
}

function fromZod(issues: readonly z.core.$ZodIssue[], root: unknown, base: string): ValidationIssue[] {
  return issues.map((issue) => {
    const path = joinPath(base, issue.path);
    const value = valueAt(root, issue.path);
    if (value === undefined) {
      return { path, rule: 'required', detail: `Required field ${show(String(issue.path.at(-1) ?? ''))} is missing` };
    }
    const got = `got ${show(value)}`;
    switch (issue.code) {
      case 'custom':
        return { path, rule: ruleParam(issue.params), detail: `${issue.message}; ${got}` };
      case 'invalid_union':
        // Text is the format's only union.
        return { path, rule: 'text', detail: `${issue.message}; ${got}` };
      case 'invalid_type':
        return {
          path,
          rule: issue.expected === 'object' ? 'not-object' : 'type',
          detail: `Expected ${withArticle(issue.expected)}; ${got}`,
        };
      case 'invalid_value':
        return { path, rule: 'enum', detail: `Expected one of ${issue.values.map((v) => show(v)).join(', ')}; ${got}` };
      case 'too_small':
        return { path, rule: 'min-items', detail: `Expected at least ${String(issue.minimum)} entry; ${got}` };
      default:
        return { path, rule: 'type', detail: `${issue.message}; ${got}` };
    }
  });
}

/** The rule a schema check attached to its issue (see `rule()` in schema.ts). */
function ruleParam(params: Record<string, unknown> | undefined): RuleCode {
  const code = params?.rule;
  return RULE_CODES.find((c) => c === code) ?? 'type';
}

function withArticle(expected: string): string {
  if (expected === 'null' || expected === 'undefined') return expected;
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function joinPath(base: string, segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = String(segment);
    // Language tags such as zh-Hans are not identifiers; bracket them so the path stays readable.
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
    return path === '' ? key : `${path}.${key}`;
  }, base);
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SHOWN_LENGTH = 80;

/** A value as text for a detail line, cut short so that one huge value cannot flood the list. */
function show(value: unknown): string {
  let text: string;
  if (value === undefined) text = 'nothing';
  else if (typeof value === 'string') text = JSON.stringify(value);
  // JSON.stringify writes NaN and Infinity as null, which would hide the actual fault.
  else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'symbol') text = String(value);
  else if (typeof value === 'function') text = 'a function';
  else {
    try {
      text = JSON.stringify(value);
    } catch {
      text = Object.prototype.toString.call(value);
    }
  }
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}
