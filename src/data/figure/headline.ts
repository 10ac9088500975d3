import type { Indicator, Point } from '../dataset/schema';
import { timeOf } from '../../lib/periods';

// The numbers behind a headline card, computed apart from the card that shows them.

export interface HeadlineFigures {
  region: string;
  latest: Point;
  /** The latest earlier point with a value; its period is named on the card. */
  previous: Point | undefined;
  delta: number | undefined;
  /** The second series at the same period, when it has a value there. */
  comparison: { region: string; point: Point; diff: number } | undefined;
  trend: { t: number; value: number | null }[];
}

export function headlineFigures(indicator: Indicator): HeadlineFigures | null {
  const [main, other] = indicator.series;
  if (!main) return null;
  const withValues = main.points.filter((p) => p.value !== null);
  const latest = withValues[withValues.length - 1];
  if (!latest || latest.value === null) return null;
  const previous = withValues[withValues.length - 2];
  const otherPoint = other?.points.find((p) => p.period === latest.period && p.value !== null);
  return {
    region: main.region,
    latest,
    previous,
    delta: previous?.value != null ? round(latest.value - previous.value) : undefined,
    comparison:
      other && otherPoint && otherPoint.value !== null
        ? { region: other.region, point: otherPoint, diff: round(latest.value - otherPoint.value) }
        : undefined,
    trend: main.points.map((p) => ({ t: timeOf(p.period), value: p.value })),
  };
}

/** Differences of published decimals: 6.1 − 4.6 is 1.5, not 1.4999999999999996. */
function round(x: number): number {
  return Number(x.toPrecision(10));
}
