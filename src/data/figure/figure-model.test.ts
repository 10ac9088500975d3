import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import { timeOf } from '../../lib/periods';
import type { Dataset, Indicator } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { compareEntries, comparePlan } from './compare';
import { figureModel, segmentsOf, type FigureModel, type FigurePoint } from './figure-model';
import { figureOutline } from './figure-outline';
import { resolveFigureSettings, type FigureParams } from './figure-settings';
import { periodAtTime, timeTicks } from './time-axis';

// The figure model is tested the way Our World in Data tests its chart state: no DOM, the model
// built from the default dataset (or a small one made here), and the expected numbers worked out
// by hand from the points listed in the comments.

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset = result.dataset;
const indicator = (id: string) => {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

function model(id: string, params: FigureParams = {}, plotWidth = 0, ds: Dataset = dataset): FigureModel {
  const ind = ds.indicators.find((i) => i.id === id)!;
  return figureModel({ dataset: ds, entries: [{ indicator: ind, settings: resolveFigureSettings(params, ind, ds) }], plotWidth });
}

const periods = (points: readonly FigurePoint[]) => points.map((p) => p.period);
const values = (points: readonly FigurePoint[]) => points.map((p) => p.value);

describe('figure model: industrial value added growth (rate, yearly, Sichuan and China)', () => {
  const growth = model('industrial-value-added-growth');

  it('has one series per region in dataset order, keyed by indicator and region', () => {
    expect(growth.series.map((s) => [s.key, s.region, s.styleIndex])).toEqual([
      ['industrial-value-added-growth__sichuan', 'sichuan', 0],
      ['industrial-value-added-growth__china', 'china', 1],
    ]);
    expect(growth.unit).toMatchObject({ kind: 'as-published', decimals: 1 });
  });

  it('breaks a line at a known gap and bridges nothing else', () => {
    // China: 2015 null, 2016–2018 values, 2019 null, 2020–2025 values → two runs.
    const china = growth.series[1]!;
    expect(china.segments.map(periods)).toEqual([
      ['2016', '2017', '2018'],
      ['2020', '2021', '2022', '2023', '2024', '2025'],
    ]);
    expect(growth.series[0]!.segments).toHaveLength(1);
  });

  it('sets the value axis from zero to a round top above 9.8, with round ticks', () => {
    // Highest value 9.8 (Sichuan 2021), lowest 2.8 (China 2020); zero is included. A span of
    // 9.8 in four intervals is 2.45, nearest round step 2: ticks 0, 2, … 10.
    expect(growth.value).toEqual({ scale: 'linear', domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10], reversed: false });
    expect(growth.zeroLine).toBe(false);
  });

  it('spans the years on the time axis, with a tick every two years', () => {
    expect(growth.time.domain).toEqual([2015, 2025]);
    expect(growth.time.ticks).toEqual([2016, 2018, 2020, 2022, 2024]);
    expect(growth.times).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(growth.markers).toBe(true);
  });

  it('keeps the facts of its summary: latest, previous, comparison and range', () => {
    // 2025: Sichuan 6.5, 2024: 6.6 → −0.1; China 2025 5.9 → Sichuan is 0.6 higher.
    // High 9.8 (2021), low 3.8 (2022), over 2015–2025.
    expect(growth.facts).toMatchObject({
      region: 'sichuan',
      latest: { period: '2025', value: 6.5 },
      previous: { point: { period: '2024', value: 6.6 }, change: -0.1 },
      comparison: { region: 'china', point: { period: '2025', value: 5.9 }, difference: 0.6 },
      range: { first: '2015', last: '2025', high: { period: '2021', value: 9.8 }, low: { period: '2022', value: 3.8 } },
    });
  });

  it('gives the gap to China in percentage points, a gap where either is missing', () => {
    // Sichuan − China: 2015 gap, 2016 7.9−6.0 = 1.9, 2017 1.9, 2018 2.1, 2019 gap, 2020 1.7,
    // 2021 0.2, 2022 0.2, 2023 1.5, 2024 0.8, 2025 0.6.
    const gap = model('industrial-value-added-growth', { transform: 'gap' });
    expect(gap.shown).toEqual([{ transform: 'gap', base: undefined, vs: 'china' }]);
    expect(gap.unit).toEqual({ kind: 'percentage-points', text: { zh: '百分点', en: 'pp' }, decimals: 1 });
    expect(gap.series).toHaveLength(1);
    expect(values(gap.series[0]!.points)).toEqual([null, 1.9, 1.9, 2.1, null, 1.7, 0.2, 0.2, 1.5, 0.8, 0.6]);
    // Ticks are round in points: 0 to 2.1 in four intervals is 0.525, nearest round step 0.5.
    expect(gap.value.ticks).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
  });

  it('keeps only the range asked for, and the transform is computed before it is cut', () => {
    const ranged = model('industrial-value-added-growth', { from: '2022', to: '2024', regions: ['sichuan'] });
    expect(ranged.series.map((s) => s.region)).toEqual(['sichuan']);
    expect(periods(ranged.series[0]!.points)).toEqual(['2022', '2023', '2024']);
    expect(ranged.facts?.previous).toEqual({ point: { period: '2023', value: 6.1 }, change: 0.5 });
  });
});

