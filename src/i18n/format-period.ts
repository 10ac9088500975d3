// Periods and dates as people write them: Chinese statistical style (2023年1—11月, 前三季度)
// and English (Jan–Nov 2023, Q1–Q3 2023). Month names are our own, not Intl's, so Node and
// browsers agree. Anything that does not parse is shown as given rather than throwing.

import { parsePeriod, type Period } from '../lib/periods';
import type { Lang } from './lang';

/** Chinese ranges use the em dash (1—11月); English uses the en dash (Jan–Nov). */
const ZH_DASH = '—';
const EN_DASH = '–';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ZH_QUARTER_NUMERALS = ['一', '二', '三', '四'] as const;

/** Year-to-date quarters: Q2 is the half year and Q4 the whole year in both languages. */
const ZH_CUMULATIVE_QUARTERS = ['一季度', '上半年', '前三季度', '全年'] as const;
const EN_CUMULATIVE_QUARTERS = ['Q1', 'H1', `Q1${EN_DASH}Q3`, 'Full year'] as const;

export interface PeriodFormatOptions {
  /** The value covers the year to date, up to and including the period (2023-11 → 1—11月). */
  cumulative?: boolean;
}

function monthName(month: number): string {
  return EN_MONTHS[month - 1] ?? String(month);
}

function zhPeriod({ frequency, year, sub }: Period, cumulative: boolean): string {
  if (frequency === 'year') return `${year}年`;
  if (frequency === 'quarter') {
    return cumulative
      ? `${year}年${ZH_CUMULATIVE_QUARTERS[sub - 1] ?? ''}`
      : `${year}年第${ZH_QUARTER_NUMERALS[sub - 1] ?? ''}季度`;
  }
  return cumulative && sub > 1 ? `${year}年1${ZH_DASH}${sub}月` : `${year}年${sub}月`;
}

function enPeriod({ frequency, year, sub }: Period, cumulative: boolean): string {
  if (frequency === 'year') return String(year);
  if (frequency === 'quarter') return `${cumulative ? (EN_CUMULATIVE_QUARTERS[sub - 1] ?? '') : `Q${sub}`} ${year}`;
  return cumulative && sub > 1 ? `Jan${EN_DASH}${monthName(sub)} ${year}` : `${monthName(sub)} ${year}`;
}

/** A period in full: 2023年第二季度 / Q2 2023; with `cumulative`, the year to date it covers. */
export function formatPeriod(period: string, lang: Lang, opts?: PeriodFormatOptions): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const cumulative = opts?.cumulative ?? false;
  return lang === 'zh' ? zhPeriod(parsed, cumulative) : enPeriod(parsed, cumulative);
}

/** A compact period for axis ticks: 2023, 2023Q2 / Q2 2023, 23年6月 / Jun '23. */
export function formatPeriodShort(period: string, lang: Lang): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const { frequency, year, sub } = parsed;
  if (frequency === 'year') return String(year);
  if (frequency === 'quarter') return lang === 'zh' ? `${year}Q${sub}` : `Q${sub} ${year}`;
  const shortYear = String(year % 100).padStart(2, '0');
  return lang === 'zh' ? `${shortYear}年${sub}月` : `${monthName(sub)} '${shortYear}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar date `YYYY-MM-DD`: 2026年11月27日 / 27 Nov 2026; anything else is returned as given. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return iso;
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${monthName(month)} ${year}`;
}

/** Shared parts are written once: 2015—2025年, 2023年3—6月 / 2015–2025, Mar–Jun 2023. */
function compactRange(from: Period, to: Period, lang: Lang, cumulative: boolean): string | null {
  if (from.frequency !== to.frequency) return null;
  if (from.frequency === 'year') {
    return lang === 'zh' ? `${from.year}${ZH_DASH}${to.year}年` : `${from.year}${EN_DASH}${to.year}`;
  }
  // A cumulative month already spans from January, so only non-cumulative months merge.
  if (from.frequency === 'month' && !cumulative && from.year === to.year) {
    return lang === 'zh'
      ? `${from.year}年${from.sub}${ZH_DASH}${to.sub}月`
      : `${monthName(from.sub)}${EN_DASH}${monthName(to.sub)} ${from.year}`;
  }
  return null;
}

/**
 * The span from one period to another: 2015—2025年, 2022年3月—2025年12月 / 2015–2025,
 * Mar 2022–Dec 2025. When an end is itself a range (cumulative 1—3月), a dash between the ends
 * would be ambiguous, so they are joined with 至 / "to" instead.
 */
export function formatPeriodRange(from: string, to: string, lang: Lang, opts?: PeriodFormatOptions): string {
  if (from === to) return formatPeriod(from, lang, opts);
  const start = parsePeriod(from);
  const end = parsePeriod(to);
  const compact = start && end ? compactRange(start, end, lang, opts?.cumulative ?? false) : null;
  if (compact !== null) return compact;
  const left = formatPeriod(from, lang, opts);
  const right = formatPeriod(to, lang, opts);
  const dash = lang === 'zh' ? ZH_DASH : EN_DASH;
  if (left.includes(dash) || right.includes(dash)) return lang === 'zh' ? `${left}至${right}` : `${left} to ${right}`;
  return `${left}${dash}${right}`;
}
