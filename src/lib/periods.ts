// Period arithmetic for the three frequencies of the dataset format: `YYYY`, `YYYY-Qn`, `YYYY-MM`.
// Everything here is pure and locale-free; formatting for people lives in i18n/format-period.ts.

export type Frequency = 'year' | 'quarter' | 'month';

export interface Period {
  frequency: Frequency;
  year: number;
  /** Quarter (1–4) or month (1–12); 0 for a year. */
  sub: number;
}

/**
 * Parses a period string; null when it is none of the three forms. Read character by character
 * each time: a large dataset asks for the same strings millions of times, and reading seven
 * characters is five to eight times faster than looking the string up in a store of 120,000
 * (measured in Node: 120,000 fresh month strings, 40–140 ms through a Map, 6–15 ms read).
 */
export function parsePeriod(text: string): Period | null {
  const n = text.length;
  if (n !== 4 && n !== 7) return null;
  const year = yearOf(text);
  if (year < 0) return null;
  if (n === 4) return { frequency: 'year', year, sub: 0 };
  const sub = subOf(text);
  if (sub === 0) return null;
  return sub > 0 ? { frequency: 'month', year, sub } : { frequency: 'quarter', year, sub: -sub };
}

/** `YYYY` of a period text, ASCII digits only; −1 when it is not four digits. */
function yearOf(text: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    year = year * 10 + c;
  }
  return year;
}

/** After `YYYY`: `-MM` (01–12) gives the month, `-Qn` (1–4) minus the quarter, anything else 0. */
function subOf(text: string): number {
  if (text.charCodeAt(4) !== 45 /* - */) return 0;
  const c5 = text.charCodeAt(5);
  if (c5 === 81 /* Q */) {
    const q = text.charCodeAt(6) - 48;
    return q >= 1 && q <= 4 ? -q : 0;
  }
  const m0 = c5 - 48;
  const m1 = text.charCodeAt(6) - 48;
  if (m0 < 0 || m0 > 9 || m1 < 0 || m1 > 9) return 0;
  const month = m0 * 10 + m1;
  return month >= 1 && month <= 12 ? month : 0;
}

/** The frequency of a period text, or null when it is none of the three forms (makes no object). */
export function periodFrequency(text: string): Frequency | null {
  if (Number.isNaN(timeOf(text))) return null;
  if (text.length === 4) return 'year';
  return text.charCodeAt(5) === 81 /* Q */ ? 'quarter' : 'month';
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

/** The time of a period string, or NaN when it does not parse (no object made: called per point). */
export function timeOf(text: string): number {
  const n = text.length;
  if (n !== 4 && n !== 7) return Number.NaN;
  const year = yearOf(text);
  if (year < 0) return Number.NaN;
  if (n === 4) return year;
  const sub = subOf(text);
  if (sub === 0) return Number.NaN;
  return sub > 0 ? year + (sub - 1) / 12 : year + (-sub - 1) / 4;
}

/** The period just before, in the same frequency (2023 → 2022, 2023-01 → 2022-12). */
export function previousPeriod(text: string): string | null {
  const p = parsePeriod(text);
  return p ? periodToString(periodFromOrdinal(periodOrdinal(p) - 1, p.frequency)) : null;
}

/**
 * Whether items are already in strict chronological order of their periods (every period
 * parses, none repeats a time): callers then skip a sort, or a set of 120,000 strings.
 */
export function inStrictTimeOrder<T>(items: readonly T[], periodOf: (item: T) => string): boolean {
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const t = timeOf(periodOf(item));
    if (!(t > last)) return false;
    last = t;
  }
  return true;
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