describe('figure model: year-to-date series', () => {
  it('starts each year afresh, whatever months are published', () => {
    // Sichuan publishes 2022-03, 08, 09, 11, 12, then 2023-05, 06 (derived), 09, 11, 12, …:
    // the runs are the years, and absent months inside a year are bridged.
    const ytd = model('industrial-value-added-growth-ytd');
    const sichuan = ytd.series[0]!;
    expect(sichuan.segments.map((s) => s[0]!.period)).toEqual(['2022-03', '2023-05', '2024-03', '2025-03']);
    expect(periods(sichuan.segments[0]!)).toEqual(['2022-03', '2022-08', '2022-09', '2022-11', '2022-12']);
    // China: 2023-06, 11, 12 | 2024-12 | 2025-11, 12.
    expect(ytd.series[1]!.segments.map(periods)).toEqual([['2023-06', '2023-11', '2023-12'], ['2024-12'], ['2025-11', '2025-12']]);
    expect(ytd.statuses).toEqual(['derived']);
  });

  it('breaks at January in a comparison too, next to a yearly indicator', () => {
    const entries = compareEntries(dataset, [indicator('industrial-value-added-growth-ytd'), indicator('industrial-value-added-growth')], {});
    const plan = comparePlan(entries);
    // Both are rates in percent: one shared chart.
    expect(plan.layout).toBe('shared');
    const compared = figureModel({ dataset, entries: plan.charts[0]!, plotWidth: 0 });
    const ytd = compared.series.find((s) => s.key === 'industrial-value-added-growth-ytd__sichuan')!;
    expect(ytd.segments).toHaveLength(4);
    const yearly = compared.series.find((s) => s.key === 'industrial-value-added-growth__sichuan')!;
    expect(yearly.segments).toHaveLength(1);
    // Several indicators: each series has its own style, in order.
    expect(compared.series.map((s) => s.styleIndex)).toEqual([0, 1, 2, 3]);
    expect(compared.frequency).toBe('month');
  });

  it('a yearly cumulative series is not broken at every point', () => {
    const runs = segmentsOf(
      ['2021', '2022', '2023'].map((period, i) => ({ period, t: timeOf(period), value: i, published: i, source: null, inputs: [] })),
      false,
    );
    expect(runs).toHaveLength(1);
  });
});

describe('figure model: flows, bars and statuses', () => {
  const factories = model('green-factories-added');

  it('draws a flow as bars, padded by half a year each side', () => {
    expect(factories.type).toBe('bar');
    expect(factories.time.domain).toEqual([2016.5, 2023.5]);
  });

  it('keeps the shortlist status of 2022 for the key', () => {
    expect(factories.statuses).toEqual(['shortlist']);
    expect(factories.series[0]!.points.find((p) => p.period === '2022')?.status).toBe('shortlist');
  });

  it('runs the total over the periods shown, from the start of the series', () => {
    // 7, 14, 19, 29, 20, 37, 38 → running totals 7, 21, 40, 69, 89, 126, 164; from 2020: 69, 89, 126, 164.
    const total = model('green-factories-added', { transform: 'running-total', from: '2020' });
    expect(values(total.series[0]!.points)).toEqual([69, 89, 126, 164]);
    // 0 to 164 in four intervals is 41 → 50: ticks 0, 50, 100, 150, 200.
    expect(total.value.ticks).toEqual([0, 50, 100, 150, 200]);
  });

  it('outlines the same series, statuses and sources before its points are computed', () => {
    const entry = { indicator: indicator('green-factories-added'), settings: resolveFigureSettings({}, indicator('green-factories-added'), dataset) };
    const outline = figureOutline(dataset, entry);
    expect(outline.series.map((s) => s.key)).toEqual(factories.series.map((s) => s.key));
    expect(outline.statuses).toEqual(factories.statuses);
    expect(new Set(outline.sources)).toEqual(new Set(factories.sources));
  });
});

