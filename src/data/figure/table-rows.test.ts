import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import { validateDataset } from '../dataset/validate';
import { figureModel } from './figure-model';
import { resolveFigureSettings, type FigureParams } from './figure-settings';
import { buildTableRows, nextSort, sortTableRows, type TableRow } from './table-rows';
import type { RowPoint } from './table-rows';

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const dataset = result.dataset;
const indicator = (id: string) => {
  const found = dataset.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};
/** The series of an indicator's figure with these settings, and what it shows. */
const indicatorSeries = (ind: ReturnType<typeof indicator>, params: FigureParams) => {
  const model = figureModel({ dataset, entries: [{ indicator: ind, settings: resolveFigureSettings(params, ind, dataset) }], plotWidth: 0 });
  return { series: model.series, unit: model.unit };
};

function column<P extends RowPoint>(rows: TableRow<P>[], index = 0): [string, number | null | undefined][] {
  return rows.map((r) => [r.period, r.cells[index]?.value]);
}

describe('table rows of an indicator', () => {
  it('lists the running total of green factories year by year', () => {
    // Additions 7, 14, 19, 29, 20, 37, 38 summed by hand: 7, 21, 40, 69, 89, 126, 164.
    const { series } = indicatorSeries(indicator('green-factories-added'), { transform: 'running-total' });
    expect(column(buildTableRows(series))).toEqual([
      ['2017', 7],
      ['2018', 21],
      ['2019', 40],
      ['2020', 69],
      ['2021', 89],
      ['2022', 126],
      ['2023', 164],
    ]);
  });

  it('gives the 2023 growth gap of Sichuan over China as 1.5 points', () => {
    // 6.1 % − 4.6 % = 1.5 percentage points.
    const { series, unit } = indicatorSeries(indicator('industrial-value-added-growth'), { transform: 'gap', vs: 'china' });
    expect(unit.kind).toBe('percentage-points');
    const row = buildTableRows(series).find((r) => r.period === '2023');
    expect(row?.cells[0]?.value).toBe(1.5);
  });

  it('leaves a gap where the earlier or other figure is missing', () => {
    // China has no cited 2019 figure, so the 2019 gap is unknown; 2015 likewise.
    const { series } = indicatorSeries(indicator('industrial-value-added-growth'), { transform: 'gap', vs: 'china' });
    const rows = buildTableRows(series);
    expect(rows.find((r) => r.period === '2019')?.cells[0]?.value).toBeNull();
    expect(rows.find((r) => r.period === '2015')?.cells[0]?.value).toBeNull();
    // 'Little giants' jump from 2019 to 2022: no 2021 figure, so 2022 has no addition, and 2019 has no 2018.
    const stock = indicatorSeries(indicator('little-giants-total'), { transform: 'additions' });
    expect(column(buildTableRows(stock.series))).toEqual([
      ['2019', null],
      ['2022', null],
      ['2023', 107],
      ['2025', null],
    ]);
  });

  it('keeps the transform and the range of the chart', () => {
    // The running total does not restart at `from`: 2020 is still 69.
    const { series } = indicatorSeries(indicator('green-factories-added'), { transform: 'running-total', from: '2020', to: '2021' });
    expect(column(buildTableRows(series))).toEqual([
      ['2020', 69],
      ['2021', 89],
    ]);
  });

  it('puts one cell per region in each period, empty where a region has no point', () => {
    const rows = buildTableRows([
      { points: [{ period: '2020', t: 2020, value: 1 }] },
      { points: [{ period: '2021', t: 2021, value: 2 }] },
    ]);
    expect(rows.map((r) => [r.period, r.cells.map((c) => c?.value)])).toEqual([
      ['2020', [1, undefined]],
      ['2021', [undefined, 2]],
    ]);
  });
});

describe('sorting table rows', () => {
  const rows = buildTableRows([
    {
      points: [
        { period: '2020', t: 2020, value: 5 },
        { period: '2021', t: 2021, value: null },
        { period: '2022', t: 2022, value: -1 },
        { period: '2023', t: 2023, value: 5 },
      ],
    },
  ]);

  it('orders by value, ties in time order, gaps last either way', () => {
    expect(sortTableRows(rows, { column: 0, direction: 'ascending' }).map((r) => r.period)).toEqual(['2022', '2020', '2023', '2021']);
    expect(sortTableRows(rows, { column: 0, direction: 'descending' }).map((r) => r.period)).toEqual(['2020', '2023', '2022', '2021']);
  });

  it('orders by period, newest first when descending', () => {
    expect(sortTableRows(rows, { column: 'period', direction: 'descending' }).map((r) => r.period)).toEqual(['2023', '2022', '2021', '2020']);
  });

  it('reverses on a second click and starts ascending on a new column', () => {
    expect(nextSort({ column: 'period', direction: 'ascending' }, 'period')).toEqual({ column: 'period', direction: 'descending' });
    expect(nextSort({ column: 'period', direction: 'descending' }, 0)).toEqual({ column: 0, direction: 'ascending' });
  });
});
