import { periodFromOrdinal, periodTime, periodToString, type Frequency } from './periods';

// Turns series (as published or transformed) into the plain props a chart draws: rows on a
// continuous time axis, series keys, line segments broken at known gaps, and ticks.

export interface ChartInputPoint {
  period: string;
  t: number;
  value: number | null;
  status?: string | undefined;
}

export interface ChartInputSeries<P extends ChartInputPoint = ChartInputPoint> {
  key: string;
  /** Position of the series' region in the dataset, so a region keeps its colour everywhere. */
  styleIndex: number;
  label: string;
  points: readonly P[];
}

export interface ChartSeriesModel {
  key: string;
  styleIndex: number;
  label: string;
  /**
   * Keys of the line segments. A `null` value is a known gap and breaks the line; a period
   * that is simply absent (a month not published) is bridged, as the spec asks.
   */
  segments: string[];
}

export type ChartRow = { t: number } & Record<string, number | null>;

export interface ChartModel<P extends ChartInputPoint = ChartInputPoint> {
  frequency: Frequency;
  rows: ChartRow[];
  series: ChartSeriesModel[];
  /** Point lookup by time then series key, for tooltips, keyboard focus and tables. */
  byTime: Map<number, Map<string, P>>;
  domain: [number, number];
  ticks: number[];
  /** Keys of points that carry a status, as `${seriesKey}@${t}`, to draw them differently. */
  flagged: Set<string>;
}

const STEP: Record<Frequency, number> = { year: 1, quarter: 1 / 4, month: 1 / 12 };

export function segmentKey(seriesKey: string, index: number): string {
  return `${seriesKey}~${index}`;
}

export function buildChartModel<P extends ChartInputPoint>(
  series: readonly ChartInputSeries<P>[],
  frequency: Frequency,
  opts: { padForBars?: boolean; breakAtYears?: boolean } = {},
): ChartModel<P> {
  const rowsByTime = new Map<number, ChartRow>();
  const byTime = new Map<number, Map<string, P>>();
  const flagged = new Set<string>();
  const models: ChartSeriesModel[] = [];

  for (const s of series) {
    const segments: string[] = [];
    let segment = 0;
    let segmentOpen = false;
    let year = Number.NaN;
    for (const point of s.points) {
      // Year-to-date figures start again each January: December and the next March are
      // not neighbours on one line.
      const pointYear = Math.floor(point.t + 1e-9);
      if (opts.breakAtYears && pointYear !== year && segmentOpen) {
        segment += 1;
        segmentOpen = false;
      }
      year = pointYear;
      let row = rowsByTime.get(point.t);
      if (!row) {
        row = { t: point.t } as ChartRow;
        rowsByTime.set(point.t, row);
      }
      let atTime = byTime.get(point.t);
      if (!atTime) {
        atTime = new Map();
        byTime.set(point.t, atTime);
      }
      atTime.set(s.key, point);
      row[s.key] = point.value;
      if (point.status) flagged.add(`${s.key}@${point.t}`);
      if (point.value === null) {
        if (segmentOpen) segment += 1;
        segmentOpen = false;
        continue;
      }
      const key = segmentKey(s.key, segment);
      if (!segmentOpen) segments.push(key);
      segmentOpen = true;
      row[key] = point.value;
    }
    models.push({ key: s.key, styleIndex: s.styleIndex, label: s.label, segments });
  }

  const rows = [...rowsByTime.values()].sort((a, b) => a.t - b.t);
  const first = rows[0]?.t ?? 0;
  const last = rows[rows.length - 1]?.t ?? first;
  const pad = opts.padForBars ? STEP[frequency] / 2 : 0;
  return {
    frequency,
    rows,
    series: models,
    byTime,
    domain: [first - pad, last + pad],
    ticks: timeTicks(first, last, frequency),
    flagged,
  };
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
    return ticks.map((t) => t);
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
