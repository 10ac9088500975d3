import { describe, expect, it } from 'vitest';
import { contrast, deltaE, simulate } from './color';
import { PALETTES } from './palette';

describe.each(['light', 'dark'] as const)('the %s palette', (appearance) => {
  const p = PALETTES[appearance];

  it('draws lines and bars at 3:1 or more against the background', () => {
    for (const colour of p.series) expect(contrast(colour, p.background), colour).toBeGreaterThanOrEqual(3);
    expect(contrast(p.annotation, p.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(p.axis, p.background)).toBeGreaterThanOrEqual(3);
  });

  it('sets text at 4.5:1 or more', () => {
    expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.mutedText, p.background)).toBeGreaterThanOrEqual(4.5);
    for (const colour of [p.rise.zh, p.fall.zh]) expect(contrast(colour, p.background), colour).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['protanopia', 'deuteranopia'] as const)('keeps neighbouring series apart under %s', (deficiency) => {
    // Regions are drawn in palette order, so the first four (the most a chart shows at once
    // in practice) must stay distinguishable from each other.
    const seen = p.series.slice(0, 4).map((c) => simulate(c, deficiency));
    for (let i = 0; i < seen.length; i += 1) {
      for (let j = i + 1; j < seen.length; j += 1) expect(deltaE(seen[i]!, seen[j]!), `${p.series[i]} vs ${p.series[j]}`).toBeGreaterThan(10);
    }
  });
});

describe('colour arithmetic', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
  it('leaves greys unchanged under simulation', () => {
    expect(simulate('#808080', 'protanopia')).toBe('#808080');
  });
});
