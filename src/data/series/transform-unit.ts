import type { Text } from '../dataset/schema';
import type { UnitKind } from './transforms';

// What a transformed number is measured in. A change is a percentage and an index is unitless
// whatever the indicator counts, and the gap between two rates is in percentage points, never
// percent: the unit line, axes and table must say so or a reader takes 1.5 for 1.5 %.

const PERCENT: Text = '%';
const PERCENTAGE_POINTS: Text = { zh: '百分点', en: 'pp' };
const INDEX: Text = { zh: '指数', en: 'index' };
const RANK: Text = { zh: '位次', en: 'rank' };

export function transformUnit(unitKind: UnitKind, unit: Text): Text {
  switch (unitKind) {
    case 'as-published':
      return unit;
    case 'percent':
      return PERCENT;
    case 'percentage-points':
      return PERCENTAGE_POINTS;
    case 'index':
      return INDEX;
    case 'rank':
      return RANK;
  }
}

/** Percent changes and indexes are ratios: one decimal says enough, whatever the indicator's own precision. */
export function transformDecimals(unitKind: UnitKind, decimals: number | undefined): number | undefined {
  if (unitKind === 'percent' || unitKind === 'index') return 1;
  if (unitKind === 'percentage-points') return decimals ?? 1;
  if (unitKind === 'rank') return 0;
  return decimals;
}

/**
 * A key equal for two series exactly when their numbers can share one value axis: same unit
 * kind, and for values as published the same unit in every language (家 is "factories" for
 * one indicator and "enterprises" for another).
 */
export function unitKey(unitKind: UnitKind, unit: Text): string {
  if (unitKind !== 'as-published') return unitKind;
  const entries = typeof unit === 'string' ? [['', unit]] : Object.entries(unit).sort(([a], [b]) => a.localeCompare(b));
  return `as-published:${JSON.stringify(entries)}`;
}
