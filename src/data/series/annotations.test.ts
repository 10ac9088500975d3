import { describe, expect, it } from 'vitest';
import raw from '../../../public/data/sichuan-industry.json';
import { annotationsOnAxis } from './annotations';
import { validateDataset } from '../dataset/validate';

const result = validateDataset(raw);
if (!result.ok) throw new Error('default dataset must be valid');
const { dataset } = result;
const byId = (id: string) => dataset.indicators.find((i) => i.id === id)!;

describe('events on a time axis', () => {
  it('places the Universiade (2023-07) on the monthly year-to-date axis', () => {
    const onAxis = annotationsOnAxis(dataset.annotations, byId('industrial-value-added-growth-ytd'), [2022, 2026]);
    expect(onAxis.map((a) => a.t)).toEqual([2023.5]);
  });
  it('leaves a monthly event off a yearly axis, where it cannot be placed exactly', () => {
    expect(annotationsOnAxis(dataset.annotations, byId('industrial-value-added-growth'), [2015, 2025])).toEqual([]);
  });
  it('leaves out events outside the shown range', () => {
    expect(annotationsOnAxis(dataset.annotations, byId('industrial-value-added-growth-ytd'), [2024, 2026])).toEqual([]);
  });
});
