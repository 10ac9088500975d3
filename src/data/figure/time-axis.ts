import { periodFromOrdinal, periodTime, periodToString, type Frequency } from '../../lib/periods';

// The time axis: continuous, in years (2023-07 is 2023.5), so uneven publication keeps its true
// spacing and indicators of different frequencies align. Ticks fall on whole periods.

const STEP: Record<Frequency, number> = { year: 1, quarter: 1 / 4, month: 1 / 12 };

/** The length of one period of `frequency` on the axis, in years. */
export function periodLength(frequency: Frequency): number {
  return STEP[frequency];
}

/**
 * Tick positions at whole periods, thinned to at most `maxTicks`: every year for yearly data
 * (every 2nd or 5th when long), year starts for monthly and quarterly data spanning years.
 */
export function timeTicks(first: number, last: number, frequency: Frequency, maxTicks = 8): number[] {
  const ticks: number[] = [];
  if (frequency !== 'year' && last - first < 2) {
    const perYear = Math.round(1 / STEP[frequency]);
    const start = Math.round(first * perYear);
    const end = Math.round(last * perYear);
    const step = niceStep((end - start) / maxTicks, frequency === 'month' ? [1, 2, 3, 6] : [1, 2]);
    for (let o = start; o <= end; o += step) ticks.push(periodTime(periodFromOrdinal(o, frequency === 'month' ? 'month' : 'quarter')));
    return ticks;
  }
  const startYear = Math.ceil(first - 1e-9);
  const endYear = Math.floor(last + 1e-9);
  const step = niceStep((endYear - startYear) / maxTicks, [1, 2, 5, 10, 20, 50]);
  for (let y = Math.ceil(startYear / step) * step; y <= endYear; y += step) ticks.push(y);
  if (ticks.length === 0) ticks.push(startYear);
  return ticks;
}

function niceStep(raw: number, steps: number[]): number {
  return steps.find((s) => s >= raw) ?? steps[steps.length - 1] ?? 1;
}

/** The period of `frequency` that starts at time `t` (the inverse of periodTime). */
export function periodAtTime(t: number, frequency: Frequency): string {
  const perYear = Math.round(1 / STEP[frequency]);
  const p = periodFromOrdinal(frequency === 'year' ? Math.round(t) : Math.round(t * perYear), frequency);
  return periodToString(p);
}
