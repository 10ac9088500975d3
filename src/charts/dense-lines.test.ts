import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../data/chart-data';
import { EXTENT_HIGH, EXTENT_LOW, addExtent, linePaths } from './dense-lines';

const rows = (values: (number | null | undefined)[]): ChartRow[] =>
  values.map((v, t) => (v === undefined ? { t } : ({ t, a: v } as ChartRow)));
const x = (t: number) => t * 10;
const y = (v: number) => 100 - v;

describe('linePaths', () => {
  it('draws one run through consecutive values', () => {
    expect(linePaths(rows([1, 2, 3]), 'a', x, y)).toEqual([{ d: 'M0.00,99.00L10.00,98.00L20.00,97.00', firstX: 0, lastX: 20 }]);
  });

  it('breaks at a null and at a row without the key, as a Line with connectNulls off does', () => {
    const runs = linePaths(rows([1, 2, null, 4, 5, undefined, 7]), 'a', x, y);
    expect(runs.map((r) => r.d)).toEqual(['M0.00,99.00L10.00,98.00', 'M30.00,96.00L40.00,95.00', 'M60.00,93.00']);
    expect(runs.map((r) => [r.firstX, r.lastX])).toEqual([
      [0, 10],
      [30, 40],
      [60, 60],
    ]);
  });

  it('skips values the scale cannot place (a log scale at zero)', () => {
    const log = (v: number) => (v > 0 ? -Math.log10(v) : Number.NaN);
    expect(linePaths(rows([10, 0, 100]), 'a', x, log).map((r) => r.d)).toEqual(['M0.00,-1.00', 'M20.00,-2.00']);
  });

  it('draws nothing for a key no row has', () => {
    expect(linePaths(rows([1, 2]), 'b', x, y)).toEqual([]);
  });
});

describe('addExtent', () => {
  it('adds each row’s lowest and highest value over the given keys only', () => {
    const input: ChartRow[] = [
      { t: 1, a: 3, b: -2, hidden: 99 },
      { t: 2, a: null, b: 5 },
      { t: 3, hidden: 1 },
    ];
    const out = addExtent(input, ['a', 'b']);
    expect(out[0]).toMatchObject({ [EXTENT_LOW]: -2, [EXTENT_HIGH]: 3 });
    expect(out[1]).toMatchObject({ [EXTENT_LOW]: 5, [EXTENT_HIGH]: 5 });
    expect(out[2]).not.toHaveProperty(EXTENT_LOW);
    expect(input[0]).not.toHaveProperty(EXTENT_LOW);
  });
});
