import { describe, expect, it } from 'vitest';
import raw from '../../public/data/sichuan-industry.json';
import { validateDataset } from '../data/dataset/validate';
import { figureModel } from '../data/figure/figure-model';
import { resolveFigureSettings } from '../data/figure/figure-settings';
import { chartText, compactSourcesText } from './chart-text';

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset = result.dataset;

function model(id: string) {
  const indicator = dataset.indicators.find((i) => i.id === id)!;
  return figureModel({ dataset, entries: [{ indicator, settings: resolveFigureSettings({}, indicator, dataset) }], plotWidth: 0 });
}

describe('the words around an exported chart', () => {
  it('keys each status the shown series contain, named and explained', () => {
    const text = chartText(dataset, model('green-factories-added'), 'zh');
    expect(text.statusKey).toEqual([{ status: 'shortlist', label: '公示名单：依据公示名单统计，可能与最终名单不同' }]);
    expect(chartText(dataset, model('industrial-value-added-growth'), 'zh').statusKey).toEqual([]);
  });

  it('names at most three sources and counts the rest', () => {
    const growth = model('industrial-value-added-growth');
    const all = growth.sources.length;
    expect(all).toBeGreaterThan(3);
    const zh = compactSourcesText(dataset, growth.sources, 'zh');
    expect(zh.startsWith('来源：')).toBe(true);
    expect(zh.split('；')).toHaveLength(3);
    expect(zh.endsWith(`等${all}个来源`)).toBe(true);
    expect(compactSourcesText(dataset, growth.sources, 'en').endsWith(`… ${all} sources in all`)).toBe(true);
  });

  it('carries the citation line of the dataset and the figure, in the interface language', () => {
    const text = chartText(dataset, model('green-factories-added'), 'en');
    expect(text.citation).toMatch(/^Suggested citation: .+: .*green factories.* \(data updated .+\)\.$/i);
  });
});
