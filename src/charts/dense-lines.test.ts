import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../data/chart-data';
import { EXTENT_HIGH, EXTENT_LOW, addExtent, linePaths } from './dense-lines';

const rows = (values: (number | null | undefined)[]): ChartRow[] =>
  values.map((v, t) => (v === undefined ? { t } : ({ t, a: v } as ChartRow)));
const x = (t: number) => t * 10;
const y = (v: number) => 100 - v;

describe('linePaths', () => {
  it('draws one run through consecutive values, to a tenth of a pixel', () => {
    const third = (v: number) => 100 - v / 3;
    expect(linePaths(rows([1, 2, 3]), 'a', x, third)).toEqual([{ d: 'M0,99.7L10,99.3L20,99', firstX: 0, lastX: 20 }]);
  });

  it('bridges a row without the key (a period not published) and breaks at a null', () => {
    const runs = linePaths(rows([1, 2, undefined, 4, null, 6, 7]), 'a', x, y);
    expect(runs.map((r) => r.d)).toEqual(['M0,99L10,98L30,96', 'M50,94L60,93']);
    expect(runs.map((r) => [r.firstX, r.lastX])).toEqual([
      [0, 30],
      [50, 60],
    ]);
  });

  it('breaks at a value the scale cannot place (a log scale at zero)', () => {
    const log = (v: number) => (v > 0 ? -Math.log10(v) : Number.NaN);
    expect(linePaths(rows([10, 0, 100]), 'a', x, log).map((r) => r.d)).toEqual(['M0,-1', 'M20,-2']);
  });

  it('draws nothing for a key no row has', () => {
    expect(linePaths(rows([1, 2]), 'b', x, y)).toEqual([]);
  });
});

describe('addExtent', () => {
  it('gives each row its time and its lowest and highest value over the given keys only', () => {
    const input: ChartRow[] = [
      { t: 1, a: 3, b: -2, hidden: 99 },
      { t: 2, a: null, b: 5 },
      { t: 3, hidden: 1 },
    ];
    const out = addExtent(input, ['a', 'b']);
    expect(out[0]).toMatchObject({ [EXTENT_LOW]: -2, [EXTENT_HIGH]: 3 });
    expect(out[1]).toMatchObject({ [EXTENT_LOW]: 5, [EXTENT_HIGH]: 5 });
    expect(out[2]).not.toHaveProperty(EXTENT_LOW);
    expect(out[0]).not.toHaveProperty('a');
    expect(input[0]).not.toHaveProperty(EXTENT_LOW);
  });
});