describe('figure model: log scale', () => {
  it('leaves room below the lowest value, so no point sits on the axis line', () => {
    // Lowest 2.8 (China 2020): the domain starts at 2, the next 1-2-5 value below 2.8/1.05;
    // highest 9.8: it ends at 20, the first above 9.8 × 1.05.
    const log = model('industrial-value-added-growth', { scale: 'log' });
    expect(log.value.scale).toBe('log');
    expect(log.value.domain).toEqual([2, 20]);
    expect(log.value.ticks).toEqual([2, 5, 10, 20]);
  });

  it('refuses the log scale where there is nothing positive to place, and draws linear', () => {
    // Above-size enterprises are published for years two or more apart: no change on the
    // previous period can be computed, so there is no value at all. (The settings no longer
    // offer that transform; the model is asked for it directly.)
    const ind = indicator('above-size-enterprises');
    const settings = { ...resolveFigureSettings({ scale: 'log' }, ind, dataset), transform: 'change' as const };
    const change = figureModel({ dataset, entries: [{ indicator: ind, settings }], plotWidth: 0 });
    expect(change.logVerdict).toBe('no-values');
    expect(change.value.scale).toBe('linear');
  });
});

describe('figure model: width and extremes', () => {
  function long(points: number): Dataset {
    const values = Array.from({ length: points }, (_, i) => ({ period: periodAtTime(2000 + i / 12, 'month'), value: Math.sin(i / 7) * 10, source: null }));
    const ind: Indicator = { id: 'm', theme: 't', name: 'M', unit: '%', kind: 'rate', frequency: 'month', cumulative: false, highlight: false, series: [{ region: 'r', points: values }] };
    return { ...dataset, indicators: [ind] };
  }

  it('thins the drawn points to the plot width, keeping every point for the table', () => {
    // 1,200 months on 300 pixels: min–max per pixel keeps at most about four points a pixel.
    const thin = model('m', {}, 300, long(1200));
    const s = thin.series[0]!;
    expect(s.points).toHaveLength(1200);
    expect(s.drawn.length).toBeLessThan(1200);
    expect(s.drawn.length).toBeLessThanOrEqual(4 * 300);
    expect(thin.markers).toBe(false);
    // The same model with room for every point draws them all, as the same array.
    const wide = model('m', {}, 2000, long(1200));
    expect(wide.series[0]!.drawn).toBe(wide.series[0]!.points);
  });

  it('says when values cannot share one axis instead of drawing nothing', () => {
    const huge = long(3);
    huge.indicators[0]!.series[0]!.points = [
      { period: '2000-01', value: -1.797e308, source: null },
      { period: '2000-02', value: 1.797e308, source: null },
    ];
    const m = model('m', {}, 0, huge);
    expect(m.unplottable).toBe(true);
    expect(model('m', {}, 0, long(3)).unplottable).toBe(false);
  });
});

describe('time axis', () => {
  it('puts a tick on every year of a short yearly span and thins long ones', () => {
    expect(timeTicks(2017, 2023, 'year')).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(timeTicks(2015, 2025, 'year')).toEqual([2016, 2018, 2020, 2022, 2024]);
  });

  it('marks year starts on monthly data over several years', () => {
    expect(timeTicks(timeOf('2022-03'), timeOf('2025-12'), 'month')).toEqual([2023, 2024, 2025]);
  });

  it('maps a time back to its period', () => {
    expect(periodAtTime(2023.5, 'month')).toBe('2023-07');
    expect(periodAtTime(2023.75, 'quarter')).toBe('2023-Q4');
    expect(periodAtTime(2021, 'year')).toBe('2021');
  });
});
