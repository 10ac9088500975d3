import { describe, expect, it } from 'vitest';
import { downsampleSeries } from './downsample-series';

describe('downsampling series for a plot width', () => {
  const points = Array.from({ length: 1000 }, (_, i) => ({ period: String(1000 + i), t: 1000 + i, value: i === 500 ? 9999 : i % 7 }));
  const series = [{ key: 'a', styleIndex: 0, label: 'A', points }];

  it('leaves series that fit untouched', () => {
    const short = [{ key: 'b', styleIndex: 0, label: 'B', points: points.slice(0, 10) }];
    expect(downsampleSeries(short, 300)[0]).toBe(short[0]);
    // A width not yet measured thins nothing.
    expect(downsampleSeries(series, 0)[0]).toBe(series[0]);
  });

  it('keeps at most four points per pixel column, the peak among them', () => {
    // 1000 points over 100 columns of 10 points: first, last, min and max of each, ≤ 400 in all.
    const thinned = downsampleSeries(series, 100)[0]!.points;
    expect(thinned.length).toBeLessThanOrEqual(400);
    expect(thinned.length).toBeLessThan(points.length);
    expect(thinned.some((p) => p.value === 9999)).toBe(true);
    expect(thinned.every((p) => points.includes(p))).toBe(true);
  });
});
