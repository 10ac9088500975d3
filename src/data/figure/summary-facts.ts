import type { Break, Indicator, IndicatorKind, PointStatus } from '../dataset/schema';
import type { DerivedPoint, Transform, TransformResult, UnitKind } from '../series/transforms';
import type { TargetJudgement } from './targets';

// The facts a chart's summary sentence is written from, computed from the numbers it shows
// (after the transform, within the range): the latest value and its period, the change on the
// value before it, the comparison region at the same period, and the high and low of the range.
// Only facts: the words are i18n's (describe/summary.ts puts them together).

export interface FactPoint {
  period: string;
  value: number;
  status?: PointStatus | undefined;
  /** For a rank: how many regions were ranked, and the places moved up since the period before. */
  rank?: { of: number; change: number | null } | undefined;
}

/** What the figure model knows beyond the series: the region's targets and the breaks in the range. */
export interface FactContext {
  targets: readonly TargetJudgement[];
  breaks: readonly Break[];
  /** Whether comparing two periods of the main series crosses a break. */
  crosses: (a: string, b: string) => boolean;
}

export interface SummaryFacts {
  indicatorId: string;
  kind: IndicatorKind;
  cumulative: boolean;
  decimals: number | undefined;
  applied: Transform;
  unitKind: UnitKind;
  /** The index's base period. */
  base?: string | undefined;
  region: string;
  /** For a gap: the region subtracted. */
  vsRegion?: string | undefined;
  latest: FactPoint;
  /** The value before the latest, and the change to it as the chart shows them (not for a gap). */
  previous?: { point: FactPoint; change: number } | undefined;
  /**
   * The second series at the latest period (not for a gap, which already is that comparison);
   * `difference` in the series' own unit (percentage points for rates).
   */
  comparison?: { region: string; point: FactPoint; difference: number } | undefined;
  /** The span shown, and its high and low: only with three values or more that differ. */
  range?: { first: string; last: string; high: FactPoint; low: FactPoint } | undefined;
  /** The region's targets within the range, oldest first. */
  targets: readonly TargetJudgement[];
  /** Breaks in series within the range: the summary says values on either side do not compare. */
  breaks: readonly Break[];
}

type Valued = DerivedPoint & { value: number };

function valued(points: readonly DerivedPoint[]): Valued[] {
  return points.filter((p): p is Valued => p.value !== null);
}

/** Differences of published decimals: 6.5 − 6.6 is −0.1, not −0.09999999999999964. */
export function roundDifference(x: number): number {
  return Number(x.toPrecision(10));
}

/**
 * Computed percentages and indexes are shown to one decimal; a change between two of them is
 * taken between the shown values, so a reader who subtracts them gets the same number.
 */
function asShown(value: number, unitKind: UnitKind): number {
  return unitKind === 'percent' || unitKind === 'index' ? Number(value.toFixed(1)) : value;
}

function fact(p: Valued): FactPoint {
  const base: FactPoint = p.status ? { period: p.period, value: p.value, status: p.status } : { period: p.period, value: p.value };
  return p.rank ? { ...base, rank: p.rank } : base;
}

const NO_CONTEXT: FactContext = { targets: [], breaks: [], crosses: () => false };

export function summaryFacts(
  indicator: Indicator,
  result: TransformResult,
  series: readonly { points: readonly DerivedPoint[]; region: string; vsRegion?: string | undefined }[],
  context: FactContext = NO_CONTEXT,
): SummaryFacts | null {
  const [main, other] = series;
  const points = valued(main?.points ?? []);
  const latest = points[points.length - 1];
  if (!main || !latest) return null;
  const gap = result.applied === 'gap';
  // Across a break the two figures measure different things: no change is stated.
  const beforeLatest = points[points.length - 2];
  const before = beforeLatest && !context.crosses(beforeLatest.period, latest.period) ? beforeLatest : undefined;
  const otherPoint = gap ? undefined : other?.points.find((p): p is Valued => p.period === latest.period && p.value !== null);
  let range: SummaryFacts['range'];
  if (points.length >= 3) {
    let high = points[0]!;
    let low = points[0]!;
    // Ties go to the most recent period.
    for (const p of points) {
      if (p.value >= high.value) high = p;
      if (p.value <= low.value) low = p;
    }
    if (high.value !== low.value) range = { first: main.points[0]!.period, last: main.points[main.points.length - 1]!.period, high: fact(high), low: fact(low) };
  }
  return {
    indicatorId: indicator.id,
    kind: indicator.kind,
    cumulative: indicator.cumulative,
    decimals: indicator.decimals,
    applied: result.applied,
    unitKind: result.unitKind,
    ...(result.base === undefined ? {} : { base: result.base }),
    region: main.region,
    ...(main.vsRegion === undefined ? {} : { vsRegion: main.vsRegion }),
    latest: fact(latest),
    previous:
      before && !gap
        ? { point: fact(before), change: roundDifference(asShown(latest.value, result.unitKind) - asShown(before.value, result.unitKind)) }
        : undefined,
    comparison: other && otherPoint ? { region: other.region, point: fact(otherPoint), difference: roundDifference(latest.value - otherPoint.value) } : undefined,
    range,
    targets: [...context.targets].sort((a, b) => Number(a.target.period) - Number(b.target.period)),
    breaks: context.breaks,
  };
}
