import { describe, expect, it } from 'vitest';
import dataset from '../../../public/data/sichuan-industry.json';
import { applyTransform, rankableRegions, rankingPossible, type IndicatorInput, type SeriesInput, type TransformResult } from './transforms';

// Two-year average growth, ranks and breaks in series. Every expected number is worked out by
// hand in the comment beside it.

function indicator(id: string): IndicatorInput {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} in the default dataset`);
  return found as unknown as IndicatorInput;
}

function values(result: TransformResult, index = 0): [string, number | null][] {
  return (result.series[index]?.points ?? []).map((p) => [p.period, p.value]);
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

function series(region: string, points: [string, number | null][]): SeriesInput {
  return { region, points: points.map(([period, value]) => ({ period, value, source: 's' })) };
}

describe('two-year average growth', () => {
  it('is √((1 + r)(1 + r₋₁)) − 1 on the default dataset, with a gap where the year before is missing', () => {
    const result = applyTransform(indicator('industrial-value-added-growth'), 'two-year-average', { regions: ['sichuan'] });
    expect(result.applied).toBe('two-year-average');
    expect(result.unitKind).toBe('percent');
    const shown = values(result).map(([p, v]) => [p, round1(v)]);
    // 2015 has no 2014: a gap. 2021: √(1.098 × 1.045) = √1.14741 = 1.071172 → 7.1.
    // 2022: √(1.038 × 1.098) = √1.139724 = 1.067579 → 6.8. 2020: √(1.045 × 1.080) = √1.1286 = 1.062356 → 6.2.
    expect(shown.slice(0, 1)).toEqual([['2015', null]]);
    expect(Object.fromEntries(shown)).toMatchObject({ '2020': 6.2, '2021': 7.1, '2022': 6.8 });
    // To more places: 1.071172² = 1.147409…, so (√1.14741 − 1) × 100 = 7.1172…
    expect(result.series[0]!.points.find((p) => p.period === '2021')!.value).toBeCloseTo(7.1172, 3);
  });

  it('takes a missing year of the comparison region as a gap, never as zero', () => {
    // China 2019 is null: 2019 (needs 2018 = 6.2 and 2019 = null) and 2020 (needs 2019) are gaps.
    const result = applyTransform(indicator('industrial-value-added-growth'), 'two-year-average', { regions: ['china'] });
    const byPeriod = Object.fromEntries(values(result));
    expect(byPeriod['2019']).toBeNull();
    expect(byPeriod['2020']).toBeNull();
    // 2021: √(1.096 × 1.028) = √1.126688 = 1.061455 → 6.1.
    expect(round1(byPeriod['2021']!)).toBe(6.1);
  });

  it('pairs each month of a year-to-date series with the same month a year earlier', () => {
    const result = applyTransform(indicator('industrial-value-added-growth-ytd'), 'two-year-average', { regions: ['sichuan'] });
    const byPeriod = Object.fromEntries(values(result));
    // 2023-09 with 2022-09 (2.4): √(1.068 × 1.024) = √1.093632 = 1.045769 → 4.6.
    expect(round1(byPeriod['2023-09']!)).toBe(4.6);
    // 2023-12 with 2022-12: √(1.061 × 1.038) = √1.101318 = 1.049437 → 4.9.
    expect(round1(byPeriod['2023-12']!)).toBe(4.9);
    // 2023-05: no 2022-05 was published.
    expect(byPeriod['2023-05']).toBeNull();
    // 2024-12 with 2023-12: √(1.066 × 1.061) = √1.131026 = 1.063497 → 6.3; 2024-06 with 2023-06 (4.3, derived).
    expect(round1(byPeriod['2024-12']!)).toBe(6.3);
    expect(result.series[0]!.points.find((p) => p.period === '2024-06')!.status).toBe('derived');
  });

  it('is a gap where a break lies between the two years', () => {
    const input: IndicatorInput = { kind: 'rate', frequency: 'year', series: [series('a', [['2020', 10], ['2021', 21], ['2022', 10]])] };
    const plain = applyTransform(input, 'two-year-average');
    // 2021: √(1.21 × 1.10) = √1.331 = 1.153690 → 15.4; 2022: √(1.10 × 1.21) → 15.4 too.
    expect(values(plain).map(([p, v]) => [p, round1(v)])).toEqual([['2020', null], ['2021', 15.4], ['2022', 15.4]]);
    const broken = applyTransform(input, 'two-year-average', { breaks: [{ period: '2022' }] });
    expect(values(broken).map(([p, v]) => [p, round1(v)])).toEqual([['2020', null], ['2021', 15.4], ['2022', null]]);
  });

  it('has no value where the product under the root is not positive (a fall of 100% or more)', () => {
    const input: IndicatorInput = { kind: 'rate', frequency: 'year', series: [series('a', [['2020', -100], ['2021', 5]])] };
    expect(values(applyTransform(input, 'two-year-average'))).toEqual([['2020', null], ['2021', null]]);
  });
});

describe('rank', () => {
  // Five regions, one of them the national aggregate, which is never ranked.
  const five: IndicatorInput = {
    kind: 'level',
    frequency: 'year',
    series: [
      series('a', [['2020', 10], ['2021', 30], ['2022', 5]]),
      series('b', [['2020', 20], ['2021', 20], ['2022', 5]]),
      series('c', [['2020', 30], ['2021', 20], ['2022', null]]),
      series('d', [['2020', 40], ['2021', 10]]),
      series('nation', [['2020', 100], ['2021', 80], ['2022', 60]]),
    ],
  };
  const aggregates = ['nation'];

  it('is offered only where three regions that are not aggregates have a value', () => {
    expect(rankableRegions(five, aggregates)).toBe(4);
    expect(rankingPossible(five, aggregates)).toBe(true);
    // The default dataset: Sichuan and China, the aggregate; one region to rank.
    const growth = indicator('industrial-value-added-growth');
    expect(rankableRegions(growth, ['china'])).toBe(1);
    expect(rankingPossible(growth, ['china'])).toBe(false);
    expect(applyTransform(growth, 'rank', { aggregates: ['china'] }).applied).toBe('published');
  });

  it('ranks 1 for the highest, ties sharing a place, with the places moved since the previous period', () => {
    const result = applyTransform(five, 'rank', { aggregates });
    expect(result.applied).toBe('rank');
    expect(result.unitKind).toBe('rank');
    // The aggregate gets no series.
    expect(result.series.map((s) => s.region)).toEqual(['a', 'b', 'c', 'd']);
    // 2020: d 40 > c 30 > b 20 > a 10 → a 4, b 3, c 2, d 1 (of 4).
    // 2021: a 30 > b 20 = c 20 > d 10 → a 1, b 2, c 2 (tied), d 4; a moved 4 → 1: up 3; b 3 → 2: up 1;
    //       c 2 → 2: 0; d 1 → 4: down 3.
    // 2022: a 5 = b 5, c null, d none: two values, fewer than three → no rank.
    const at = (i: number) => result.series[i]!.points.map((p) => [p.period, p.value, p.rank?.of ?? null, p.rank?.change ?? null]);
    expect(at(0)).toEqual([['2020', 4, 4, null], ['2021', 1, 4, 3], ['2022', null, null, null]]);
    expect(at(1)).toEqual([['2020', 3, 4, null], ['2021', 2, 4, 1], ['2022', null, null, null]]);
    expect(at(2)).toEqual([['2020', 2, 4, null], ['2021', 2, 4, 0], ['2022', null, null, null]]);
    expect(at(3)).toEqual([['2020', 1, 4, null], ['2021', 4, 4, -3]]);
  });

  it('shows only the selected regions but ranks them among all, and never ranks a selected aggregate', () => {
    const result = applyTransform(five, 'rank', { aggregates, regions: ['nation', 'b'] });
    expect(result.series.map((s) => s.region)).toEqual(['b']);
    expect(values(result)).toEqual([['2020', 3], ['2021', 2], ['2022', null]]);
  });

  it('gives no change of rank across a break of any ranked region', () => {
    const result = applyTransform(five, 'rank', { aggregates, breaks: [{ region: 'd', period: '2021' }] });
    expect(result.series[0]!.points[1]!.rank).toEqual({ of: 4, change: null });
    expect(result.series[0]!.points[1]!.value).toBe(1);
  });
});

describe('breaks stop every transform that compares two periods', () => {
  const stock: IndicatorInput = { kind: 'stock', frequency: 'year', series: [series('a', [['2020', 100], ['2021', 110], ['2022', 200], ['2023', 220]])] };
  const level: IndicatorInput = { ...stock, kind: 'level' };
  const breaks = [{ period: '2022' }];

  it('additions: no difference between 2021 and 2022', () => {
    // Without the break: 10, 90, 20; with it: 10, gap, 20.
    expect(values(applyTransform(stock, 'additions'))).toEqual([['2020', null], ['2021', 10], ['2022', 90], ['2023', 20]]);
    expect(values(applyTransform(stock, 'additions', { breaks }))).toEqual([['2020', null], ['2021', 10], ['2022', null], ['2023', 20]]);
  });

  it('change: no percent change between 2021 and 2022', () => {
    // 110 / 100 − 1 = 10%; 220 / 200 − 1 = 10%.
    expect(values(applyTransform(stock, 'change', { breaks }))).toEqual([['2020', null], ['2021', 10], ['2022', null], ['2023', 10]]);
  });

  it('index: no index for periods on the other side of the break from the base', () => {
    // Base 2020 = 100: 2021 → 110; 2022 and 2023 lie beyond the break.
    expect(values(applyTransform(level, 'index', { base: '2020', breaks }))).toEqual([['2020', 100], ['2021', 110], ['2022', null], ['2023', null]]);
    // Base 2022: 2023 → 220 / 200 × 100 = 110; 2020 and 2021 lie before it.
    expect(values(applyTransform(level, 'index', { base: '2022', breaks }))).toEqual([['2020', null], ['2021', null], ['2022', 100], ['2023', 110]]);
  });

  it('a break of another region leaves this one alone', () => {
    expect(values(applyTransform(stock, 'additions', { breaks: [{ region: 'b', period: '2022' }] }))).toEqual([['2020', null], ['2021', 10], ['2022', 90], ['2023', 20]]);
  });

  it('a yearly break stops the comparison of December with January in a monthly series', () => {
    const monthly: IndicatorInput = { kind: 'stock', frequency: 'month', series: [series('a', [['2021-11', 1], ['2021-12', 2], ['2022-01', 5], ['2022-02', 6]])] };
    expect(values(applyTransform(monthly, 'additions', { breaks }))).toEqual([['2021-11', null], ['2021-12', 1], ['2022-01', null], ['2022-02', 1]]);
  });
});
