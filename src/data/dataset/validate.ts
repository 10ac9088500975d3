import { z } from 'zod/mini';
import { DATASET_FORMAT, annotationSchema, datasetSchema, isHttpUrl, milestoneSchema, type Dataset, type Indicator } from './schema';
import { fromZod, isObject, show } from './issue-text';
import { parseIndicator } from './plain-points';
import { duplicateIds, indicatorReferenceIssues, reference, type KnownIds } from './references';
import { append, capIssues, type DroppedIndicator, type ValidationIssue } from './rules';
import { planEntries } from './plan-entries';


// Checks a fetched document against `indicator-dataset/v1` and decides what each fault costs:
// a broken frame (format, top-level fields, regions, themes, sources) refuses the whole load,
// a broken indicator drops only itself, a broken annotation or milestone is only a warning.
// Every fault found is reported with its JSON path, so a publisher can fix a file in one pass.

// Indicators are left as plain items here and checked one at a time below, so that a broken
// indicator costs only itself; annotations and milestones are likewise checked entry by entry.
const frameSchema = z.extend(z.omit(datasetSchema, { format: true, indicators: true, annotations: true, milestones: true, targets: true, plans: true, breaks: true }), {
  indicators: z.array(z.unknown()).check(z.minLength(1)),
});

export type ValidationResult =
  | { ok: true; dataset: Dataset; dropped: DroppedIndicator[]; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

export function validateDataset(input: unknown): ValidationResult {
  if (!isObject(input)) {
    return { ok: false, issues: [{ path: '', rule: 'not-object', detail: `Expected a JSON object; got ${show(input)}`, got: show(input) }] };
  }
  if (input.format !== DATASET_FORMAT) {
    // Another format's fields mean other things, so checking them against v1 would only add noise.
    const detail = `Expected "${DATASET_FORMAT}"; got ${show(input.format)}`;
    return { ok: false, issues: [{ path: 'format', rule: 'unsupported-format', detail, got: show(input.format), ref: DATASET_FORMAT }] };
  }

  const linkWarnings: ValidationIssue[] = [];
  const frameInput = { ...input, sources: unlinkedSources(input.sources, linkWarnings) };
  const frame = frameSchema.safeParse(frameInput);
  const structural = frame.success ? [] : fromZod(frame.error.issues, frameInput, '');
  for (const list of ['regions', 'themes', 'sources'] as const) {
    append(structural, duplicateIds(input[list], list).values());
  }
  // Indicators are checked against the regions, themes and sources, so only once those are sound.
  if (!frame.success || structural.length > 0) return { ok: false, issues: capIssues(structural, '', 200) };

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
    append(issues, indicatorReferenceIssues(raw, path, known));
    const duplicate = duplicates.get(index);
    if (duplicate) issues.push(duplicate);
    if (parsed.success && issues.length === 0) indicators.push(parsed.data);
    else dropped.push({ index, id: isObject(raw) && typeof raw.id === 'string' ? raw.id : null, name: nameOf(raw), issues: capIssues(issues, path) });
  });
  if (indicators.length === 0) return { ok: false, issues: dropped.flatMap((d) => d.issues) };

  const warnings: ValidationIssue[] = linkWarnings;
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

  const { targets, plans, breaks } = planEntries(input, known, indicators, warnings);

  const dataset: Dataset = { ...frame.data, format: DATASET_FORMAT, indicators, annotations, milestones, targets, plans, breaks };
  return { ok: true, dataset, dropped, warnings };
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
    warnings.push({ path: name, rule: 'type', detail: `Expected an array; got ${show(raw)}`, got: show(raw), ref: 'array' });
    return [];
  }
  const kept: T[] = [];
  raw.forEach((entry: unknown, index) => {
    const path = `${name}[${index}]`;
    const parsed = schema.safeParse(entry);
    const issues = parsed.success ? references(parsed.data, path) : fromZod(parsed.error.issues, entry, path);
    if (parsed.success && issues.length === 0) kept.push(parsed.data);
    append(warnings, capIssues(issues, path));
  });
  return kept;
}

/**
 * One bad link must not hide the numbers: a source whose `url` is text but not an http(s)
 * address keeps its entry, with the address moved to `urlText` (shown as text) and a warning.
 */
function unlinkedSources(sources: unknown, warnings: ValidationIssue[]): unknown {
  if (!Array.isArray(sources)) return sources;
  return sources.map((source: unknown, index) => {
    if (!isObject(source) || typeof source.url !== 'string' || isHttpUrl(source.url)) return source;
    const { url, ...rest } = source;
    const got = show(url);
    warnings.push({ path: `sources[${index}].url`, rule: 'url-not-link', detail: `${got} is not an http: or https: address; it is shown as text, not as a link`, got });
    // Shown in full up to a length that cannot flood a source list.
    return { ...rest, urlText: url.length > 500 ? `${url.slice(0, 499)}…` : url };
  });
}

/** An indicator's name as the file writes it, if it is text: how a reader knows which one was dropped. */
function nameOf(raw: unknown): DroppedIndicator['name'] {
  if (!isObject(raw)) return undefined;
  const { name } = raw;
  if (typeof name === 'string' && name.trim() !== '') return name.slice(0, 200);
  if (!isObject(name)) return undefined;
  const text: Record<string, string> = {};
  for (const [lang, value] of Object.entries(name)) if (typeof value === 'string' && value.trim() !== '') text[lang] = value.slice(0, 200);
  return Object.keys(text).length > 0 ? text : undefined;
}
