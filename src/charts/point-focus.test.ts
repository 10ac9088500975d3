import { describe, expect, it } from 'vitest';
import { nextFocusIndex } from './point-focus';

describe('keyboard focus on chart points', () => {
  it('starts at the first point going right and the last going left', () => {
    expect(nextFocusIndex('ArrowRight', null, 5)).toBe(0);
    expect(nextFocusIndex('ArrowLeft', null, 5)).toBe(4);
  });

  it('steps and stops at the ends', () => {
    expect(nextFocusIndex('ArrowRight', 2, 5)).toBe(3);
    expect(nextFocusIndex('ArrowRight', 4, 5)).toBe(4);
    expect(nextFocusIndex('ArrowLeft', 0, 5)).toBe(0);
  });

  it('jumps with Home and End, lets go with Escape, ignores other keys', () => {
    expect(nextFocusIndex('Home', 3, 5)).toBe(0);
    expect(nextFocusIndex('End', 0, 5)).toBe(4);
    expect(nextFocusIndex('Escape', 2, 5)).toBeNull();
    expect(nextFocusIndex('a', 2, 5)).toBeUndefined();
    expect(nextFocusIndex('ArrowRight', null, 0)).toBeUndefined();
  });
});
