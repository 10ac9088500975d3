import { describe, expect, it } from 'vitest';
import { logScaleVerdict } from './log-scale';

describe('log scale eligibility', () => {
  it('allows positive values and ignores gaps', () => {
    expect(logScaleVerdict([7.9, null, 0.1])).toBe('allowed');
  });

  it('refuses zero and negative values', () => {
    expect(logScaleVerdict([3, 0])).toBe('non-positive');
    expect(logScaleVerdict([-0.5, 2])).toBe('non-positive');
  });

  it('refuses a chart with nothing to place', () => {
    expect(logScaleVerdict([null, null])).toBe('no-values');
    expect(logScaleVerdict([])).toBe('no-values');
  });
});
