import { describe, expect, it } from 'vitest';
import { transformRefusalText } from './values';

describe('why a transform is not offered', () => {
  it('says why in both languages', () => {
    const refusal = { transform: 'change', reason: 'no-value' } as const;
    expect(transformRefusalText(refusal, 'zh')).toBe('变化率需要相邻两期的数值（上期大于零）；本指标没有，无法计算。');
    expect(transformRefusalText(refusal, 'en')).toContain('needs values for two neighbouring periods');
    expect(transformRefusalText({ transform: 'gap', reason: 'one-region' }, 'en')).toBe('A gap needs values for at least two regions; this indicator has one.');
  });
});
