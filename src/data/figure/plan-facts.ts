import type { Dataset, Indicator, Plan, PointStatus } from '../dataset/schema';
import { parsePeriod, timeOf } from '../../lib/periods';
import { indicatorTargets, judgeTarget, type TargetJudgement } from './targets';

// What each priority of the work plan (dataset `plans`) shows since: for every indicator that
// measures it, the figure of the plan's year, the latest figure and the change between them,
// and the indicator's latest target with its judgement. Pure facts; the words are describe's.

export interface PlanPoint {
  period: string;
  value: number;
  status?: PointStatus | undefined;
}

export interface PlanMeasure {
  indicator: Indicator;
  /** The region the plan speaks for: the first region of the dataset that is not an aggregate. */
  region: string;
  /** The last figure within the plan's year (December's year to date for a cumulative series). */
  planPoint: PlanPoint | null;
  /** The latest figure of all, when it is later than the plan year's. */
  latest: PlanPoint | null;
  /** latest − planPoint, in the indicator's unit (percentage points for a rate). */
  change: number | null;
  /** The indicator's latest target for that region, judged. */
  target: TargetJudgement | null;
  /** The trend, oldest first, for a small line beside the figures. */
  trend: { t: number; value: number | null }[];
}

export interface PlanPriority {
  plan: Plan;
  /** 1-based place in the plan. */
  number: number;
  measures: PlanMeasure[];
}

function point(p: { period: string; value: number; status?: PointStatus | undefined }): PlanPoint {
  return p.status ? { period: p.period, value: p.value, status: p.status } : { period: p.period, value: p.value };
}

export function planMeasure(dataset: Dataset, indicator: Indicator, planYear: number): PlanMeasure {
  const aggregates = new Set(dataset.regions.filter((r) => r.aggregate).map((r) => r.id));
  const regionOrder = dataset.regions.map((r) => r.id);
  const ordered = [...indicator.series].sort((a, b) => regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region));
  const series = ordered.find((s) => !aggregates.has(s.region)) ?? ordered[0];
  const region = series?.region ?? '';
  const valued = (series?.points ?? [])
    .filter((p): p is typeof p & { value: number } => p.value !== null)
    .sort((a, b) => timeOf(a.period) - timeOf(b.period));
  const inPlanYear = valued.filter((p) => parsePeriod(p.period)?.year === planYear);
  const planRaw = inPlanYear[inPlanYear.length - 1];
  const lastRaw = valued[valued.length - 1];
  const later = lastRaw && (!planRaw || timeOf(lastRaw.period) > timeOf(planRaw.period)) ? lastRaw : undefined;
  const targets = indicatorTargets(dataset.targets, indicator.id).filter((t) => t.region === region);
  const latestTarget = targets.sort((a, b) => Number(a.period) - Number(b.period))[targets.length - 1];
  return {
    indicator,
    region,
    planPoint: planRaw ? point(planRaw) : null,
    latest: later ? point(later) : null,
    change: planRaw && later ? Number((later.value - planRaw.value).toPrecision(10)) : null,
    target: latestTarget ? judgeTarget(indicator, latestTarget) : null,
    trend: (series?.points ?? []).map((p) => ({ t: timeOf(p.period), value: p.value })).sort((a, b) => a.t - b.t),
  };
}

/** Every priority of the dataset's plans, in order, with its measures in the order the plan lists them. */
export function planPriorities(dataset: Dataset): PlanPriority[] {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  return (dataset.plans ?? []).map((plan, i) => ({
    plan,
    number: i + 1,
    measures: plan.indicators.flatMap((id) => {
      const indicator = byId.get(id);
      return indicator ? [planMeasure(dataset, indicator, Number(plan.period))] : [];
    }),
  }));
}
