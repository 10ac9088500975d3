import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLargeDataset } from '../../../mocks/generate-large-dataset';
import { indicatorSchema } from './schema';
import { parseIndicator } from './plain-points';
import { validateDataset } from './validate';

// parseIndicator takes plain points by a fast path; it must give exactly what the full schema
// gives, and leave every point that is not plain to the full schema.
describe('the fast path for plain points', () => {
  const sichuan = JSON.parse(readFileSync('public/data/sichuan-industry.json', 'utf8')) as { indicators: unknown[] };
  const large = generateLargeDataset({ regions: 3, indicators: 8, months: 30, seed: 3 }) as unknown as { indicators: unknown[] };

  it.each([
    ['the default dataset', sichuan.indicators],
    ['a generated dataset', large.indicators],
  ])('gives the full schema’s result on %s', (_name, indicators) => {
    for (const raw of indicators) {
      const fast = parseIndicator(raw);
      const full = indicatorSchema.safeParse(raw);
      expect(fast.success).toBe(full.success);
      expect(fast.data).toStrictEqual(full.data);
    }
  });

  it('turns -0 into 0, sorts periods and drops unknown keys, as the full schema does', () => {
    const raw = {
      id: 'x', theme: 't', name: 'X', unit: '%', kind: 'rate', frequency: 'year',
      series: [{ region: 'r', points: [{ period: '2024', value: -0, source: null, extra: 1 }, { period: '2023', value: 1.5, source: 's', status: 'derived' }] }],
    };
    const fast = parseIndicator(raw);
    expect(fast.data).toStrictEqual(indicatorSchema.safeParse(raw).data);
    expect(Object.is(fast.data?.series[0]?.points[1]?.value, 0)).toBe(true);
    expect(fast.data?.series[0]?.points.map((p) => p.period)).toEqual(['2023', '2024']);
  });

  it.each([
    ['a value that is a string', { period: '2023', value: '1', source: null }, 'finite-number'],
    ['a period that does not parse', { period: '2023-13', value: 1, source: null }, 'period-format'],
    ['a missing source', { period: '2023', value: 1 }, 'required'],
    ['an unknown status', { period: '2023', value: 1, source: null, status: 'guess' }, 'enum'],
  ])('still reports %s through the full schema', (_name, point, rule) => {
    const dataset = JSON.parse(readFileSync('public/data/sichuan-industry.json', 'utf8')) as { indicators: { series: { points: unknown[] }[] }[] };
    dataset.indicators[0]!.series[0]!.points.push(point);
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dropped[0]?.issues.map((i) => i.rule)).toContain(rule);
  });
});

// The check of periods and sources takes one pass without a map for a series in time order;
// the faults it must still see in such a series, and in one that is not in order.
describe('the references of points in time order', () => {
  const monthly = (points: unknown[]) => ({
    format: 'indicator-dataset/v1', id: 'd', title: 'D', updated: '2024-01-01',
    regions: [{ id: 'r', name: 'R' }], themes: [{ id: 't', name: 'T' }], sources: [{ id: 's', kind: 'official', title: 'S' }],
    indicators: [
      { id: 'ok', theme: 't', name: 'OK', unit: '%', kind: 'rate', frequency: 'month', series: [{ region: 'r', points: [{ period: '2024-01', value: 1, source: 's' }] }] },
      { id: 'x', theme: 't', name: 'X', unit: '%', kind: 'rate', frequency: 'month', series: [{ region: 'r', points }] },
    ],
  });
  const point = (period: string, source: string | null = 's') => ({ period, value: 1, source });

  it.each([
    ['a quarter among months, in order', [point('2023-11'), point('2023-12'), point('2024-Q1')], 'points[2].period period-frequency'],
    ['a year among months, in order', [point('2022'), point('2023-01'), point('2023-02')], 'points[0].period period-frequency'],
    ['an unknown source, in order', [point('2023-01'), point('2023-02', 'nowhere')], 'points[1].source unknown-source'],
    ['a repeated period after an earlier one', [point('2023-01'), point('2023-02'), point('2023-02')], 'points[2].period duplicate-period'],
    ['a repeated period out of order', [point('2023-03'), point('2023-01'), point('2023-03')], 'points[2].period duplicate-period'],
  ])('%s', (_name, points, fault) => {
    const result = validateDataset(monthly(points));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped.map((d) => d.issues.map((i) => `${i.path.replace(/^indicators\[1\]\.series\[0\]\./, '')} ${i.rule}`))).toEqual([[fault]]);
  });

  it('keeps a clean series, in order or not, with its points in time order', () => {
    for (const points of [[point('2023-01'), point('2023-02', null)], [point('2023-02'), point('2023-01')]]) {
      const result = validateDataset(monthly(points));
      expect(result.ok && result.dropped).toEqual([]);
      if (result.ok) expect(result.dataset.indicators[1]?.series[0]?.points.map((p) => p.period)).toEqual(['2023-01', '2023-02']);
    }
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes as an encoder would', async () => {
    const { utf8Length } = await import('../load/parse-dataset');
    for (const text of ['', 'abc', 'é', '四川省', '1.79万亿元', '😀', 'a😀b\u{10ffff}', '\ud800', 'x\udc00y', '\ud800\ud800\udc00']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
