import { z } from 'zod/mini';
import { comparePeriods, inStrictTimeOrder, timeOf } from '../../lib/periods';
import { indicatorSchema, pointStatusSchema, type Point } from './schema';
import { isObject } from './issue-text';

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
    !Number.isNaN(timeOf(period)) &&
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

const periodOfPoint = (point: Point) => point.period;

/**
 * Plain points are kept as the parser made them (they hold exactly the keys of a Point): making
 * a copy of each of hundreds of thousands of points cost more in garbage collection than all the
 * checks. Only -0 becomes 0, as in the full schema; the list is put in time order.
 */
function plainPoints(points: unknown[]): Point[] {
  const kept = points as Point[];
  for (const point of kept) if (point.value === 0) point.value = 0;
  return inStrictTimeOrder(kept, periodOfPoint) ? kept.slice() : kept.slice().sort((a, b) => comparePeriods(a.period, b.period));
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
