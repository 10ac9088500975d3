import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { currentSlide, periodCount, planSlides } from './slide-list';

function indicator(id: string, highlight: boolean, periods: string[] = ['2024']): Indicator {
  return {
    id,
    theme: 't',
    name: id,
    unit: '%',
    kind: 'rate',
    frequency: 'year',
    cumulative: false,
    highlight,
    series: [{ region: 'r', points: periods.map((period) => ({ period, value: 1, source: null })) }],
  };
}

function dataset(indicators: Indicator[]): Dataset {
  return {
    format: 'indicator-dataset/v1',
    id: 'd',
    title: 'D',
    updated: '2026-01-01',
    regions: [{ id: 'r', name: 'R' }],
    themes: [{ id: 't', name: 'T' }],
    sources: [],
    indicators,
    annotations: [],
    milestones: [],
  };
}

const ds = dataset([indicator('a', false), indicator('b', true), indicator('c', true)]);
const ids = (plan: ReturnType<typeof planSlides>) => plan.indicators.map((i) => i.id);

describe('planSlides', () => {
  it('shows the highlighted indicators by default', () => {
    expect(ids(planSlides(ds, undefined))).toEqual(['b', 'c']);
  });

  it('follows slides= in its order, once each, and reports unknown ids', () => {
    const plan = planSlides(ds, ['c', 'a', 'zz', 'c']);
    expect(ids(plan)).toEqual(['c', 'a']);
    expect(plan.unknown).toEqual(['zz']);
  });

  it('falls back to the default when no id is known, and to every indicator without highlights', () => {
    expect(ids(planSlides(ds, ['zz']))).toEqual(['b', 'c']);
    expect(ids(planSlides(dataset([indicator('a', false)]), []))).toEqual(['a']);
  });
});

describe('currentSlide', () => {
  it('keeps a number in range and moves others to the nearest end', () => {
    expect(currentSlide(3, 7)).toBe(3);
    expect(currentSlide(0, 7)).toBe(1);
    expect(currentSlide(99, 7)).toBe(7);
    expect(currentSlide(undefined, 7)).toBe(1);
  });
});

describe('periodCount', () => {
  it('counts distinct periods across regions', () => {
    expect(periodCount(indicator('a', false, ['2023', '2024']))).toBe(2);
  });
});
