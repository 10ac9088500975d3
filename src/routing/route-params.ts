import '../data/dataset/zod-setup';
import { z } from 'zod/mini';
import { parsePeriod } from '../lib/periods';
import { TRANSFORMS } from '../data/series/transforms';
import { CHART_KINDS, VALUE_SCALES, type FigureParams } from '../data/figure/figure-settings';
import type { RouteName } from './route';

// The parameters of every view, read from the address (contract: every setting a user can change
// is in the hash) by one typed schema per route. Reading never fails: an unknown or invalid value
// falls back to its default (undefined here), so a mangled link still opens a sensible view.
// Writing goes through `paramsToChanges`, the one place values become address text.

const text = z.catch(z.optional(z.string().check(z.minLength(1))), undefined);
const period = z.catch(
  z.optional(z.string().check(z.refine((s) => parsePeriod(s) !== null))),
  undefined,
);
const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.catch(z.optional(z.enum(values)), undefined);
/** A comma list: blanks dropped, each once, in order; absent when nothing is left. */
const list = z.catch(
  z.pipe(
    z.optional(z.string()),
    z.transform((s: string | undefined) => {
      const items = [...new Set((s ?? '').split(',').map((x) => x.trim()).filter(Boolean))];
      return items.length > 0 ? items : undefined;
    }),
  ),
  undefined,
);
/** Whole minutes, at least 1; longer intervals than a timer can hold are capped by the caller. */
const minutes = z.catch(
  z.pipe(
    z.optional(z.string()),
    z.transform((s: string | undefined) => {
      const n = Number(s);
      return s !== undefined && s !== '' && Number.isFinite(n) && n >= 1 ? n : undefined;
    }),
  ),
  undefined,
);
const positive = z.catch(
  z.pipe(
    z.optional(z.string()),
    z.transform((s: string | undefined) => {
      const n = Number.parseInt(s ?? '', 10);
      return Number.isFinite(n) ? n : undefined;
    }),
  ),
  undefined,
);

/** Parameters that describe the reader's situation rather than the view: they travel with every link. */
const common = {
  lang: oneOf(['zh', 'en']),
  appearance: oneOf(['auto', 'light', 'dark']),
  data: text,
  refresh: minutes,
};

const figure = {
  regions: list,
  from: period,
  to: period,
  transform: oneOf(TRANSFORMS as unknown as [(typeof TRANSFORMS)[number], ...(typeof TRANSFORMS)[number][]]),
  base: period,
  vs: text,
  scale: oneOf(VALUE_SCALES as unknown as ['linear', 'log']),
  type: oneOf(CHART_KINDS as unknown as ['line', 'bar', 'area']),
};

const view = { view: oneOf(['chart', 'table']) };

export const ROUTE_SCHEMAS = {
  overview: z.object(common),
  indicator: z.object({ ...common, ...figure, ...view }),
  compare: z.object({ ...common, ...figure, ids: list }),
  // plan=1: one slide per priority of the work plan instead of one per chart.
  present: z.object({ ...common, ...figure, slides: list, slide: positive, plan: oneOf(['1']) }),
  plan: z.object(common),
  embed: z.object({ ...common, ...figure, ...view, card: oneOf(['chart', 'kpi']), controls: oneOf(['1', '0']) }),
  'not-found': z.object(common),
} satisfies Record<RouteName, unknown>;

export type RouteParams<R extends RouteName = RouteName> = z.output<(typeof ROUTE_SCHEMAS)[R]>;
export type CommonParams = RouteParams<'overview'>;
export type DataView = 'chart' | 'table';

/** The typed parameters of a route from the address's query. */
export function readRouteParams<R extends RouteName>(route: R, query: URLSearchParams): RouteParams<R> {
  const raw: Record<string, string> = {};
  for (const [key, value] of query) if (!(key in raw)) raw[key] = value;
  return ROUTE_SCHEMAS[route].parse(raw) as RouteParams<R>;
}

/** The figure settings an address asks for (the indicator decides which fit: resolveFigureSettings). */
export function figureParams(params: Partial<Record<keyof FigureParams, unknown>>): FigureParams {
  const { regions, from, to, transform, base, vs, scale, type } = params as FigureParams;
  return { regions, from, to, transform, base, vs, scale, type };
}

export type ParamValue = string | number | readonly string[] | undefined;

/** Values as address text; undefined, '' and empty lists remove the parameter. */
export function paramsToChanges(changes: Record<string, ParamValue>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) out[key] = undefined;
    else if (Array.isArray(value)) out[key] = value.length > 0 ? value.join(',') : undefined;
    else out[key] = String(value) || undefined;
  }
  return out;
}
