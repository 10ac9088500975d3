import type { ParseOutcome } from './parse-dataset';
import type { Dataset, Indicator, Point } from '../dataset/schema';

// The parse worker hands its outcome to the page with postMessage. A large dataset is hundreds
// of thousands of point objects, and the page spends seconds rebuilding them from the
// structured clone. So the worker packs the points into columns — typed arrays that are
// transferred, not copied — and the page unpacks them into exactly the objects parseDatasetText
// gives: same shape, same keys. Everything else in the outcome travels as it is. A series'
// points are made when they are first read (lazyPoints), so the page makes only those it uses.
//
// Columns hold every point of every series, in order: indicator by indicator, series by series.
// - values: the value, or NaN for null. Values are finite numbers or null (validate.ts refuses
//   NaN and the infinities), so NaN is free to mark a gap. -0 is already 0 after validation,
//   and a Float64Array would keep it anyway.
// - periods, sources: indices into tables of the distinct periods and sources (null included).
//   Uint32 even though the tables are short: the buffers are moved, not copied, so Uint16
//   would save a few megabytes of short-lived memory at the cost of a second code path.
// Status and note are rare, so they travel as a short list per series: the point's index in its
// series and only the keys that point has.

type PointExtra = { index: number } & Pick<Point, 'status' | 'note'>;

interface PackedSeries {
  region: string;
  /** How many points of the columns belong to this series. */
  length: number;
  extras: PointExtra[];
}

type PackedIndicator = Omit<Indicator, 'series'> & { series: PackedSeries[] };

interface PointColumns {
  periodTable: string[];
  sourceTable: (string | null)[];
  periods: Uint32Array<ArrayBuffer>;
  sources: Uint32Array<ArrayBuffer>;
  values: Float64Array<ArrayBuffer>;
}

export type PackedOutcome =
  | Extract<ParseOutcome, { ok: false }>
  | (Omit<Extract<ParseOutcome, { ok: true }>, 'dataset'> & {
      dataset: Omit<Dataset, 'indicators'> & { indicators: PackedIndicator[] };
      columns: PointColumns;
    });

/** Index of `key` in `table`, adding it at the end the first time. */
function indexIn<K>(indexOf: Map<K, number>, table: K[], key: K): number {
  let index = indexOf.get(key);
  if (index === undefined) {
    index = table.push(key) - 1;
    indexOf.set(key, index);
  }
  return index;
}

export function packOutcome(outcome: ParseOutcome): PackedOutcome {
  if (!outcome.ok) return outcome;
  const { indicators, ...frame } = outcome.dataset;
  let total = 0;
  for (const indicator of indicators) for (const series of indicator.series) total += series.points.length;

  const columns: PointColumns = {
    periodTable: [],
    sourceTable: [],
    periods: new Uint32Array(total),
    sources: new Uint32Array(total),
    values: new Float64Array(total),
  };
  const periodIndex = new Map<string, number>();
  const sourceIndex = new Map<string | null, number>();
  let at = 0;
  const packSeries = ({ region, points }: Indicator['series'][number]): PackedSeries => {
    const extras: PointExtra[] = [];
    points.forEach((point, index) => {
      columns.periods[at] = indexIn(periodIndex, columns.periodTable, point.period);
      columns.sources[at] = indexIn(sourceIndex, columns.sourceTable, point.source);
      columns.values[at] = point.value ?? Number.NaN;
      at++;
      // `in`, not `!== undefined`: a key the point has is kept even if it holds undefined.
      if ('status' in point || 'note' in point) {
        const extra: PointExtra = { index };
        if ('status' in point) extra.status = point.status;
        if ('note' in point) extra.note = point.note;
        extras.push(extra);
      }
    });
    return { region, length: points.length, extras };
  };
  return {
    ...outcome,
    dataset: { ...frame, indicators: indicators.map((indicator) => ({ ...indicator, series: indicator.series.map(packSeries) })) },
    columns,
  };
}

/** The buffers to transfer with a packed outcome: after postMessage they are the page's alone. */
export function transferablesOf(packed: PackedOutcome): ArrayBuffer[] {
  if (!packed.ok) return [];
  const { periods, sources, values } = packed.columns;
  return [periods.buffer, sources.buffer, values.buffer];
}

export function unpackOutcome(packed: PackedOutcome): ParseOutcome {
  if (!packed.ok) return packed;
  const { columns, dataset, ...rest } = packed;
  const { periodTable, sourceTable, periods, sources, values } = columns;
  const pointsAt = (start: number, length: number, extras: readonly PointExtra[]): Point[] => {
    const points: Point[] = new Array<Point>(length);
    for (let i = 0, at = start; i < length; i++, at++) {
      const value = values[at]!;
      points[i] = { period: periodTable[periods[at]!]!, value: Number.isNaN(value) ? null : value, source: sourceTable[sources[at]!] as string | null };
    }
    for (const { index, ...extra } of extras) Object.assign(points[index]!, extra);
    return points;
  };
  let at = 0;
  const unpackSeries = ({ region, length, extras }: PackedSeries): Indicator['series'][number] => {
    const start = at;
    at += length;
    return lazyPoints(region, () => pointsAt(start, length, extras));
  };
  return {
    ...rest,
    dataset: { ...dataset, indicators: dataset.indicators.map((indicator) => ({ ...indicator, series: indicator.series.map(unpackSeries) })) },
  };
}

/**
 * A series whose points are made from the columns the first time they are read. A view reads
 * the indicators it shows: a 25 MB dataset's indicator view makes 11,160 point objects on the
 * page instead of 438,960 (and collects none of the others). `points` is an ordinary enumerable
 * property to every reader (spread, JSON.stringify, structuredClone, equality in tests all read
 * it), and becomes a plain data property once read or written.
 */
function lazyPoints(region: string, make: () => Point[]): Indicator['series'][number] {
  const series = { region } as Indicator['series'][number];
  const settle = (points: Point[]) => {
    Object.defineProperty(series, 'points', { value: points, writable: true, enumerable: true, configurable: true });
    return points;
  };
  Object.defineProperty(series, 'points', {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: settle,
  });
  return series;
}
