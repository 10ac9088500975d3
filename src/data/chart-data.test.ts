import { describe, expect, it } from 'vitest';
import { buildChartModel, periodAtTime, segmentKey, timeTicks } from './chart-data';
import { timeOf } from './periods';

const pt = (period: string, value: number | null, status?: string) => ({ period, t: timeOf(period), value, status });

describe('chart rows', () => {
  it('breaks a line at a known gap (null) and bridges an absent period', () => {
    const model = buildChartModel(
      [{ key: 'china', styleIndex: 1, label: 'China', points: [pt('2015', null), pt('2016', 6), pt('2018', 6.2), pt('2019', null), pt('2020', 2.8)] }],
      'year',
    );
    expect(model.series[0]!.segments).toEqual([segmentKey('china', 0), segmentKey('china', 1)]);
    // 2016 and 2018 are one segment although 2017 is absent: nothing was published, nothing is known to be missing.
    expect(model.rows.map((r) => r[segmentKey('china', 0)])).toEqual([undefined, 6, 6.2, undefined, undefined]);
    expect(model.rows.map((r) => r[segmentKey('china', 1)])).toEqual([undefined, undefined, undefined, undefined, 2.8]);
    expect(model.rows.map((r) => r.china)).toEqual([null, 6, 6.2, null, 2.8]);
  });

  it('starts year-to-date lines afresh each January', () => {
    const model = buildChartModel(
      [{ key: 'sc', styleIndex: 0, label: 'Sichuan', points: [pt('2022-11', 3.4), pt('2022-12', 3.8), pt('2023-05', 2.9), pt('2023-06', 4.3)] }],
      'month',
      { breakAtYears: true },
    );
    expect(model.series[0]!.segments).toHaveLength(2);
  });

  it('keeps true time spacing and flags points with a status', () => {
    const model = buildChartModel(
      [{ key: 'sc', styleIndex: 0, label: 'Sichuan', points: [pt('2016', 13819, 'derived'), pt('2021', 15611), pt('2023', 18044)] }],
      'year',
    );
    expect(model.rows.map((r) => r.t)).toEqual([2016, 2021, 2023]);
    expect(model.domain).toEqual([2016, 2023]);
    expect([...model.flagged]).toEqual(['sc@2016']);
  });

  it('pads the domain by half a period for bars', () => {
    const model = buildChartModel([{ key: 'sc', styleIndex: 0, label: 'S', points: [pt('2017', 7), pt('2023', 38)] }], 'year', { padForBars: true });
    expect(model.domain).toEqual([2016.5, 2023.5]);
  });
});

describe('time axis ticks', () => {
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
