// Period arithmetic for the three frequencies of the dataset format: `YYYY`, `YYYY-Qn`, `YYYY-MM`.
// Everything here is pure and locale-free; formatting for people lives in i18n/format-period.ts.

export type Frequency = 'year' | 'quarter' | 'month';

export interface Period {
  frequency: Frequency;
  year: number;
  /** Quarter (1–4) or month (1–12); 0 for a year. */
  sub: number;
}

/** Parses a period string; null when it is none of the three forms. */
export function parsePeriod(text: string): Period | null {
  // Sorting and charting ask for the same period strings again and again (a large dataset:
  // millions of times), so answers are kept. Four-digit years allow 170,000 valid periods in
  // all, so the limit holds every one of them (a 120,000-month series once cleared a smaller
  // store on every pass, issue 14); only a flood of invalid strings clears it.
  const known = PARSED.get(text);
  if (known !== undefined) return known;
  const parsed = readPeriod(text);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(text, parsed);
  return parsed;
}

const PARSED = new Map<string, Readonly<Period> | null>();
const PARSED_LIMIT = 200_000;

/** `YYYY`, `YYYY-Qn` (n 1–4) or `YYYY-MM` (01–12), ASCII digits only, read character by character. */
function readPeriod(text: string): Readonly<Period> | null {
  if (text.length !== 4 && text.length !== 7) return null;
  const d = (i: number) => {
    const c = text.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -1;
  };
  const y0 = d(0);
  const y1 = d(1);
  const y2 = d(2);
  const y3 = d(3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (text.length === 4) return Object.freeze({ frequency: 'year', year, sub: 0 });
  if (text[4] !== '-') return null;
  if (text[5] === 'Q') {
    const q = d(6);
    return q >= 1 && q <= 4 ? Object.freeze({ frequency: 'quarter', year, sub: q }) : null;
  }
  const m0 = d(5);
  const m1 = d(6);
  const month = m0 * 10 + m1;
  return m0 >= 0 && m1 >= 0 && month >= 1 && month <= 12 ? Object.freeze({ frequency: 'month', year, sub: month }) : null;
}

export function periodFrequency(text: string): Frequency | null {
  return parsePeriod(text)?.frequency ?? null;
}

const PER_YEAR: Record<Frequency, number> = { year: 1, quarter: 4, month: 12 };

/** Integer position of a period on its own frequency's axis: consecutive periods differ by 1. */
export function periodOrdinal(p: Period): number {
  return p.frequency === 'year' ? p.year : p.year * PER_YEAR[p.frequency] + (p.sub - 1);
}

export function periodFromOrdinal(ordinal: number, frequency: Frequency): Period {
  if (frequency === 'year') return { frequency, year: ordinal, sub: 0 };
  const n = PER_YEAR[frequency];
  return { frequency, year: Math.floor(ordinal / n), sub: (ordinal % n) + 1 };
}

export function periodToString(p: Period): string {
  // Four digits, as the format writes them: the year 999 is 0999.
  const year = String(p.year).padStart(4, '0');
  if (p.frequency === 'year') return year;
  if (p.frequency === 'quarter') return `${year}-Q${p.sub}`;
  return `${year}-${String(p.sub).padStart(2, '0')}`;
}

/**
 * Position on a continuous time axis measured in years, at the start of the period:
 * 2023 → 2023, 2023-Q3 → 2023.5, 2023-07 → 2023.5. Periods of different frequencies share it,
 * so charts keep true time spacing and indicators of different frequency align.
 */
export function periodTime(p: Period): number {
  return p.frequency === 'year' ? p.year : p.year + (p.sub - 1) / PER_YEAR[p.frequency];
}

/** The time of a period string, or NaN when it does not parse. */
export function timeOf(text: string): number {
  const p = parsePeriod(text);
  return p ? periodTime(p) : Number.NaN;
}

/** The period just before, in the same frequency (2023 → 2022, 2023-01 → 2022-12). */
export function previousPeriod(text: string): string | null {
  const p = parsePeriod(text);
  return p ? periodToString(periodFromOrdinal(periodOrdinal(p) - 1, p.frequency)) : null;
}

/** Orders period strings of one frequency chronologically (they also sort as strings). */
export function comparePeriods(a: string, b: string): number {
  return timeOf(a) - timeOf(b);
}

/**
 * The period of `frequency` that contains a period given at any frequency; a coarser period
 * maps to its first finer period (2023 on a monthly axis → 2023-01).
 */
export function periodIn(text: string, frequency: Frequency): string | null {
  const p = parsePeriod(text);
  if (!p) return null;
  if (p.frequency === frequency) return text;
  const month = p.frequency === 'year' ? 1 : p.frequency === 'quarter' ? (p.sub - 1) * 3 + 1 : p.sub;
  if (frequency === 'year') return String(p.year);
  if (frequency === 'quarter') return `${p.year}-Q${Math.ceil(month / 3)}`;
  return `${p.year}-${String(month).padStart(2, '0')}`;
}
