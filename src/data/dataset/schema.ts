import './zod-setup';
import { z } from 'zod/mini';
import { comparePeriods, parsePeriod } from '../../lib/periods';
import type { RuleCode } from './rules';

// The dataset format `indicator-dataset/v1` (shared/spec/dataset-format.md) as zod schemas, the
// single source of the TypeScript types. What a schema cannot see from one value alone —
// references between parts, unique ids and periods, period against frequency — is checked by
// validateDataset, which also decides what a broken part costs (the load, or one indicator).

export const DATASET_FORMAT = 'indicator-dataset/v1';

/**
 * Error options for a check that breaks one of the format's own rules: the rule code travels
 * in `params` so validateDataset can report it without guessing from zod's generic codes.
 */
function rule(code: RuleCode, error: string) {
  return { error, params: { rule: code } };
}

const SLUG = /^[a-z0-9-]+$/;

const slugSchema = z
  .string()
  .check(z.refine((s) => SLUG.test(s), rule('slug', 'Expected a slug of lowercase letters, digits and hyphens')));

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 2023-02-30 over into March; only a real date survives the round trip.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dateSchema = z
  .string()
  .check(z.refine(isCalendarDate, rule('date', 'Expected a real calendar date written YYYY-MM-DD')));

const periodSchema = z
  .string()
  .check(z.refine((s) => parsePeriod(s) !== null, rule('period-format', 'Expected a period written YYYY, YYYY-Qn or YYYY-MM')));

export function isHttpUrl(s: string): boolean {
  // The URL parser forgives leading blanks and control characters that a later consumer might
  // not, so the raw text itself must already start with the scheme.
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const urlSchema = z.string().check(z.refine(isHttpUrl, rule('url-scheme', 'Expected an absolute http: or https: URL')));

const TEXT_ERROR = 'Expected text: a non-empty string, or an object of language tags to strings with at least one non-empty';

function hasContent(text: string | Record<string, string>): boolean {
  const values = typeof text === 'string' ? [text] : Object.values(text);
  return values.some((v) => v.trim() !== '');
}

/**
 * Blank translations are removed so that "fall back to another language" never lands on an
 * empty label; at least one translation is left because hasContent ran first.
 */
function dropBlankTranslations(text: string | Record<string, string>): string | Record<string, string> {
  if (typeof text === 'string') return text;
  return Object.fromEntries(Object.entries(text).filter(([, v]) => v.trim() !== ''));
}

// The only union in the format: validateDataset reports any union failure as rule 'text'.
const textSchema = z.pipe(
  z.union([z.string(), z.record(z.string(), z.string())], { error: TEXT_ERROR }).check(z.refine(hasContent, rule('text', TEXT_ERROR))),
  z.transform(dropBlankTranslations),
);

const regionSchema = z.object({
  id: slugSchema,
  name: textSchema,
  /** A region that contains the others (全国): drawn and compared, never ranked. */
  aggregate: z.optional(z.boolean()),
});

const themeSchema = z.object({
  id: slugSchema,
  name: textSchema,
  description: z.optional(textSchema),
});

const sourceKindSchema = z.enum(['primary', 'official', 'repost', 'derived']);

const sourceSchema = z.object({
  id: slugSchema,
  kind: sourceKindSchema,
  title: textSchema,
  publisher: z.optional(textSchema),
  url: z.optional(urlSchema),
  /**
   * An address the file gave as `url` that is not http(s) (`javascript:`, `ftp:`, a bare path):
   * validateDataset moves it here with a warning, and it is shown as plain text, never a link.
   */
  urlText: z.optional(z.string()),
  date: z.optional(z.string()),
  note: z.optional(textSchema),
});

export const pointStatusSchema = z.enum(['derived', 'approximate', 'shortlist', 'provisional']);

// z.number() would report a string or NaN as a type mismatch; the format has one rule for all
// of them. -0 === 0, so the transform turns -0 into 0 and leaves every other value alone.
const pointValueSchema = z.pipe(
  z.custom<number | null>(
    (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
    rule('finite-number', 'Expected a finite number, or null for a known gap'),
  ),
  z.transform((v: number | null) => (v === 0 ? 0 : v)),
);

const pointSchema = z.object({
  period: periodSchema,
  value: pointValueSchema,
  source: z.nullable(z.string()),
  status: z.optional(pointStatusSchema),
  note: z.optional(textSchema),
});

const seriesSchema = z.object({
  region: z.string(),
  // Producers may list periods in any order; everything downstream assumes time order.
  points: z.pipe(
    z.array(pointSchema),
    z.transform((points: z.output<typeof pointSchema>[]) => points.sort((a, b) => comparePeriods(a.period, b.period))),
  ),
});

const indicatorKindSchema = z.enum(['rate', 'stock', 'flow', 'level']);

const frequencySchema = z.enum(['year', 'quarter', 'month']);

const decimalsSchema = z
  .number()
  .check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 6, rule('integer-range', 'Expected an integer from 0 to 6')));

