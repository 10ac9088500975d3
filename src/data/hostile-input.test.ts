import { describe, expect, it } from 'vitest';
import { hostileCases } from '../../mocks/hostile-datasets';
import { validateDataset } from './validate';

describe.each(hostileCases)('hostile input: $name', (c) => {
  const result = validateDataset(c.dataset());

  it(c.loads ? 'loads, as data' : 'is refused', () => {
    expect(result.ok).toBe(c.loads);
  });

  if (c.expectIssue) {
    it(`reports ${c.expectIssue.rule} at ${c.expectIssue.path}`, () => {
      const issues = result.ok ? [...result.dropped.flatMap((d) => d.issues), ...result.warnings] : result.issues;
      expect(issues).toContainEqual(expect.objectContaining(c.expectIssue));
    });
  }
});

describe('numbers at the edges', () => {
  it('keeps 1e308 and turns −0 into 0', () => {
    const result = validateDataset(hostileCases.find((c) => c.name === '1e308 and negative zero')!.dataset());
    if (!result.ok) throw new Error('refused');
    const points = result.dataset.indicators[0]!.series[0]!.points;
    expect(points[0]!.value).toBe(1e308);
    expect(Object.is(points[1]!.value, 0)).toBe(true);
  });
});
