import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/dataset/schema';
import { citationLine, compactSources } from './citation';

const dataset = {
  format: 'indicator-dataset/v1',
  id: 'd',
  title: { zh: '四川省工业经济指标', en: 'Sichuan industrial indicators' },
  updated: '2025-12-31',
  regions: [],
  themes: [],
  indicators: [],
  sources: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, kind: 'official', title: { zh: `文件${id}`, en: `Paper ${id}` }, ...(id === 'a' ? { publisher: { zh: '省统计局', en: 'Provincial bureau' } } : {}) })),
} as unknown as Dataset;

describe('citation', () => {
  it('names the dataset, the figure and the revision date in the interface language', () => {
    expect(citationLine(dataset, 'zh', { figure: '新增国家级绿色工厂', url: 'https://intra.example/#/' })).toBe(
      '建议引用：四川省工业经济指标·新增国家级绿色工厂（数据更新于2025年12月31日），https://intra.example/#/。',
    );
    expect(citationLine(dataset, 'en')).toBe('Suggested citation: Sichuan industrial indicators (data updated 31 Dec 2025).');
  });

  it('keeps the first sources and counts the rest', () => {
    expect(compactSources(dataset, ['e', 'a', 'c', 'd'], 'zh')).toEqual({ shown: ['文件a（省统计局）', '文件c', '文件d'], more: 1 });
    expect(compactSources(dataset, ['b'], 'en', 2)).toEqual({ shown: ['Paper b'], more: 0 });
  });
});
