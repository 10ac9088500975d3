import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import type { Dataset, Indicator } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { resolveFigureSettings, transformChoices } from './figure-settings';

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
