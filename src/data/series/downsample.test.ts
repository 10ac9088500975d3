import { describe, expect, it } from 'vitest';
import { downsampleForWidth, lttb, minMaxPerPixel, type XY } from './downsample';

interface Sample extends XY {
  id: number;
}

// mulberry32: a tiny seeded generator, so every run draws the same series.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random walk with occasional spikes; `gaps` lists [from, to) index ranges set to null. */
function walk(length: number, seed: number, gaps: [number, number][] = []): Sample[] {
  const random = seeded(seed);
  let y = 100;
  return Array.from({ length }, (_, i) => {
    y += random() - 0.5 + (random() < 0.001 ? (random() - 0.5) * 200 : 0);
    const gap = gaps.some(([from, to]) => i >= from && i < to);
    return { id: i, x: 2000 + i / 12, y: gap ? null : y };
  });
}

function extremes(points: Sample[]): { min: number; max: number } {
  const ys = points.flatMap((p) => (p.y === null ? [] : [p.y]));
  return { min: Math.min(...ys), max: Math.max(...ys) };
}

function isSortedByX(points: XY[]): boolean {
  return points.every((p, i) => i === 0 || (points[i - 1] as XY).x <= p.x);
}

/** True when every output is one of the input objects, in input order. */
function isSubsequence(output: Sample[], input: Sample[]): boolean {
  let i = 0;
  for (const p of output) {
    while (i < input.length && input[i] !== p) i++;
    if (i === input.length) return false;
    i++;
  }
  return true;
}

/** No two consecutive outputs with values may straddle a null of the input: gaps survive. */
function gapsSurvive(output: Sample[], input: Sample[]): boolean {
  return output.every((p, i) => {
    const prev = output[i - 1];
    if (!prev || prev.y === null || p.y === null) return true;
    return input.slice(prev.id, p.id).every((q) => q.y !== null);
  });
}

describe('downsampleForWidth', () => {
  const series = walk(10_000, 42);

  it('thins 10,000 points to at most four per pixel, keeping first, last, min and max', () => {
    const out = downsampleForWidth(series, 300);
    const { min, max } = extremes(series);
    expect(out.length).toBeLessThanOrEqual(4 * 300);
    expect(out.length).toBeGreaterThan(300);
    expect(out[0]).toBe(series[0]);
    expect(out[out.length - 1]).toBe(series[series.length - 1]);
    expect(out.some((p) => p.y === min)).toBe(true);
    expect(out.some((p) => p.y === max)).toBe(true);
    expect(isSortedByX(out)).toBe(true);
    expect(isSubsequence(out, series)).toBe(true);
  });

  it('is deterministic', () => {
    expect(downsampleForWidth(walk(10_000, 42), 300).map((p) => p.id)).toEqual(
      downsampleForWidth(series, 300).map((p) => p.id),
    );
  });

  it('returns the same array when there are no more points than pixels', () => {
    const short = series.slice(0, 300);
    expect(downsampleForWidth(short, 300)).toBe(short);
    expect(downsampleForWidth(short, 1000)).toBe(short);
  });

  it('thins nothing while the width is unknown', () => {
    expect(downsampleForWidth(series, 0)).toBe(series);
    expect(downsampleForWidth(series, Number.NaN)).toBe(series);
  });
});

describe('minMaxPerPixel', () => {
  it('keeps gaps as null markers', () => {
    const series = walk(10_000, 7, [
      [2000, 2500],
      [6000, 6001],
    ]);
    const out = minMaxPerPixel(series, 300);
    expect(out.length).toBeLessThanOrEqual(5 * 300);
    expect(out.some((p) => p.id === 6000)).toBe(true);
    expect(out.some((p) => p.id === 2000)).toBe(true);
    expect(gapsSurvive(out, series)).toBe(true);
    expect(isSubsequence(out, series)).toBe(true);
  });

  it('keeps first, min, max and last of each column, in x order', () => {
    const points: Sample[] = [5, 9, 1, 7, 3, 8].map((y, id) => ({ id, x: id, y }));
    // Two columns over x 0–5: [0, 2.5) holds ids 0–2, [2.5, 5] holds ids 3–5.
    expect(minMaxPerPixel(points, 2).map((p) => p.id)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(minMaxPerPixel(points, 1).map((p) => p.id)).toEqual([0, 1, 2, 5]);
  });

  it('sorts input that is out of x order', () => {
    const points: Sample[] = [3, 1, 2, 0].map((id) => ({ id, x: id, y: id }));
    expect(minMaxPerPixel(points, 1).map((p) => p.id)).toEqual([0, 3]);
  });
});

describe('lttb', () => {
  it('keeps first, last and exactly threshold points', () => {
    const series = walk(10_000, 42);
    const out = lttb(series, 500);
    expect(out).toHaveLength(500);
    expect(out[0]).toBe(series[0]);
    expect(out[out.length - 1]).toBe(series[series.length - 1]);
    expect(isSortedByX(out)).toBe(true);
    expect(isSubsequence(out, series)).toBe(true);
  });

  it('picks the point that bends the line most', () => {
    const points: Sample[] = [0, 0, 10, 0, 0].map((y, id) => ({ id, x: id, y }));
    expect(lttb(points, 3).map((p) => p.id)).toEqual([0, 2, 4]);
  });

  it('returns the same array when it is short enough', () => {
    const short = walk(100, 1);
    expect(lttb(short, 100)).toBe(short);
  });

  it('keeps the nulls that bound each gap and both ends of each run', () => {
    const series = walk(10_000, 9, [
      [3000, 3400],
      [7000, 7001],
    ]);
    const out = lttb(series, 400);
    expect(out.filter((p) => p.y === null).map((p) => p.id)).toEqual([3000, 3399, 7000]);
    for (const id of [0, 2999, 3400, 6999, 7001, 9999]) expect(out.some((p) => p.id === id)).toBe(true);
    expect(out.length).toBeLessThanOrEqual(400);
    expect(gapsSurvive(out, series)).toBe(true);
    expect(isSortedByX(out)).toBe(true);
    expect(isSubsequence(out, series)).toBe(true);
  });
});
