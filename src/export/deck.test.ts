import { describe, expect, it } from 'vitest';
import raw from '../../public/data/sichuan-industry.json';
import { validateDataset } from '../data/dataset/validate';
import { figureModel } from '../data/figure/figure-model';
import { resolveFigureSettings } from '../data/figure/figure-settings';
import { deckChartData, deckStatusData } from './deck';

// A slide's chart must space time as the page does and show which points are flagged.

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset = result.dataset;

function model(id: string) {
  const indicator = dataset.indicators.find((i) => i.id === id)!;
  return figureModel({ dataset, entries: [{ indicator, settings: resolveFigureSettings({}, indicator, dataset) }], plotWidth: 0 });
}

describe('deck chart data', () => {
  it('gives every year a category, so 2019 → 2022 takes three steps and 2022 → 2023 one', () => {
    // 专精特新"小巨人": 2019 14, 2022 316 (derived), 2023 423, 2025 486.
    const [series] = deckChartData(model('little-giants-total'), new Map(), 'zh');
    expect(series!.labels).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(series!.values).toEqual([14, null, null, 316, 423, null, 486]);
  });

  it('draws the flagged points as a series of their own, named by their status', () => {
    const flagged = deckStatusData(model('little-giants-total'), new Map(), 'zh');
    expect(flagged.map((s) => s.name)).toEqual(['推算值']);
    expect(flagged[0]!.values).toEqual([null, null, null, 316, null, null, null]);
    expect(deckStatusData(model('green-factories-added'), new Map(), 'en').map((s) => s.name)).toEqual(['shortlist']);
  });

  it('spaces uneven months of a year-to-date series by the calendar, with a break at each January', () => {
    const [sichuan] = deckChartData(model('industrial-value-added-growth-ytd'), new Map(), 'en');
    const labels = sichuan!.labels;
    // 2022-03 then 2022-08: four empty months between them, not one step.
    const march = labels.findIndex((l) => /Mar/.test(l));
    const august = labels.findIndex((l) => /Aug/.test(l));
    expect(august - march).toBe(5);
    expect(sichuan!.values.slice(march, august + 1)).toEqual([8.1, null, null, null, null, 2]);
  });
});
