import { parsePeriod, periodFrequency, timeOf, type Frequency } from '../../lib/periods';
import { indicatorSchema } from './schema';
import { isObject, show } from './issue-text';
import { append, type RuleCode, type ValidationIssue } from './rules';

// What a schema cannot see from one value alone: references between parts (regions, themes,
// sources, indicators), ids and periods that must be unique, periods against the frequency.

const frequencySchema = indicatorSchema.shape.frequency;

const ADJECTIVE: Record<Frequency, string> = { year: 'yearly', quarter: 'quarterly', month: 'monthly' };

export interface KnownIds {
  regions: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

/**
 * Cross-references and uniqueness inside one indicator. They are read from the raw input, not
 * the parsed one, so they are reported even when the same indicator has other faults.
 */
export function indicatorReferenceIssues(raw: unknown, path: string, known: KnownIds): ValidationIssue[] {
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
        append(issues, unknownRegion);
      } else if (earlier === undefined) {
        seriesOf.set(series.region, s);
      } else {
        const at = `${path}.series[${earlier}]`;
        const detail = `Region ${show(series.region)} already has a series at ${at}`;
        issues.push({ path: `${seriesPath}.region`, rule: 'duplicate-region-series', detail, got: show(series.region), ref: at });
      }
    }
    if (Array.isArray(series.points)) {
      append(issues, pointReferenceIssues(series.points, seriesPath, frequency.success ? frequency.data : null, known));
    }
  });
  return issues;
}

function pointReferenceIssues(points: unknown[], path: string, frequency: Frequency | null, known: KnownIds): ValidationIssue[] {
  if (cleanInOrder(points, frequency, known.sources)) return [];
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
        issues.push({ path: `${pointPath()}.period`, rule: 'period-frequency', detail, got: show(period), ref: frequency });
      }
      const earlier = pointOf.get(period);
      if (earlier === undefined) {
        pointOf.set(period, p);
      } else {
        const at = `${path}.points[${earlier}]`;
        const detail = `Period ${show(period)} already appears at ${at}`;
        issues.push({ path: `${pointPath()}.period`, rule: 'duplicate-period', detail, got: show(period), ref: at });
      }
    }
    if (typeof point.source === 'string' && !known.sources.has(point.source)) {
      append(issues, reference(point.source, known.sources, 'unknown-source', `${pointPath()}.source`, 'sources'));
    }
  });
  return issues;
}

/**
 * True when the points can have none of the faults above: every period readable, of the
 * indicator's frequency and later than the one before (so none repeats), every source known.
 * Nearly every series of a large file is written in time order, and this one pass with no map
 * of 120,000 period strings is what makes its check cheap; any other series takes the full
 * check, which names each fault.
 */
function cleanInOrder(points: unknown[], frequency: Frequency | null, sources: ReadonlySet<string>): boolean {
  let last = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    if (!isObject(point)) continue;
    const { period, source } = point;
    if (typeof period === 'string') {
      const time = timeOf(period);
      if (!(time > last)) return false;
      last = time;
      if (frequency !== null && periodFrequency(period) !== frequency) return false;
    }
    if (typeof source === 'string' && !sources.has(source)) return false;
  }
  return true;
}

/** Every later use of an id already taken by an earlier entry, by entry index: the first keeps it. */
export function duplicateIds(list: unknown, name: string): Map<number, ValidationIssue> {
  const duplicates = new Map<number, ValidationIssue>();
  if (!Array.isArray(list)) return duplicates;
  const firstOf = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.id !== 'string') return;
    const first = firstOf.get(entry.id);
    if (first === undefined) {
      firstOf.set(entry.id, index);
    } else {
      const at = `${name}[${first}]`;
      const detail = `Id ${show(entry.id)} is already used by ${at}`;
      duplicates.set(index, { path: `${name}[${index}].id`, rule: 'duplicate-id', detail, got: show(entry.id), ref: at });
    }
  });
  return duplicates;
}

export function reference(
  id: string | undefined,
  known: ReadonlySet<string>,
  rule: RuleCode,
  path: string,
  where: string,
): ValidationIssue[] {
  if (id === undefined || known.has(id)) return [];
  return [{ path, rule, detail: `${show(id)} is not an id in ${where}`, got: show(id), ref: where }];
}
