import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate';
import raw from '../../public/data/sichuan-industry.json';
import { readViewParams, resolveViewSettings, viewSettingsToParams } from './view-params';

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset = result.dataset;
const indicator = (id: string) => {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('view parameters from the address', () => {
  it('reads every setting', () => {
    const p = readViewParams(new URLSearchParams('view=table&regions=china,sichuan&from=2016&to=2023&transform=gap&vs=china&scale=log&type=area'));
    expect(p).toEqual({ view: 'table', regions: ['china', 'sichuan'], from: '2016', to: '2023', transform: 'gap', base: undefined, vs: 'china', scale: 'log', type: 'area' });
  });

  it('drops invalid values instead of failing', () => {
    const p = readViewParams(new URLSearchParams('view=pie&from=2023-13&transform=magic&scale=cubic&type=donut&regions=,'));
    expect(p).toEqual({ view: undefined, regions: undefined, from: undefined, to: undefined, transform: undefined, base: undefined, vs: undefined, scale: undefined, type: undefined });
  });

  it('falls back to defaults that fit the indicator', () => {
    const growth = indicator('industrial-value-added-growth');
    const s = resolveViewSettings(readViewParams(new URLSearchParams('transform=running-total&regions=atlantis')), growth, dataset);
    expect(s).toMatchObject({ view: 'chart', regions: ['sichuan', 'china'], transform: 'published', scale: 'linear', type: 'line' });
    expect(resolveViewSettings(readViewParams(new URLSearchParams()), indicator('green-factories-added'), dataset).type).toBe('bar');
  });

  it('keeps region order of the dataset whatever the order in the address', () => {
    const s = resolveViewSettings(readViewParams(new URLSearchParams('regions=china,sichuan')), indicator('industrial-value-added-growth'), dataset);
    expect(s.regions).toEqual(['sichuan', 'china']);
  });

  it('writes back only what differs from the defaults', () => {
    const growth = indicator('industrial-value-added-growth');
    const s = resolveViewSettings(readViewParams(new URLSearchParams('transform=gap&vs=china&from=2016')), growth, dataset);
    expect(viewSettingsToParams(s, growth, dataset)).toEqual({
      view: undefined, regions: undefined, from: '2016', to: undefined, transform: 'gap', base: undefined, vs: 'china', scale: undefined, type: undefined,
    });
  });
});
