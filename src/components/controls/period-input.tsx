import { useId, useState, type ReactNode } from 'react';
import { inStrictTimeOrder, parsePeriod, timeOf, type Frequency } from '../../lib/periods';
import { useI18n } from '../../i18n/i18n-context';
import { formatPeriod } from '../../i18n/format-period';

// Choosing a period among many. A short span lists its periods in a select; a long one (120,000
// months once gave 240,016 options and froze the page for 18 s, issue 14) is a year typed in a
// number box beside a select of its months or quarters, checked against the span before it is
// applied.

/** Up to this many periods a select lists them all. */
export const SELECT_LIMIT = 600;

/** The span periods are chosen in: the finest frequency among them and the first and last year. */
export interface PeriodSpan {
  frequency: Frequency;
  firstYear: number;
  lastYear: number;
}

/** One pass over the periods: their distinct count and the span they cover. */
export function periodSpan(periods: readonly string[]): { count: number; span: PeriodSpan | null } {
  // An indicator's periods come sorted and distinct: then no set of 120,000 strings is needed.
  const distinct: Iterable<string> & { size?: number } = inStrictTimeOrder(periods, (p) => p) ? periods : new Set(periods);
  let span: PeriodSpan | null = null;
  const finer = { year: 0, quarter: 1, month: 2 } as const;
  for (const text of distinct) {
    const p = parsePeriod(text);
    if (!p) continue;
    if (!span) span = { frequency: p.frequency, firstYear: p.year, lastYear: p.year };
    else {
      if (finer[p.frequency] > finer[span.frequency]) span.frequency = p.frequency;
      if (p.year < span.firstYear) span.firstYear = p.year;
      if (p.year > span.lastYear) span.lastYear = p.year;
    }
  }
  return { count: distinct instanceof Set ? distinct.size : periods.length, span };
}

const SUBS: Record<Frequency, number> = { year: 0, quarter: 4, month: 12 };

/** The period of a year and a month or quarter, in the form of the span's frequency. */
export function composePeriod(frequency: Frequency, year: number, sub: number): string {
  const y = String(year).padStart(4, '0');
  if (frequency === 'year') return y;
  if (frequency === 'quarter') return `${y}-Q${sub}`;
  return `${y}-${String(sub).padStart(2, '0')}`;
}

/** A typed year, or null when it is not a whole year from `min` to `max`. */
export function readYear(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t)) return null;
  const year = Number(t);
  return year >= min && year <= max ? year : null;
}

interface Props {
  label: string;
  /** The period chosen; undefined: none (the span's start or end, as `emptyText` says). */
  value: string | undefined;
  span: PeriodSpan;
  /** The earliest and latest period that may be chosen here (the other end of a range). */
  min?: string | undefined;
  max?: string | undefined;
  /** The month or quarter a year typed alone stands for: its first (a start) or last (an end). */
  edge: 'start' | 'end';
  /** Whether the year may be left empty (a range's end), and what that means. */
  emptyText?: string | undefined;
  onChange: (period: string | undefined) => void;
}

/** A year box and a month or quarter select for one period of a long span. */
export function PeriodInput({ label, value, span, min, max, edge, emptyText, onChange }: Props) {
  const { lang, m } = useI18n();
  const id = useId();
  const [invalid, setInvalid] = useState(false);
  const parsed = value ? parsePeriod(value) : null;
  const subs = SUBS[span.frequency];
  const sub = parsed && parsed.sub > 0 ? parsed.sub : edge === 'start' ? 1 : subs;
  const lo = min ? timeOf(min) : -Infinity;
  const hi = max ? timeOf(max) : Infinity;
  const minYear = Math.max(span.firstYear, min ? (parsePeriod(min)?.year ?? span.firstYear) : span.firstYear);
  const maxYear = Math.min(span.lastYear, max ? (parsePeriod(max)?.year ?? span.lastYear) : span.lastYear);

  const commit = (yearText: string, subValue: number) => {
    if (yearText.trim() === '' && emptyText !== undefined) {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    const year = readYear(yearText, minYear, maxYear);
    const period = year === null ? null : composePeriod(span.frequency, year, subValue);
    if (period === null || timeOf(period) < lo || timeOf(period) > hi) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (period !== value) onChange(period);
  };
  const yearText = parsed ? String(parsed.year).padStart(4, '0') : '';

  let subSelect: ReactNode = null;
  if (subs > 0) {
    subSelect = (
      <label className="control">
        <span className="visually-hidden">{m.explorer.periodPart(label, span.frequency === 'month' ? m.explorer.monthWord : m.explorer.quarterWord)}</span>
        <span aria-hidden="true">{span.frequency === 'month' ? m.explorer.monthWord : m.explorer.quarterWord}</span>
        <select
          value={sub}
          disabled={!parsed}
          onChange={(e) => {
            const box = document.getElementById(`${id}-year`) as HTMLInputElement | null;
            commit(box?.value ?? yearText, Number(e.target.value));
          }}
        >
          {Array.from({ length: subs }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {span.frequency === 'month' ? m.explorer.monthName(n) : m.explorer.quarterName(n)}
            </option>
          ))}
        </select>
      </label>
    );
  }

  return (
    <div className="period-input" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="period-input-label">
        {label}
      </span>
      <label className="control">
        <span className="visually-hidden">{m.explorer.periodPart(label, m.explorer.yearWord)}</span>
        <span aria-hidden="true">{m.explorer.yearWord}</span>
        <input
          // A new value from elsewhere (the brush, the address) starts the box afresh.
          key={yearText}
          id={`${id}-year`}
          type="number"
          inputMode="numeric"
          min={minYear}
          max={maxYear}
          step={1}
          defaultValue={yearText}
          placeholder={emptyText}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint`}
          onBlur={(e) => commit(e.currentTarget.value, sub)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit(e.currentTarget.value, sub);
            }
          }}
        />
      </label>
      {subSelect}
      <p id={`${id}-hint`} className={invalid ? 'control-hint control-error' : 'control-hint'} role={invalid ? 'alert' : undefined}>
        {invalid
          ? m.explorer.yearOutside(String(minYear).padStart(4, '0'), String(maxYear).padStart(4, '0'))
          : value
            ? formatPeriod(value, lang)
            : (emptyText ?? '')}
      </p>
    </div>
  );
}
