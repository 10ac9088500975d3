import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/data/dataset/validate';
import { generateLargeDataset, LARGE_DATASET_DEFAULTS, LARGE_REGIONS_CASE, LONG_SERIES_CASE } from './generate-large-dataset';

describe('generateLargeDataset', () => {
  const small = { regions: 4, indicators: 10, months: 24, seed: 1 };

  it('is valid indicator-dataset/v1: nothing dropped, no warnings', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(generateLargeDataset(small))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.dataset.indicators).toHaveLength(10);
  });

  it('gives the benchmark size by default: 31 regions × 40 indicators × 360 months', () => {
    const dataset = generateLargeDataset(LARGE_DATASET_DEFAULTS);
    expect(dataset.regions).toHaveLength(31);
    expect(dataset.indicators).toHaveLength(40);
    for (const indicator of dataset.indicators) {
      expect(indicator.frequency).toBe('month');
      expect(indicator.series).toHaveLength(31);
      // A year-to-date series has no January (published with February): 30 years × 11 months.
      const expected = indicator.cumulative ? 330 : 360;
      for (const series of indicator.series) expect(series.points).toHaveLength(expected);
    }
    const first = dataset.indicators[1]!.series[0]!.points; // a stock, not year to date
    expect(first[0]!.period).toBe('1996-01');
    expect(first[first.length - 1]!.period).toBe('2025-12');
  });

  it('has some monthly cumulative indicators, each with February and no January', () => {
    const cumulative = generateLargeDataset(small).indicators.filter((i) => i.cumulative);
    // Kinds cycle rate, stock, flow, level; a rate or level whose index (from 0) is a multiple
    // of 3 is year to date: index 0 (rate) and 3 (level); 6 is a flow, 9 a stock.
    expect(cumulative.map((i) => i.id)).toEqual(['indicator-01', 'indicator-04']);
    const periods = cumulative[0]!.series[0]!.points.map((p) => p.period);
    expect(periods).not.toContain('2025-01');
    expect(periods).toContain('2025-02');
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateLargeDataset(small)).toEqual(generateLargeDataset(small));
    expect(generateLargeDataset({ ...small, seed: 2 })).not.toEqual(generateLargeDataset(small));
  });
});

describe('generateLargeDataset: aggregates, targets and breaks', () => {
  const small = { regions: 4, indicators: 10, months: 24, seed: 1 };

  it('marks the first region as an aggregate, sets a target on each headline indicator and breaks the second indicator', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(generateLargeDataset(small))));
    if (!result.ok) throw new Error('invalid');
    expect(result.dataset.regions.filter((r) => r.aggregate).map((r) => r.id)).toEqual(['region-01']);
    expect(result.dataset.targets?.map((t) => [t.indicator, t.region, t.period, t.comparison])).toEqual([
      ['indicator-01', 'region-02', '2025', 'about'],
      ['indicator-02', 'region-02', '2025', 'at-most'],
      ['indicator-03', 'region-02', '2025', 'at-least'],
      ['indicator-04', 'region-02', '2025', 'at-least'],
    ]);
    // 24 months from 2024-01: the ninth (index 8) is 2024-09.
    expect(result.dataset.breaks?.map((b) => [b.indicator, b.period])).toEqual([['indicator-02', '2024-09']]);
  });
});

describe('generateLargeDataset: the cases that once froze the page (issue 14)', () => {
  it('gives one indicator 1,000 regions, every one valid', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(generateLargeDataset(LARGE_REGIONS_CASE))));
    if (!result.ok) throw new Error('invalid');
    expect(result.dropped).toEqual([]);
    expect(result.dataset.regions).toHaveLength(1000);
    expect(result.dataset.indicators[1]!.series).toHaveLength(1000);
  }, 60_000);

  it('gives one series of 120,000 months, from 0000-01 to 9999-12, every one valid', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(generateLargeDataset(LONG_SERIES_CASE))));
    if (!result.ok) throw new Error('invalid');
    expect(result.dropped).toEqual([]);
    // The second indicator is a stock, not year to date: every month of 10,000 years.
    const points = result.dataset.indicators[1]!.series[0]!.points;
    expect(points).toHaveLength(120_000);
    expect(points[0]!.period).toBe('0000-01');
    expect(points[points.length - 1]!.period).toBe('9999-12');
    // 240,000 points generated, serialised and validated: seconds on a busy machine.
  }, 60_000);
});
