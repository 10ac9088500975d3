import { describe, expect, it } from 'vitest';
import { compareLayout, readCompareIds, unionDomain } from './compare-selection';
import { transformUnit, unitKey } from './transform-unit';

describe('compare selection', () => {
  const known = new Set(['a', 'b', 'c']);

  it('keeps known ids in address order, once each, and reports the unknown', () => {
    expect(readCompareIds(' b,a,,zz,b ', known)).toEqual({ ids: ['b', 'a'], unknown: ['zz'] });
    expect(readCompareIds(null, known)).toEqual({ ids: [], unknown: [] });
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

  it('spans every domain', () => {
    expect(unionDomain([[2017, 2023], [2015, 2020.5]])).toEqual([2015, 2023]);
    expect(unionDomain([])).toBeNull();
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