export const indicatorSchema = z.object({
  id: slugSchema,
  theme: z.string(),
  name: textSchema,
  shortName: z.optional(textSchema),
  description: z.optional(textSchema),
  unit: textSchema,
  kind: indicatorKindSchema,
  frequency: frequencySchema,
  cumulative: z._default(z.boolean(), false),
  decimals: z.optional(decimalsSchema),
  highlight: z._default(z.boolean(), false),
  series: z.array(seriesSchema).check(z.minLength(1)),
});

export const annotationSchema = z.object({
  period: periodSchema,
  label: textSchema,
  source: z.optional(z.string()),
  indicator: z.optional(z.string()),
  region: z.optional(z.string()),
});

export const milestoneSchema = z.object({
  period: periodSchema,
  theme: z.string(),
  text: textSchema,
  source: z.optional(z.string()),
});

const yearSchema = z
  .string()
  .check(z.refine((s) => parsePeriod(s)?.frequency === 'year', rule('period-format', 'Expected a year written YYYY')));

export const targetComparisonSchema = z.enum(['about', 'at-least', 'at-most']);

export const targetSchema = z.object({
  indicator: z.string(),
  region: z.string(),
  period: yearSchema,
  value: z.number().check(z.refine(Number.isFinite, rule('finite-number', 'Expected a finite number'))),
  comparison: targetComparisonSchema,
  source: z.string(),
  note: z.optional(textSchema),
});

export const planSchema = z.object({
  id: slugSchema,
  period: yearSchema,
  title: textSchema,
  text: z.optional(textSchema),
  indicators: z.array(z.string()),
  source: z.string(),
});

export const breakSchema = z.object({
  indicator: z.string(),
  region: z.optional(z.string()),
  period: periodSchema,
  note: textSchema,
  source: z.optional(z.string()),
});

export const datasetSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  id: slugSchema,
  title: textSchema,
  description: z.optional(textSchema),
  updated: dateSchema,
  regions: z.array(regionSchema).check(z.minLength(1)),
  themes: z.array(themeSchema).check(z.minLength(1)),
  sources: z.array(sourceSchema),
  indicators: z.array(indicatorSchema).check(z.minLength(1)),
  annotations: z._default(z.array(annotationSchema), () => []),
  milestones: z._default(z.array(milestoneSchema), () => []),
  // Optional in the type (validateDataset always fills them) so that datasets written out in
  // code before these fields existed stay valid values.
  targets: z.optional(z.array(targetSchema)),
  plans: z.optional(z.array(planSchema)),
  breaks: z.optional(z.array(breakSchema)),
});

export type Text = z.output<typeof textSchema>;
export type Region = z.output<typeof regionSchema>;
export type Theme = z.output<typeof themeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type PointStatus = z.output<typeof pointStatusSchema>;
export type Point = z.output<typeof pointSchema>;
export type Series = z.output<typeof seriesSchema>;
export type IndicatorKind = z.output<typeof indicatorKindSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type Annotation = z.output<typeof annotationSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type TargetComparison = z.output<typeof targetComparisonSchema>;
export type Target = z.output<typeof targetSchema>;
export type Plan = z.output<typeof planSchema>;
export type Break = z.output<typeof breakSchema>;
export type Dataset = z.output<typeof datasetSchema>;
