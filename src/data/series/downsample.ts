// Thinning long series before drawing them. Every output is one of the input objects (never an
// interpolated point), output is in x order, and null y values (known gaps) stay visible as gaps.

export interface XY {
  x: number;
  y: number | null;
}

/** The input itself when already in x order, which is the usual case, else a sorted copy. */
function byX<T extends XY>(points: readonly T[]): readonly T[] {
  const sorted = points.every((p, i) => i === 0 || (points[i - 1] as T).x <= p.x);
  return sorted ? points : [...points].sort((a, b) => a.x - b.x);
}

/**
 * Largest-Triangle-Three-Buckets: keeps the points that shape the line, `threshold` in all.
 * Nulls split the series into runs; each run keeps its first and last point and a share of the
 * budget proportional to its length, and the first and last null of every gap are kept so
 * the gap survives. Runs always keep both ends, so a threshold below 2, or many gaps, can
 * give more than `threshold` points.
 */
export function lttb<T extends XY>(points: T[], threshold: number): T[] {
  if (points.length <= threshold) return points;
  const sorted = byX(points);
  const segments = splitAtNulls(sorted);
  const markers = segments.filter((s) => s.gap).reduce((n, s) => n + Math.min(s.points.length, 2), 0);
  const valued = segments.reduce((n, s) => n + (s.gap ? 0 : s.points.length), 0);
  const budget = Math.max(threshold - markers, 0);
  return segments.flatMap((s) => {
    if (s.gap) return s.points.length > 1 ? [s.points[0] as T, s.points[s.points.length - 1] as T] : s.points;
    return lttbRun(s.points, Math.max(2, Math.floor((budget * s.points.length) / valued)));
  });
}

interface Segment<T> {
  gap: boolean;
  points: T[];
}

function splitAtNulls<T extends XY>(points: readonly T[]): Segment<T>[] {
  const segments: Segment<T>[] = [];
  for (const p of points) {
    const gap = p.y === null;
    const last = segments[segments.length - 1];
    if (last && last.gap === gap) last.points.push(p);
    else segments.push({ gap, points: [p] });
  }
  return segments;
}

/** Classic LTTB on a run with no nulls; `n` ≥ 2. */
function lttbRun<T extends XY>(run: T[], n: number): T[] {
  if (run.length <= n) return run;
  const at = (i: number): T => run[i] as T;
  const y = (i: number): number => at(i).y ?? 0;
  if (n === 2) return [at(0), at(run.length - 1)];
  const every = (run.length - 2) / (n - 2);
  const out: T[] = [at(0)];
  let a = 0;
  for (let i = 0; i < n - 2; i++) {
    // Average of the next bucket: the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, run.length);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += at(j).x;
      avgY += y(j);
    }
    avgX /= nextEnd - nextStart;
    avgY /= nextEnd - nextStart;
    const start = Math.floor(i * every) + 1;
    const end = Math.floor((i + 1) * every) + 1;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((at(a).x - avgX) * (y(j) - y(a)) - (at(a).x - at(j).x) * (avgY - y(a)));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    out.push(at(best));
    a = best;
  }
  out.push(at(run.length - 1));
  return out;
}

/**
 * Splits the x range into `pixels` equal columns and keeps, per column, the first and last
 * point, the lowest and highest value, and the first null (so a gap inside a column still
 * breaks the line). At most 4 points per column, 5 where a column holds a gap. Peaks and
 * troughs, which matter most in statistical series, are never dropped.
 */
export function minMaxPerPixel<T extends XY>(points: T[], pixels: number): T[] {
  if (points.length === 0) return points;
  const sorted = byX(points);
  // More columns than points would change nothing; NaN or less than one means one column.
  const columns = Math.min(sorted.length, Math.max(1, Math.floor(pixels) || 1));
  const x0 = (sorted[0] as T).x;
  const span = (sorted[sorted.length - 1] as T).x - x0;
  const column = (x: number): number =>
    span > 0 ? Math.min(columns - 1, Math.floor(((x - x0) / span) * columns)) : 0;

  const out: T[] = [];
  let start = 0;
  while (start < sorted.length) {
    const c = column((sorted[start] as T).x);
    let end = start + 1;
    while (end < sorted.length && column((sorted[end] as T).x) === c) end++;
    out.push(...extremes(sorted, start, end));
    start = end;
  }
  return out;
}

/** Indexes [start, end) of one column → its kept points, in x order. */
function extremes<T extends XY>(sorted: readonly T[], start: number, end: number): T[] {
  let min = -1;
  let max = -1;
  let firstNull = -1;
  for (let i = start; i < end; i++) {
    const y = (sorted[i] as T).y;
    if (y === null) {
      if (firstNull < 0) firstNull = i;
    } else {
      if (min < 0 || y < ((sorted[min] as T).y as number)) min = i;
      if (max < 0 || y > ((sorted[max] as T).y as number)) max = i;
    }
  }
  const keep = new Set([start, min, max, firstNull, end - 1].filter((i) => i >= 0));
  return [...keep].sort((a, b) => a - b).map((i) => sorted[i] as T);
}

/**
 * What a chart `pixelWidth` wide should draw: the points themselves (same array) when there
 * are no more than pixels, else min–max per pixel. A width that is not yet known (0 before
 * layout) thins nothing, rather than collapsing the series to a handful of points.
 */
export function downsampleForWidth<T extends XY>(points: T[], pixelWidth: number): T[] {
  if (!(pixelWidth >= 1) || points.length <= pixelWidth) return points;
  return minMaxPerPixel(points, pixelWidth);
}
