import type { Indicator, PointStatus, Target } from '../dataset/schema';
import { parsePeriod, timeOf } from '../../lib/periods';

// Judging an indicator against its official annual targets (预期目标), as a provincial bulletin
// does: the year's figure against the target (met or missed, and by how much), or, for a
// year-to-date amount during the year, the completion rate (完成率) beside the share of the year
// elapsed (序时进度). Only facts; the words are describe/target-words.ts'.

export interface JudgedPoint {
  period: string;
  value: number;
  status?: PointStatus | undefined;
}

export interface TargetJudgement {
  target: Target;
  /** A rate's difference is in percentage points; any other kind's in the indicator's unit. */
  rate: boolean;
  /** The value judged: the year's figure, or the latest year-to-date one; null before any. */
  actual: JudgedPoint | null;
  /** Whether `actual` covers the whole year (a verdict is only given then). */
  complete: boolean;
  /** actual − target, in the indicator's unit (percentage points for a rate). */
  difference: number | null;
  /** `about` (左右) gives no verdict, only the difference; nor does a year still running. */
  verdict: 'met' | 'missed' | null;
  /**
   * For an amount (flow or level) counted from January: the percent of the annual target
   * reached, the percent of the year elapsed, and completion minus elapsed in points; each
   * to one decimal, the difference taken between the shown values.
   */
  progress: { completion: number; elapsed: number; difference: number } | null;
}

const PER_YEAR = { year: 1, quarter: 4, month: 12 } as const;

/** Differences of published decimals: 107 − 50 is 57, and 6.5 − 6.6 is −0.1, not −0.09999999999999964. */
function clean(x: number): number {
  return Number(x.toPrecision(10));
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** The targets of one indicator in a dataset, by region and year. */
export function indicatorTargets(targets: readonly Target[] | undefined, indicatorId: string): Target[] {
  return (targets ?? []).filter((t) => t.indicator === indicatorId);
}

/** Where a target is drawn on the time axis: at the last period of its year (December, Q4, the year). */
export function targetTime(target: Target, indicator: Indicator): number {
  const year = Number(target.period);
  const n = PER_YEAR[indicator.frequency];
  return year + (n - 1) / n;
}

export function judgeTarget(indicator: Indicator, target: Target): TargetJudgement {
  const year = Number(target.period);
  const rate = indicator.kind === 'rate';
  const none: TargetJudgement = { target, rate, actual: null, complete: false, difference: null, verdict: null, progress: null };
  const series = indicator.series.find((s) => s.region === target.region);
  const inYear = (series?.points ?? []).filter((p) => parsePeriod(p.period)?.year === year).sort((a, b) => timeOf(a.period) - timeOf(b.period));
  const valued = inYear.filter((p) => p.value !== null);
  const latest = valued[valued.length - 1];
  if (!latest || latest.value === null) return none;

  const periods = PER_YEAR[indicator.frequency];
  const sub = indicator.frequency === 'year' ? 1 : (parsePeriod(latest.period)?.sub ?? periods);
  const amount = indicator.kind === 'flow' || indicator.kind === 'level';
  let value = latest.value;
  let status = latest.status;
  // Amounts published period by period add up to the year so far, when no period is missing.
  if (amount && !indicator.cumulative && indicator.frequency !== 'year') {
    if (valued.length !== sub) return none;
    value = clean(valued.reduce((sum, p) => sum + (p.value ?? 0), 0));
    status = valued.find((p) => p.status)?.status;
  }
  const actual: JudgedPoint = status ? { period: latest.period, value, status } : { period: latest.period, value };
  const complete = sub === periods;
  const difference = clean(value - target.value);
  const verdict =
    !complete || target.comparison === 'about' ? null : (target.comparison === 'at-least' ? value >= target.value : value <= target.value) ? 'met' : 'missed';
  let progress: TargetJudgement['progress'] = null;
  if (amount && periods > 1 && target.value > 0) {
    const completion = oneDecimal((value / target.value) * 100);
    const elapsed = oneDecimal((sub / periods) * 100);
    progress = { completion, elapsed, difference: clean(completion - elapsed) };
  }
  return { target, rate, actual, complete, difference, verdict, progress };
}
