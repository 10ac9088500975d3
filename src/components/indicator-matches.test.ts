import { describe, expect, it } from 'vitest';
import type { Indicator } from '../data/dataset/schema';
import { matchIndicators } from './indicator-matches';

function indicator(id: string, zh: string, en: string): Indicator {
  return { id, theme: 't', name: { zh, en }, unit: '%', kind: 'rate', frequency: 'year', cumulative: false, highlight: false, series: [] };
}

const list = [
  indicator('green-parks', '新增国家级绿色工业园区', 'National green industrial parks added'),
  indicator('green-factories', '新增国家级绿色工厂', 'National green factories added'),
  indicator('growth', '规模以上工业增加值增速', 'Growth of industrial value added'),
];

describe('indicator search', () => {
  it('finds by the Chinese name, any part of it', () => {
    expect(matchIndicators(list, '绿色工厂').shown.map((i) => i.id)).toEqual(['green-factories']);
    expect(matchIndicators(list, '绿色').shown.map((i) => i.id)).toEqual(['green-parks', 'green-factories']);
  });

  it('finds by the English name whatever the case and spacing, every word somewhere in it', () => {
    expect(matchIndicators(list, '  FACTORIES   green ').shown.map((i) => i.id)).toEqual(['green-factories']);
    expect(matchIndicators(list, 'growth').shown.map((i) => i.id)).toEqual(['growth']);
  });

  it('puts names that start with the words first, the others in dataset order', () => {
    const more = [...list, indicator('power', '工业用电量', 'Industrial electricity use')];
    expect(matchIndicators(more, '工业').shown.map((i) => i.id)).toEqual(['power', 'green-parks', 'growth']);
    expect(matchIndicators(more, 'industrial').shown.map((i) => i.id)).toEqual(['power', 'green-parks', 'growth']);
  });

  it('finds nothing for nothing typed, and counts matches beyond the limit', () => {
    expect(matchIndicators(list, '   ')).toEqual({ shown: [], more: 0 });
    const many = Array.from({ length: 300 }, (_, i) => indicator(`x${i}`, `指标${i}`, `Indicator ${i}`));
    const found = matchIndicators(many, '指标', 12);
    expect(found.shown).toHaveLength(12);
    expect(found.more).toBe(288);
  });
});
