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

describe('utf8Length', () => {
  it('counts UTF-8 bytes as an encoder would', async () => {
    const { utf8Length } = await import('../load/parse-dataset');
    for (const text of ['', 'abc', 'é', '四川省', '1.79万亿元', '😀', 'a😀b\u{10ffff}', '\ud800', 'x\udc00y', '\ud800\ud800\udc00']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
