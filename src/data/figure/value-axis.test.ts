import { describe, expect, it } from 'vitest';
import { niceStep, stepDecimals, valueAxis } from './value-axis';

describe('value axis', () => {
  it('picks round steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(2.45)).toBe(2);
    expect(niceStep(0.525)).toBe(0.5);
    expect(niceStep(41)).toBe(50);
    expect(niceStep(0.03)).toBe(0.02);
    expect(niceStep(0.3)).toBe(0.2);
    expect(niceStep(7.5)).toBe(10);
    expect(niceStep(0.4, true)).toBe(1);
  });

  it('writes ticks without binary noise', () => {
    // 0 to 0.7 in four: 0.175 → 0.2; 0.6000000000000001 would be noise.
    expect(valueAxis([0.1, 0.7]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(stepDecimals(0.05)).toBe(2);
  });

  it('takes zero in, and negative values below it', () => {
    // −3.5 to 6: span 9.5 → step 2: −4 … 6.
    expect(valueAxis([-3.5, 6])).toEqual({ scale: 'linear', domain: [-4, 6], ticks: [-4, -2, 0, 2, 4, 6], reversed: false });
    expect(valueAxis([50, 60], { includeZero: false }).domain).toEqual([50, 60]);
  });

  it('draws a single value mid-plot, not on an edge', () => {
    // 5 alone, without zero: a band of ±2.5 around it, 2.5 to 7.5, ticks every 1.
    expect(valueAxis([5], { includeZero: false }).domain).toEqual([2, 8]);
    expect(valueAxis([]).domain).toEqual([0, 1]);
  });

  it('keeps only whole numbers for ranks, and can be reversed', () => {
    expect(valueAxis([1, 3], { integer: true, includeZero: false, reversed: true })).toEqual({ scale: 'linear', domain: [1, 3], ticks: [1, 2, 3], reversed: true });
  });

  it('on a log scale, leaves headroom and labels powers of ten over long spans', () => {
    expect(valueAxis([2.8, 9.8], { scale: 'log' }).domain).toEqual([2, 20]);
    expect(valueAxis([2, 9.8], { scale: 'log' }).domain).toEqual([1, 20]);
    expect(valueAxis([3, 300000], { scale: 'log' }).ticks).toEqual([1, 10, 100, 1000, 10000, 100000, 1000000]);
  });

  it('falls back to linear for a log scale over values that are not all positive', () => {
    expect(valueAxis([0, 5], { scale: 'log' }).scale).toBe('linear');
  });

  it('stays finite for values at the edge of a double', () => {
    const axis = valueAxis([-1.797e308, 1.797e308]);
    expect(axis.domain).toEqual([-1.797e308, 1.797e308]);
    expect(axis.ticks).toEqual([-1.797e308, 0, 1.797e308]);
  });
});
