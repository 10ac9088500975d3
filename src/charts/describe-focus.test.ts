import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../data/chart-data';
import { describeFocus } from './describe-focus';

describe('the announcement of a focused point', () => {
  const model = buildChartModel(
    [
      { key: 'sc', styleIndex: 0, label: 'Sichuan', points: [{ period: '2023', t: 2023, value: 6.1 }] },
      { key: 'cn', styleIndex: 1, label: 'China', points: [{ period: '2023', t: 2023, value: null, status: 'derived' }] },
    ],
    'year',
  );
  const words = {
    period: (p: string) => `year ${p}`,
    value: (v: number | null) => (v === null ? 'no data' : `${v}%`),
    status: (s: string) => s.toUpperCase(),
    colon: ': ',
    separator: '; ',
    open: ' (',
    close: ')',
  };

  it('reads the period, then each series with its value and status', () => {
    expect(describeFocus(model, 2023, words)).toBe('year 2023: Sichuan 6.1%; China no data (DERIVED)');
  });

  it('says nothing for a time with no points', () => {
    expect(describeFocus(model, 1999, words)).toBe('');
  });
});
