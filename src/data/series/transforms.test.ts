import { describe, expect, it } from 'vitest';
import dataset from '../../../public/data/sichuan-industry.json';
import {
  applyTransform,
  availableTransforms,
  TRANSFORMS,
  type IndicatorInput,
  type SeriesPointInput,
  type TransformResult,
} from './transforms';

// The JSON import types `kind`, `status` etc. as plain strings; the file meets the format.
function indicator(id: string): IndicatorInput {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id} in the default dataset`);
  return found as unknown as IndicatorInput;
}

function values(result: TransformResult, index = 0): [string, number | null][] {
  return (result.series[index]?.points ?? []).map((p) => [p.period, p.value]);
}

function yearly(kind: IndicatorInput['kind'], points: SeriesPointInput[], region = 'sichuan'): IndicatorInput {
  return { kind, frequency: 'year', series: [{ region, points }] };
}

describe('availableTransforms', () => {
  it('lists every transform once', () => {
    expect([...TRANSFORMS].sort()).toEqual(['additions', 'change', 'gap', 'index', 'published', 'rank', 'running-total', 'two-year-average']);
  });

  it('offers per kind what the dataset format allows', () => {
    expect(availableTransforms('rate', 2)).toEqual(['published', 'gap', 'two-year-average']);
    expect(availableTransforms('stock', 1)).toEqual(['published', 'additions', 'change']);
    expect(availableTransforms('stock', 3, false, true)).toEqual(['published', 'additions', 'change', 'rank']);
    expect(availableTransforms('flow', 1)).toEqual(['published', 'running-total']);
    expect(availableTransforms('level', 1)).toEqual(['published', 'change', 'index']);
  });

  it('offers a gap only with a second region to subtract', () => {
    expect(availableTransforms('rate', 1)).toEqual(['published', 'two-year-average']);
  });

  it('offers no running total of year-to-date values, which would count months twice', () => {
    expect(availableTransforms('flow', 1, true)).toEqual(['published']);
  });
});

describe('published', () => {
  it('passes values through with time, source, status and inputs', () => {
    const result = applyTransform(indicator('green-factories-added'), 'published');
    expect(result.applied).toBe('published');
    expect(result.unitKind).toBe('as-published');
    expect(result.series[0]?.key).toBe('sichuan');
    expect(result.series[0]?.points[5]).toEqual({
      period: '2022',
      t: 2022,
      value: 37,
      published: 37,
      status: 'shortlist',
      source: 'r-green-2022',
      inputs: ['r-green-2022'],
    });
  });

  it('sorts points that arrive out of order', () => {
    const result = applyTransform(
      yearly('level', [
        { period: '2021', value: 2, source: 'a' },
        { period: '2019', value: 1, source: 'a' },
      ]),
      'published',
    );
    expect(values(result)).toEqual([
      ['2019', 1],
      ['2021', 2],
    ]);
  });
});

describe('running-total (flow)', () => {
  it('sums green factories named 2017–2023', () => {
    // 7, 7+14, +19, +29, +20, +37, +38
    const result = applyTransform(indicator('green-factories-added'), 'running-total');
    expect(result.applied).toBe('running-total');
    expect(result.unitKind).toBe('as-published');
    expect(result.series[0]?.points.map((p) => p.value)).toEqual([7, 21, 40, 69, 89, 126, 164]);
    expect(result.series[0]?.points.map((p) => p.published)).toEqual([7, 14, 19, 29, 20, 37, 38]);
  });

  it('carries the shortlist status of 2022 into every later total', () => {
    const points = applyTransform(indicator('green-factories-added'), 'running-total').series[0]?.points ?? [];
    expect(points.map((p) => p.status)).toEqual([undefined, undefined, undefined, undefined, undefined, 'shortlist', 'shortlist']);
    expect(points[6]?.inputs).toEqual(['r-green-lists', 'r-green-2022', 'seed']);
    expect(points[6]?.source).toBe('seed');
  });

  it('stays unknown from the first null on', () => {
    const result = applyTransform(
      yearly('flow', [
        { period: '2020', value: 1, source: 'a' },
        { period: '2021', value: null, source: null },
        { period: '2022', value: 5, source: 'a' },
      ]),
      'running-total',
    );
    expect(values(result)).toEqual([
      ['2020', 1],
      ['2021', null],
      ['2022', null],
    ]);
  });
});

describe('additions (stock)', () => {
  it('subtracts the calendar-previous year, and only when it is present', () => {
    // 2019: no 2018; 2022: no 2021; 2023: 423 − 316; 2025: no 2024
    const result = applyTransform(indicator('little-giants-total'), 'additions');
    expect(result.applied).toBe('additions');
    expect(values(result)).toEqual([
      ['2019', null],
      ['2022', null],
      ['2023', 107],
      ['2025', null],
    ]);
  });

  it('takes the derived status and both sources from the two years it used', () => {
    const point = applyTransform(indicator('little-giants-total'), 'additions').series[0]?.points[2];
    expect(point).toMatchObject({ period: '2023', published: 423, status: 'derived', source: 'seed', inputs: ['seed'] });
    const withDistinctSources = applyTransform(
      yearly('stock', [
        { period: '2022', value: 10, source: 'a', status: 'provisional' },
        { period: '2023', value: 12, source: 'b' },
      ]),
      'additions',
    );
    expect(withDistinctSources.series[0]?.points[1]).toMatchObject({ value: 2, status: 'provisional', inputs: ['b', 'a'] });
  });
});

describe('change (stock, level)', () => {
  it('is all gaps for above-size enterprises: no year has its previous year', () => {
    // 2016, 2021, 2023, 2025: never two consecutive years
    const result = applyTransform(indicator('above-size-enterprises'), 'change');
    expect(result.unitKind).toBe('percent');
    expect(values(result)).toEqual([
      ['2016', null],
      ['2021', null],
      ['2023', null],
      ['2025', null],
    ]);
  });

  it('computes percent change of industry value added 2020 → 2021', () => {
    // (15428.2 / 13400 − 1) × 100 = 15.1358209 (to 10 significant digits); 2020 is approximate
    const result = applyTransform(indicator('industry-value-added'), 'change');
    expect(values(result)).toEqual([
      ['2020', null],
      ['2021', 15.1358209],
      ['2023', null],
    ]);
    expect(result.series[0]?.points[1]?.status).toBe('approximate');
  });

  it('is null from a zero or negative previous value', () => {
    const result = applyTransform(
      yearly('level', [
        { period: '2020', value: 0, source: 'a' },
        { period: '2021', value: -4, source: 'a' },
        { period: '2022', value: 2, source: 'a' },
        { period: '2023', value: 3, source: 'a' },
      ]),
      'change',
    );
    expect(values(result)).toEqual([
      ['2020', null],
      ['2021', null],
      ['2022', null],
      ['2023', 50],
    ]);
  });
});

describe('index (level)', () => {
  it('defaults the base to the first year with a value', () => {
    // 13400 → 100; 15428.2 / 13400 × 100 = 115.1358209; 16705.2 / 13400 × 100 = 124.6656716
    const result = applyTransform(indicator('industry-value-added'), 'index');
    expect(result.unitKind).toBe('index');
    expect(result.base).toBe('2020');
    expect(values(result)).toEqual([
      ['2020', 100],
      ['2021', 115.1358209],
      ['2023', 124.6656716],
    ]);
  });

  it('uses the chosen base', () => {
    // 13400 / 15428.2 × 100 = 86.85394278; 16705.2 / 15428.2 × 100 = 108.2770511
    const result = applyTransform(indicator('industry-value-added'), 'index', { base: '2021' });
    expect(result.base).toBe('2021');
    expect(values(result)).toEqual([
      ['2020', 86.85394278],
      ['2021', 100],
      ['2023', 108.2770511],
    ]);
    expect(result.series[0]?.points[0]?.inputs).toEqual(['r-2025-review', 'r-2017-2021']);
  });

  it('is all null when the base year has no value', () => {
    const result = applyTransform(indicator('industry-value-added'), 'index', { base: '2022' });
    expect(result.base).toBe('2022');
    expect(values(result).map(([, v]) => v)).toEqual([null, null, null]);
  });

  it('moves a base of another frequency onto the series, and ignores one that does not parse', () => {
    const monthly: IndicatorInput = {
      kind: 'level',
      frequency: 'month',
      series: [
        {
          region: 'sichuan',
          points: [
            { period: '2023-01', value: 50, source: 'a' },
            { period: '2023-02', value: 60, source: 'a' },
          ],
        },
      ],
    };
    const byYear = applyTransform(monthly, 'index', { base: '2023' });
    expect(byYear.base).toBe('2023-01');
    expect(values(byYear)).toEqual([
      ['2023-01', 100],
      ['2023-02', 120],
    ]);
    expect(applyTransform(monthly, 'index', { base: 'last year' }).base).toBe('2023-01');
  });
});

describe('gap (rate)', () => {
  it('subtracts China from Sichuan in percentage points, with gaps where China has none', () => {
    const result = applyTransform(indicator('industrial-value-added-growth'), 'gap');
    expect(result.applied).toBe('gap');
    expect(result.unitKind).toBe('percentage-points');
    expect(result.vs).toBe('china');
    expect(result.series.map((s) => [s.key, s.region, s.vsRegion])).toEqual([['sichuan-vs-china', 'sichuan', 'china']]);
    // 7.9−null, 7.9−6.0, 8.5−6.6, 8.3−6.2, 8.0−null, 4.5−2.8, 9.8−9.6, 3.8−3.6, 6.1−4.6, 6.6−5.8, 6.5−5.9
    expect(values(result)).toEqual([
      ['2015', null],
      ['2016', 1.9],
      ['2017', 1.9],
      ['2018', 2.1],
      ['2019', null],
      ['2020', 1.7],
      ['2021', 0.2],
      ['2022', 0.2],
      ['2023', 1.5],
      ['2024', 0.8],
      ['2025', 0.6],
    ]);
    expect(result.series[0]?.points[8]).toMatchObject({ published: 6.1, source: 'r-2023-annual', inputs: ['r-2023-annual', 'cn-2023'] });
  });

  it('subtracts the region named by vs', () => {
    const result = applyTransform(indicator('industrial-value-added-growth'), 'gap', { vs: 'sichuan' });
    expect(result.vs).toBe('sichuan');
    expect(result.series[0]?.key).toBe('china-vs-sichuan');
    expect(result.series[0]?.points.find((p) => p.period === '2023')?.value).toBe(-1.5);
  });

  it('defaults vs to the second selected region, and ignores an unknown one', () => {
    const reordered = applyTransform(indicator('industrial-value-added-growth'), 'gap', { regions: ['china', 'sichuan'] });
    expect(reordered.vs).toBe('sichuan');
    expect(reordered.series[0]?.key).toBe('china-vs-sichuan');
    expect(applyTransform(indicator('industrial-value-added-growth'), 'gap', { vs: 'atlantis' }).vs).toBe('china');
  });

  it('compares a single selected region with another region of the indicator', () => {
    const result = applyTransform(indicator('industrial-value-added-growth'), 'gap', { regions: ['sichuan'] });
    expect(result.vs).toBe('china');
    expect(result.series.map((s) => s.key)).toEqual(['sichuan-vs-china']);
  });

  it('takes the weakest status of either region, approximate first', () => {
    const rate = (status1: SeriesPointInput['status'], status2: SeriesPointInput['status']): IndicatorInput => ({
      kind: 'rate',
      frequency: 'year',
      series: [
        { region: 'a', points: [{ period: '2023', value: 3, source: 's1', status: status1 }] },
        { region: 'b', points: [{ period: '2023', value: 1, source: 's2', status: status2 }] },
      ],
    });
    const status = (i: IndicatorInput) => applyTransform(i, 'gap').series[0]?.points[0]?.status;
    expect(status(rate('derived', 'approximate'))).toBe('approximate');
    expect(status(rate('shortlist', 'derived'))).toBe('derived');
    expect(status(rate('shortlist', 'provisional'))).toBe('provisional');
    expect(status(rate(undefined, 'shortlist'))).toBe('shortlist');
    expect(status(rate(undefined, undefined))).toBeUndefined();
  });
});

describe('fallback', () => {
  it('applies published when the transform does not fit the kind, and says so', () => {
    const result = applyTransform(indicator('industrial-value-added-growth'), 'additions');
    expect(result.applied).toBe('published');
    expect(result.unitKind).toBe('as-published');
    expect(values(result)[8]).toEqual(['2023', 6.1]);
    expect(applyTransform(indicator('little-giants-total'), 'running-total').applied).toBe('published');
    expect(applyTransform(indicator('green-factories-added'), 'index').applied).toBe('published');
  });

  it('applies published for a gap when the indicator has one region', () => {
    const result = applyTransform(indicator('advantage-industries-growth'), 'gap');
    expect(result.applied).toBe('published');
    expect(result.vs).toBeUndefined();
    expect(values(result)).toEqual([
      ['2023', 6.6],
      ['2024', 6.9],
    ]);
  });
});

describe('regions option', () => {
  const growth = indicator('industrial-value-added-growth');
  const regionsOf = (regions: string[] | undefined) =>
    applyTransform(growth, 'published', { regions }).series.map((s) => s.region);

  it('filters and orders, ignoring unknown and repeated ids', () => {
    expect(regionsOf(['china'])).toEqual(['china']);
    expect(regionsOf(['china', 'sichuan'])).toEqual(['china', 'sichuan']);
    expect(regionsOf(['atlantis', 'china', 'china'])).toEqual(['china']);
  });

  it('means all regions when empty, absent or only unknown', () => {
    expect(regionsOf(undefined)).toEqual(['sichuan', 'china']);
    expect(regionsOf([])).toEqual(['sichuan', 'china']);
    expect(regionsOf(['atlantis'])).toEqual(['sichuan', 'china']);
  });
});

describe('from / to', () => {
  it('is applied after additions, so the first visible year still uses the year before', () => {
    const result = applyTransform(indicator('little-giants-total'), 'additions', { from: '2023' });
    expect(values(result)).toEqual([
      ['2023', 107],
      ['2025', null],
    ]);
  });

  it('is applied after the running total, which does not restart at from', () => {
    const result = applyTransform(indicator('green-factories-added'), 'running-total', { from: '2020', to: '2022' });
    expect(values(result)).toEqual([
      ['2020', 69],
      ['2021', 89],
      ['2022', 126],
    ]);
  });

  it('is inclusive across frequencies and ignores bounds that do not parse', () => {
    const ytd = indicator('industrial-value-added-growth-ytd');
    const periods = (from?: string, to?: string) =>
      applyTransform(ytd, 'published', { regions: ['sichuan'], from, to }).series[0]?.points.map((p) => p.period);
    expect(periods('2023', '2023')).toEqual(['2023-05', '2023-06', '2023-09', '2023-11', '2023-12']);
    expect(periods('2023-Q3', '2023-11')).toEqual(['2023-09', '2023-11']);
    expect(periods('2025-12', 'soon')).toEqual(['2025-12']);
    const yearlyGrowth = applyTransform(indicator('industrial-value-added-growth'), 'published', { from: '2023-06', to: '2024-Q1' });
    expect(values(yearlyGrowth)).toEqual([
      ['2023', 6.1],
      ['2024', 6.6],
    ]);
  });
});

describe('transformGivesValue', () => {
  // A small seeded generator: series with gaps, nulls, zeros, negative values, statuses,
  // repeated and unparsable periods, out of order, and breaks: the cheap check must agree
  // with computing the transform in full, for every transform, kind and option.
  function random(seed: number): () => number {
    let x = seed;
    return () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x / 2147483648;
    };
  }
  const STATUSES = [undefined, 'derived', 'approximate', 'shortlist', 'provisional'] as const;
  function generated(seed: number): { indicator: IndicatorInput; breaks: { region?: string; period: string }[] } {
    const r = random(seed);
    const kinds = ['rate', 'stock', 'flow', 'level'] as const;
    const kind = kinds[Math.floor(r() * 4)]!;
    const regions = 1 + Math.floor(r() * 4);
    const series = Array.from({ length: regions }, (_, i) => {
      const points: SeriesPointInput[] = [];
      for (let year = 2015; year <= 2024; year++) {
        const roll = r();
        if (roll < 0.35) continue;
        const value = roll < 0.45 ? null : roll < 0.5 ? 0 : roll < 0.55 ? -3 : Math.round(r() * 200) / 10;
        const status = STATUSES[Math.floor(r() * STATUSES.length)];
        points.push({ period: r() < 0.03 ? 'bad' : String(year), value, source: `s${Math.floor(r() * 3)}`, ...(status ? { status } : {}) });
        if (r() < 0.05) points.push({ period: String(year), value: 1, source: 's9' });
      }
      if (r() < 0.3) points.reverse();
      return { region: `r${i}`, points };
    });
    const breaks = r() < 0.3 ? [{ period: String(2016 + Math.floor(r() * 8)), ...(r() < 0.5 ? { region: 'r0' } : {}) }] : [];
    return { indicator: { kind, frequency: 'year', series }, breaks };
  }

  it('agrees with the full transform on 400 generated indicators, every transform and option', async () => {
    const { transformGivesValue } = await import('./transforms');
    let offered = 0;
    let refused = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { indicator: ind, breaks } = generated(seed);
      const optionSets = [{}, { breaks }, { from: '2019', to: '2020' }, { regions: ['r1'] }, { vs: 'r2', breaks }, { base: '2018' }, { aggregates: ['r0'] }];
      for (const transform of TRANSFORMS) {
        for (const opts of optionSets) {
          const full = applyTransform(ind, transform, opts);
          const expected = full.applied === transform && full.series.some((s) => s.points.some((p) => p.value !== null && Number.isFinite(p.value)));
          expect(transformGivesValue(ind, transform, opts), `seed ${seed} ${transform} ${JSON.stringify(opts)}`).toBe(expected);
          if (expected) offered++;
          else refused++;
        }
      }
    }
    // The cases cover both answers in numbers.
    expect(offered).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
  });

  it('finds the previous period as a map of every period would, gaps and repeats included', async () => {
    const { previousPeriod, timeOf } = await import('../../lib/periods');
    for (let seed = 1; seed <= 300; seed++) {
      const { indicator: generatedIndicator } = generated(seed);
      const ind: IndicatorInput = { ...generatedIndicator, kind: 'stock' };
      const result = applyTransform(ind, 'additions');
      for (const [k, s] of ind.series.entries()) {
        const sorted = s.points.filter((p) => !Number.isNaN(timeOf(p.period))).sort((a, b) => timeOf(a.period) - timeOf(b.period));
        const byPeriod = new Map(sorted.map((p) => [p.period, p]));
        const expected = sorted.map((p) => {
          const prevPeriod = previousPeriod(p.period);
          const prev = prevPeriod === null ? undefined : byPeriod.get(prevPeriod);
          return p.value !== null && prev?.value != null ? Number((p.value - prev.value).toPrecision(10)) : null;
        });
        expect(result.series[k]!.points.map((p) => p.value), `seed ${seed}`).toEqual(expected);
      }
    }
  });

  it('answers for a 120,000-month series and a 1,000-region indicator', async () => {
    const { transformGivesValue } = await import('./transforms');
    const months: SeriesPointInput[] = [];
    for (let i = 0; i < 120_000; i++) months.push({ period: `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`, value: i % 7, source: 's' });
    const long: IndicatorInput = { kind: 'flow', frequency: 'month', series: [{ region: 'a', points: months }] };
    expect(transformGivesValue(long, 'running-total')).toBe(true);
    const total = applyTransform(long, 'running-total');
    expect(total.series[0]!.points.at(-1)!.value).toBe(months.reduce((sum, p) => sum + p.value!, 0));
    expect(total.series[0]!.points.at(-1)!.inputs).toEqual(['s']);
    const wide: IndicatorInput = { kind: 'stock', frequency: 'year', series: Array.from({ length: 1000 }, (_, i) => ({ region: `r${i}`, points: [{ period: '2020', value: i, source: 's' }] })) };
    expect(transformGivesValue(wide, 'additions')).toBe(false);
    expect(transformGivesValue(wide, 'rank')).toBe(true);
  });
});
