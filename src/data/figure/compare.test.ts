import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import { validateDataset } from '../dataset/validate';
import { compareEntries, compareLayout, comparePlan, readCompareIds } from './compare';
import { transformUnit, unitKey } from '../series/transform-unit';

describe('compare selection', () => {
  const known = new Set(['a', 'b', 'c']);

  it('keeps known ids in address order, once each, and reports the unknown', () => {
    expect(readCompareIds(['b', 'a', 'zz', 'b'], known)).toEqual({ ids: ['b', 'a'], unknown: ['zz'] });
    expect(readCompareIds(undefined, known)).toEqual({ ids: [], unknown: [] });
  });

  it('shares one axis only when every unit agrees', () => {
    const percent = unitKey('as-published', { zh: '%', en: '%' });
    expect(compareLayout([percent, unitKey('as-published', { en: '%', zh: '%' })])).toBe('shared');
    // 家 is "factories" for one indicator and "enterprises" for another: not the same unit.
    expect(compareLayout([unitKey('as-published', { zh: '家', en: 'factories' }), unitKey('as-published', { zh: '家', en: 'enterprises' })])).toBe('multiples');
    // A percent change of a count and a growth rate as published are both percent, but not the same quantity.
    expect(compareLayout([percent, unitKey('percent', { zh: '户', en: 'enterprises' })])).toBe('multiples');
    expect(compareLayout([unitKey('index', '亿元'), unitKey('index', '户')])).toBe('shared');
    expect(compareLayout([])).toBe('multiples');
  });

});

describe('units of transformed values', () => {
  it('names percentage points, percent and index whatever the indicator counts', () => {
    expect(transformUnit('percentage-points', '%')).toEqual({ zh: '百分点', en: 'pp' });
    expect(transformUnit('percent', '户')).toBe('%');
    expect(transformUnit('index', '亿元')).toEqual({ zh: '指数', en: 'index' });
    expect(transformUnit('as-published', '户')).toBe('户');
  });
});

describe('compare plan on the default dataset', () => {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error('default dataset must be valid');
  const dataset = result.dataset;
  const pick = (...ids: string[]) => ids.map((id) => dataset.indicators.find((i) => i.id === id)!);

  it('draws indicators of different units as multiples on one time span', () => {
    // Green factories 2017–2023 (家), growth 2015–2025 (%): the union is 2015–2025.
    const plan = comparePlan(compareEntries(dataset, pick('green-factories-added', 'industrial-value-added-growth'), {}));
    expect(plan.layout).toBe('multiples');
    expect(plan.charts.map((c) => c.map((e) => e.indicator.id))).toEqual([['green-factories-added'], ['industrial-value-added-growth']]);
    expect(plan.timeDomain).toEqual([2015, 2025]);
  });

  it('gives every compared indicator the shared settings that fit it, and one chart type', () => {
    // A gap fits the rate (two regions) but not the flow, which falls back to as published.
    const entries = compareEntries(dataset, pick('industrial-value-added-growth', 'green-factories-added'), { transform: 'gap' });
    expect(entries.map((e) => [e.settings.transform, e.settings.type])).toEqual([
      ['gap', 'line'],
      ['published', 'line'],
    ]);
  });

  it('shares one axis for two growth rates, and not for factories beside parks', () => {
    expect(comparePlan(compareEntries(dataset, pick('industrial-value-added-growth', 'high-tech-manufacturing-growth'), {})).layout).toBe('shared');
    // 家 / factories and 个 / parks count different things.
    expect(comparePlan(compareEntries(dataset, pick('green-factories-added', 'green-parks-added'), {})).layout).toBe('multiples');
  });
});
