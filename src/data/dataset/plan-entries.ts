import type { z } from 'zod/mini';
import { timeOf } from '../../lib/periods';
import { breakSchema, planSchema, targetSchema, type Break, type Indicator, type Plan, type Target } from './schema';
import { fromZod, show } from './issue-text';
import { reference, type KnownIds } from './references';
import { append, capIssues, type ValidationIssue } from './rules';

// Targets, plans and breaks (dataset format, "Target, Plan, Break") only add to the numbers, so
// a broken entry is left out with a warning and never costs the load. Their references are
// checked against the indicators that survived validation: a target of a dropped indicator
// has nothing to be judged against.

export interface PlanEntries {
  targets: Target[];
  plans: Plan[];
  breaks: Break[];
}

export function planEntries(input: Record<string, unknown>, known: KnownIds, indicators: readonly Indicator[], warnings: ValidationIssue[]): PlanEntries {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const ids = new Set(byId.keys());
  const indicatorRef = (id: string, path: string) => reference(id, ids, 'unknown-indicator', path, 'the loaded indicators');

  const targetKeys = new Map<string, number>();
  const targets = entries(input.targets, 'targets', targetSchema, warnings, (t, path, index) => {
    const issues = [
      ...indicatorRef(t.indicator, `${path}.indicator`),
      ...reference(t.region, known.regions, 'unknown-region', `${path}.region`, 'regions'),
      ...reference(t.source, known.sources, 'unknown-source', `${path}.source`, 'sources'),
    ];
    // Two targets for one indicator, region and year could only be judged by guessing which holds.
    // Only a kept target claims its year: a dropped one leaves the place to the next.
    const key = `${t.indicator}@${t.region}@${t.period}`;
    const earlier = targetKeys.get(key);
    if (earlier === undefined) {
      if (issues.length === 0) targetKeys.set(key, index);
    } else issues.push({ path, rule: 'duplicate-target', detail: `${show(t.indicator)} already has a target for ${show(t.region)} in ${t.period} at targets[${earlier}]`, got: show(t.indicator), ref: `targets[${earlier}]` });
    return issues;
  });

  const planIds = new Map<string, number>();
  const plans = entries(input.plans, 'plans', planSchema, warnings, (p, path, index) => {
    const issues = reference(p.source, known.sources, 'unknown-source', `${path}.source`, 'sources');
    const earlier = planIds.get(p.id);
    if (earlier === undefined) {
      if (issues.length === 0) planIds.set(p.id, index);
    } else issues.push({ path: `${path}.id`, rule: 'duplicate-id', detail: `Id ${show(p.id)} is already used by plans[${earlier}]`, got: show(p.id), ref: `plans[${earlier}]` });
    return issues;
  }).map(({ entry, path }) => {
    // A priority stays when one of its indicators is unknown or was dropped: only that
    // reference is left out (with a warning), the priority and its other measures are shown.
    const kept = entry.indicators.filter((id, i) => {
      const issues = indicatorRef(id, `${path}.indicators[${i}]`);
      append(warnings, issues);
      return issues.length === 0;
    });
    return { ...entry, indicators: [...new Set(kept)] };
  });

  const breaks = entries(input.breaks, 'breaks', breakSchema, warnings, (b, path) => {
    const issues = [
      ...indicatorRef(b.indicator, `${path}.indicator`),
      ...reference(b.region, known.regions, 'unknown-region', `${path}.region`, 'regions'),
      ...reference(b.source, known.sources, 'unknown-source', `${path}.source`, 'sources'),
    ];
    const indicator = byId.get(b.indicator);
    if (issues.length === 0 && indicator && !hasDataBefore(indicator, b)) {
      const where = b.region === undefined ? '' : ` for ${show(b.region)}`;
      issues.push({ path: `${path}.period`, rule: 'break-before-data', detail: `${show(b.indicator)} has no value${where} before ${b.period}, so nothing earlier can be kept apart`, got: show(b.indicator), ref: b.period });
    }
    return issues;
  });

  return { targets: targets.map((t) => t.entry), plans, breaks: breaks.map((b) => b.entry) };
}

/** Whether the series a break applies to have any value before it: otherwise it separates nothing. */
function hasDataBefore(indicator: Indicator, b: Break): boolean {
  const at = timeOf(b.period);
  return indicator.series.some((s) => (b.region === undefined || s.region === b.region) && s.points.some((p) => p.value !== null && timeOf(p.period) < at));
}

function entries<T>(
  raw: unknown,
  name: 'targets' | 'plans' | 'breaks',
  schema: z.ZodMiniType<T>,
  warnings: ValidationIssue[],
  check: (entry: T, path: string, index: number) => ValidationIssue[],
): { entry: T; path: string }[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    warnings.push({ path: name, rule: 'type', detail: `Expected an array; got ${show(raw)}`, got: show(raw), ref: 'array' });
    return [];
  }
  const kept: { entry: T; path: string }[] = [];
  raw.forEach((item: unknown, index) => {
    const path = `${name}[${index}]`;
    const parsed = schema.safeParse(item);
    const issues = parsed.success ? check(parsed.data, path, index) : fromZod(parsed.error.issues, item, path);
    if (parsed.success && issues.length === 0) kept.push({ entry: parsed.data, path });
    append(warnings, capIssues(issues, path));
  });
  return kept;
}
