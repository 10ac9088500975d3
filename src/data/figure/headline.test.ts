import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import { headlineFigures } from './headline';
import { validateDataset } from '../dataset/validate';

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const byId = (id: string) => result.dataset.indicators.find((i) => i.id === id)!;

describe('headline figures', () => {
  it('gives the latest value, the change on the previous figure and the gap to China', () => {
    const f = headlineFigures(byId('industrial-value-added-growth'))!;
    expect(f.latest).toMatchObject({ period: '2025', value: 6.5 });
    expect(f.previous).toMatchObject({ period: '2024', value: 6.6 });
    expect(f.delta).toBe(-0.1);
    expect(f.comparison).toMatchObject({ region: 'china', diff: 0.6 });
  });

  it('compares year-to-date figures with the same month of the other region', () => {
    const f = headlineFigures(byId('industrial-value-added-growth-ytd'))!;
    expect(f.latest.period).toBe('2025-12');
    expect(f.delta).toBe(-0.3);
    expect(f.comparison?.diff).toBe(0.6);
  });

  it('names the previous figure when periods are missing between', () => {
    const f = headlineFigures(byId('little-giants-total'))!;
    expect(f.previous?.period).toBe('2023');
    expect(f.delta).toBe(63);
    expect(f.comparison).toBeUndefined();
  });

  it('has no change for a single figure', () => {
    const f = headlineFigures(byId('cloud-enterprises-added'))!;
    expect(f.latest.value).toBe(50000);
    expect(f.delta).toBeUndefined();
  });
});
