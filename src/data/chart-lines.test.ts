import { describe, expect, it } from 'vitest';
import { buildChartModel } from './chart-data';
import { layoutLines, lineKey } from './chart-lines';

const point = (period: string, t: number, value: number | null) => ({ period, t, value });

describe('layoutLines', () => {
  it('bridges a period one series does not publish, on the straight line between its neighbours', () => {
    const model = buildChartModel(
      [
        { key: 'a', styleIndex: 0, label: 'A', points: [point('2020', 2020, 1), point('2022', 2022, 3)] },
        { key: 'b', styleIndex: 1, label: 'B', points: [point('2020', 2020, 5), point('2021', 2021, 6), point('2022', 2022, 7)] },
      ],
      'year',
    );
    const { rows, lines } = layoutLines(model);
    expect(lines.get('a')).toEqual([lineKey('a', 0)]);
    expect(rows.map((r) => r[lineKey('a', 0)])).toEqual([1, 2, 3]);
    expect(rows.map((r) => r[lineKey('b', 0)])).toEqual([5, 6, 7]);
    // The model's own rows are left as they were: 2021 has no value for a.
    expect(model.rows[1]!.a).toBeUndefined();
  });

  it('bridges geometrically on a log scale', () => {
    const model = buildChartModel(
      [
        { key: 'a', styleIndex: 0, label: 'A', points: [point('2020', 2020, 1), point('2022', 2022, 100)] },
        { key: 'b', styleIndex: 1, label: 'B', points: [point('2021', 2021, 1)] },
      ],
      'year',
    );
    expect(layoutLines(model, { log: true }).rows[1]![lineKey('a', 0)]).toBeCloseTo(10);
  });

  it('breaks at a null, with the segments on alternate lines and nothing between them', () => {
    const model = buildChartModel(
      [{ key: 'a', styleIndex: 0, label: 'A', points: [point('2019', 2019, 1), point('2020', 2020, 2), point('2021', 2021, null), point('2022', 2022, 4), point('2023', 2023, null), point('2024', 2024, 6)] }],
      'year',
    );
    const { rows, lines } = layoutLines(model);
    expect(lines.get('a')).toEqual([lineKey('a', 0), lineKey('a', 1)]);
    expect(rows.map((r) => r[lineKey('a', 0)])).toEqual([1, 2, undefined, undefined, undefined, 6]);
    expect(rows.map((r) => r[lineKey('a', 1)])).toEqual([undefined, undefined, undefined, 4, undefined, undefined]);
  });

  it('restarts a year-to-date line each January, with no row needed between December and February', () => {
    const months = [
      point('2022-11', 2022 + 10 / 12, 8),
      point('2022-12', 2022 + 11 / 12, 9),
      point('2023-02', 2023 + 1 / 12, 1),
      point('2023-03', 2023 + 2 / 12, 2),
      point('2024-02', 2024 + 1 / 12, 3),
    ];
    const model = buildChartModel([{ key: 'a', styleIndex: 0, label: 'A', points: months }], 'month', { breakAtYears: true });
    const { rows } = layoutLines(model);
    expect(rows.map((r) => r[lineKey('a', 0)])).toEqual([8, 9, undefined, undefined, 3]);
    expect(rows.map((r) => r[lineKey('a', 1)])).toEqual([undefined, undefined, 1, 2, undefined]);
  });
});
