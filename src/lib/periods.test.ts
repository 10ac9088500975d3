import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  parsePeriod,
  periodFrequency,
  periodFromOrdinal,
  periodIn,
  periodOrdinal,
  periodTime,
  periodToString,
  previousPeriod,
  timeOf,
} from './periods';

describe('parsePeriod', () => {
  it('accepts years, quarters and months', () => {
    expect(parsePeriod('2023')).toEqual({ frequency: 'year', year: 2023, sub: 0 });
    expect(parsePeriod('2023-Q2')).toEqual({ frequency: 'quarter', year: 2023, sub: 2 });
    expect(parsePeriod('2023-06')).toEqual({ frequency: 'month', year: 2023, sub: 6 });
    expect(parsePeriod('2023-12')).toEqual({ frequency: 'month', year: 2023, sub: 12 });
  });

  it.each(['2023-13', '2023-00', '2023-Q5', '2023-Q0', '23', '2023-1', '2023-q2', '', ' 2023', '2023-06-01', '20233'])(
    'rejects %j',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('reports the frequency', () => {
    expect(periodFrequency('2023')).toBe('year');
    expect(periodFrequency('2023-Q4')).toBe('quarter');
    expect(periodFrequency('2023-01')).toBe('month');
    expect(periodFrequency('2023-1')).toBeNull();
  });
});

describe('ordinals', () => {
  it.each(['2023', '2023-Q1', '2023-Q4', '2023-01', '2023-12'])('round-trips %s', (text) => {
    const period = parsePeriod(text);
    expect(period).not.toBeNull();
    if (!period) return;
    expect(periodToString(periodFromOrdinal(periodOrdinal(period), period.frequency))).toBe(text);
  });

  it('numbers consecutive periods consecutively across a year boundary', () => {
    const december = periodOrdinal({ frequency: 'month', year: 2022, sub: 12 });
    expect(periodOrdinal({ frequency: 'month', year: 2023, sub: 1 })).toBe(december + 1);
  });
});

describe('previousPeriod', () => {
  it('steps back within the same frequency', () => {
    expect(previousPeriod('2023')).toBe('2022');
    expect(previousPeriod('2023-Q3')).toBe('2023-Q2');
    expect(previousPeriod('2023-07')).toBe('2023-06');
  });

  it('crosses year boundaries', () => {
    expect(previousPeriod('2023-01')).toBe('2022-12');
    expect(previousPeriod('2023-Q1')).toBe('2022-Q4');
  });

  it('is null for unparseable input', () => {
    expect(previousPeriod('2023-13')).toBeNull();
  });
});

describe('periodTime', () => {
  it('places a period at its start, in years', () => {
    expect(periodTime({ frequency: 'year', year: 2023, sub: 0 })).toBe(2023);
    expect(periodTime({ frequency: 'month', year: 2023, sub: 1 })).toBe(2023);
    expect(periodTime({ frequency: 'month', year: 2023, sub: 7 })).toBe(2023.5);
    expect(periodTime({ frequency: 'quarter', year: 2023, sub: 3 })).toBe(2023.5);
    expect(periodTime({ frequency: 'quarter', year: 2023, sub: 2 })).toBe(2023.25);
  });

  it('aligns frequencies through timeOf, NaN when unparseable', () => {
    expect(timeOf('2023-07')).toBe(timeOf('2023-Q3'));
    expect(timeOf('2023-10')).toBe(2023.75);
    expect(timeOf('2023-Q5')).toBeNaN();
  });
});

describe('comparePeriods', () => {
  it('orders chronologically', () => {
    expect(['2023-10', '2022-12', '2023-02'].sort(comparePeriods)).toEqual(['2022-12', '2023-02', '2023-10']);
    expect(['2023-Q1', '2022-Q4', '2023-Q3'].sort(comparePeriods)).toEqual(['2022-Q4', '2023-Q1', '2023-Q3']);
    expect(comparePeriods('2021', '2023')).toBeLessThan(0);
    expect(comparePeriods('2023', '2021')).toBeGreaterThan(0);
    expect(comparePeriods('2023-05', '2023-05')).toBe(0);
  });
});

describe('periodIn', () => {
  it('keeps a period already at the frequency', () => {
    expect(periodIn('2023-07', 'month')).toBe('2023-07');
    expect(periodIn('2023-Q3', 'quarter')).toBe('2023-Q3');
  });

  it('maps a finer period to the coarser period containing it', () => {
    expect(periodIn('2023-07', 'quarter')).toBe('2023-Q3');
    expect(periodIn('2023-06', 'quarter')).toBe('2023-Q2');
    expect(periodIn('2023-12', 'year')).toBe('2023');
    expect(periodIn('2023-Q4', 'year')).toBe('2023');
  });

  it('maps a coarser period to its first finer period', () => {
    expect(periodIn('2023', 'month')).toBe('2023-01');
    expect(periodIn('2023', 'quarter')).toBe('2023-Q1');
    expect(periodIn('2023-Q3', 'month')).toBe('2023-07');
  });

  it('is null for unparseable input', () => {
    expect(periodIn('2023-1', 'year')).toBeNull();
  });
});

describe('parsePeriod: the three forms exactly', () => {
  it('reads years, quarters and months of any four-digit year', () => {
    expect(parsePeriod('0000-01')).toEqual({ frequency: 'month', year: 0, sub: 1 });
    expect(parsePeriod('9999-12')).toEqual({ frequency: 'month', year: 9999, sub: 12 });
    expect(parsePeriod('2023-Q4')).toEqual({ frequency: 'quarter', year: 2023, sub: 4 });
    expect(parsePeriod('0999')).toEqual({ frequency: 'year', year: 999, sub: 0 });
  });

  it('writes years before 1000 with four digits, as it reads them', () => {
    expect(previousPeriod('1000-01')).toBe('0999-12');
    expect(previousPeriod('0001')).toBe('0000');
  });

  it('refuses anything else', () => {
    for (const text of ['', '999', '20234', '2023-00', '2023-13', '2023-1', '2023-1a', '2023-Q0', '2023-Q5', '2023/01', '２０２３', '2023-01 ', ' 2023', '-202-01', '2023-q1']) expect(parsePeriod(text)).toBeNull();
  });

  it('keeps every month of 10,000 years apart, oldest first', () => {
    const months: string[] = [];
    for (let y = 0; y < 10_000; y++) for (let m = 1; m <= 12; m++) months.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    const times = months.map(timeOf);
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!)).toBe(true);
  });
});

describe('timeOf, periodFrequency and parsePeriod agree', () => {
  it('on every period of four years and on near misses', () => {
    const texts: string[] = [];
    for (const year of ['0000', '0999', '2023', '9999']) {
      texts.push(year);
      for (let q = 0; q <= 5; q++) texts.push(`${year}-Q${q}`);
      for (let m = 0; m <= 13; m++) texts.push(`${year}-${String(m).padStart(2, '0')}`);
      texts.push(`${year}-1`, `${year}-Q`, `${year}/01`, `${year}-q1`, `${year}-0a`, `${year}-a1`, `${year} `, ` ${year}`);
    }
    texts.push('', '202', '20233', '２０２３', '2o23', '2023-001', '-2023');
    let valid = 0;
    for (const text of texts) {
      const p = parsePeriod(text);
      if (p) valid++;
      expect(timeOf(text), text).toBe(p ? periodTime(p) : Number.NaN);
      expect(periodFrequency(text), text).toBe(p ? p.frequency : null);
      if (p) expect(periodToString(p), text).toBe(text);
    }
    // 4 years × (the year, 4 quarters, 12 months)
    expect(valid).toBe(4 * 17);
  });
});
