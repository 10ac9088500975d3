import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import { validateDataset } from '../dataset/validate';
import { planPriorities } from './plan-facts';

// The work plan of the default dataset (2024, six priorities), with the figures worked out from
// the points listed in the comments.

const loaded = validateDataset(raw);
if (!loaded.ok) throw new Error('default dataset must be valid');
const priorities = planPriorities(loaded.dataset);

describe('plan facts', () => {
  it('lists the six priorities in order, the last with no indicator', () => {
    expect(priorities.map((p) => [p.number, p.plan.id, p.measures.length])).toEqual([
      [1, 'plan-2024-1-industrial-chains', 4],
      [2, 'plan-2024-2-stable-growth', 4],
      [3, 'plan-2024-3-smart-green', 11],
      [4, 'plan-2024-4-innovation', 1],
      [5, 'plan-2024-5-leading-enterprises', 7],
      [6, 'plan-2024-6-safety', 0],
    ]);
  });

  it('speaks for Sichuan, not the national aggregate: the plan year, the latest and the change', () => {
    const growth = priorities[1]!.measures[0]!;
    // Sichuan 2024: 6.6; 2025: 6.5 → −0.1 points.
    expect(growth).toMatchObject({ region: 'sichuan', planPoint: { period: '2024', value: 6.6 }, latest: { period: '2025', value: 6.5 }, change: -0.1 });
    // Year to date: the plan year's figure is December's (6.6), the latest 2025-12 (6.5).
    expect(priorities[1]!.measures[1]).toMatchObject({ planPoint: { period: '2024-12', value: 6.6 }, latest: { period: '2025-12', value: 6.5 }, change: -0.1 });
  });

  it("carries the indicator's latest target with its judgement", () => {
    const littleGiants = priorities[4]!.measures.find((m) => m.indicator.id === 'little-giants-added')!;
    // 2024: 84 added; nothing later. Target 2023: at least 50, 107 added → 57 above, met.
    expect(littleGiants).toMatchObject({ planPoint: { period: '2024', value: 84 }, latest: null, change: null });
    expect(littleGiants.target).toMatchObject({ difference: 57, verdict: 'met' });
    const cloud = priorities[2]!.measures[0]!;
    // Only 2023 (about 50,000): no figure in 2024, the latest is 2023 itself.
    expect(cloud).toMatchObject({ planPoint: null, latest: { period: '2023', value: 50000, status: 'approximate' }, change: null });
    expect(cloud.target).toMatchObject({ difference: 20000, verdict: 'met' });
  });
});
