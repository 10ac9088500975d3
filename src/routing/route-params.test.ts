import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/dataset/validate';
import raw from '../../public/data/sichuan-industry.json';
import { figureParamsOf, resolveFigureSettings } from '../data/figure/figure-settings';
import { figureParams, paramsToChanges, readRouteParams } from './route-params';

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset = result.dataset;
const indicator = (id: string) => {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
const query = (q: string) => new URLSearchParams(q);

describe('route parameters from the address', () => {
  it('reads every setting of the indicator view', () => {
    const p = readRouteParams('indicator', query('view=table&regions=china,sichuan&from=2016&to=2023&transform=gap&vs=china&scale=log&type=area&lang=en'));
    expect(p).toMatchObject({ view: 'table', regions: ['china', 'sichuan'], from: '2016', to: '2023', transform: 'gap', vs: 'china', scale: 'log', type: 'area', lang: 'en' });
  });

  it('drops invalid values instead of failing', () => {
    const p = readRouteParams('indicator', query('view=pie&from=2023-13&transform=magic&scale=cubic&type=donut&regions=,&lang=fr&refresh=0'));
    expect(p).toEqual({
      lang: undefined,
      appearance: undefined,
      data: undefined,
      refresh: undefined,
      view: undefined,
      regions: undefined,
      from: undefined,
      to: undefined,
      transform: undefined,
      base: undefined,
      vs: undefined,
      scale: undefined,
      type: undefined,
    });
  });

  it('reads each route with its own schema', () => {
    expect(readRouteParams('compare', query('ids=b,a,,b'))).toMatchObject({ ids: ['b', 'a'] });
    expect(readRouteParams('present', query('slides=x&slide=3'))).toMatchObject({ slides: ['x'], slide: 3 });
    expect(readRouteParams('embed', query('card=kpi&controls=0'))).toMatchObject({ card: 'kpi', controls: '0' });
    // What a route does not know is not read: `ids` means nothing to the overview.
    expect(readRouteParams('overview', query('ids=a'))).not.toHaveProperty('ids');
  });

  it('writes lists as comma lists and removes empty values', () => {
    expect(paramsToChanges({ regions: ['a', 'b'], from: undefined, slide: 2, ids: [] })).toEqual({ regions: 'a,b', from: undefined, slide: '2', ids: undefined });
  });
});

describe('figure settings from the address', () => {
  it('falls back to defaults that fit the indicator', () => {
    const growth = indicator('industrial-value-added-growth');
    const s = resolveFigureSettings(figureParams(readRouteParams('indicator', query('transform=running-total&regions=atlantis'))), growth, dataset);
    expect(s).toMatchObject({ regions: ['sichuan', 'china'], transform: 'published', scale: 'linear', type: 'line' });
    expect(resolveFigureSettings({}, indicator('green-factories-added'), dataset).type).toBe('bar');
  });

  it('keeps region order of the dataset whatever the order in the address', () => {
    const s = resolveFigureSettings({ regions: ['china', 'sichuan'] }, indicator('industrial-value-added-growth'), dataset);
    expect(s.regions).toEqual(['sichuan', 'china']);
  });

  it('writes back only what differs from the defaults', () => {
    const growth = indicator('industrial-value-added-growth');
    const s = resolveFigureSettings({ transform: 'gap', vs: 'china', from: '2016' }, growth, dataset);
    expect(paramsToChanges({ ...figureParamsOf(s, growth, dataset) })).toEqual({
      regions: undefined,
      from: '2016',
      to: undefined,
      transform: 'gap',
      base: undefined,
      vs: 'china',
      scale: undefined,
      type: undefined,
    });
  });
});
