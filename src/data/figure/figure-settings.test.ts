import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import type { Dataset, Indicator } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { generateLargeDataset } from '../../../mocks/generate-large-dataset';
import { defaultRegions, DEFAULT_REGION_LIMIT, figureParamsOf, resolveFigureSettings, transformChoices } from './figure-settings';

// Which transforms a control offers: only those that give a value on the indicator's numbers.

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset: Dataset = result.dataset;
const indicator = (id: string): Indicator => dataset.indicators.find((i) => i.id === id)!;

describe('transform choices', () => {
  it('refuses a change and an addition for a stock published in years that are never neighbours', () => {
    // 规模以上工业企业数: 2016, 2021, 2023, 2025 — no year has the year before it.
    const choices = transformChoices(indicator('above-size-enterprises'), dataset);
    expect(choices.offered).toEqual(['published']);
    expect(choices.refused.map((r) => [r.transform, r.reason])).toEqual([
      ['additions', 'no-value'],
      ['change', 'no-value'],
      ['rank', 'rank-regions'],
    ]);
  });

  it('falls back to the published figure when the address asks for a refused transform', () => {
    const ind = indicator('above-size-enterprises');
    expect(resolveFigureSettings({ transform: 'change' }, ind, dataset).transform).toBe('published');
  });

  it('offers the gap and the two-year average for a rate with two regions and neighbouring years', () => {
    const choices = transformChoices(indicator('industrial-value-added-growth'), dataset);
    expect(choices.offered).toEqual(['published', 'gap', 'two-year-average']);
    expect(choices.refused).toEqual([{ transform: 'rank', reason: 'rank-regions', regions: 1 }]);
  });
});

describe('default regions', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);

  it('keeps every region up to the limit', () => {
    expect(defaultRegions(ids(10), [])).toEqual(ids(10));
    expect(defaultRegions(ids(3), ['r2'])).toEqual(['r1', 'r2', 'r3']);
  });

  it('beyond the limit keeps the aggregates, then the first regions, in dataset order', () => {
    // r7 and r900 stand for the whole: kept, and eight of the first regions beside them.
    expect(defaultRegions(ids(1000), ['r7', 'r900'])).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r900']);
  });

  it('never keeps more than the limit, even of aggregates', () => {
    const all = ids(30);
    expect(defaultRegions(all, all)).toEqual(ids(DEFAULT_REGION_LIMIT));
  });
});

describe('figure settings of an indicator with 1,000 regions', () => {
  const dataset = generateLargeDataset({ regions: 1000, indicators: 1, months: 3, seed: 1 });
  const indicator = dataset.indicators[0]!;

  it('shows ten regions by default, the aggregate first, and a link to the default names none', () => {
    const settings = resolveFigureSettings({}, indicator, dataset);
    expect(settings.regions).toHaveLength(10);
    expect(settings.regions[0]).toBe('region-01');
    expect(settings.regions[9]).toBe('region-10');
    expect(figureParamsOf(settings, indicator, dataset).regions).toBeUndefined();
  });

  it('honours regions the address asks for, beyond the first ten', () => {
    const settings = resolveFigureSettings({ regions: ['region-500', 'region-1000'] }, indicator, dataset);
    expect(settings.regions).toEqual(['region-500', 'region-1000']);
    expect(figureParamsOf(settings, indicator, dataset).regions).toEqual(['region-500', 'region-1000']);
  });
});
