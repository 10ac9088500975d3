import type { Break, Dataset, Indicator, IndicatorKind, Point, Target } from '../src/data/dataset/schema';

// A seeded synthetic `indicator-dataset/v1` document for performance work: many regions, many
// monthly indicators, long series. The same options always give the same document, so benchmark
// figures taken on different days are comparable. It imports types only, so the benchmark
// (bench/generate.mjs) can run it after stripping the types, without the app's modules.

export interface LargeDatasetOptions {
  regions: number;
  indicators: number;
  /** Months per series, ending December of `lastYear`. */
  months: number;
  seed: number;
  /** The year of the last month; 2025 unless set (9999 lets 120,000 months fit in four-digit years). */
  lastYear?: number | undefined;
}

export const LARGE_DATASET_DEFAULTS: LargeDatasetOptions = { regions: 31, indicators: 40, months: 360, seed: 8 };

/**
 * The cases of issue 14 that once froze the page, each valid: one indicator with 1,000 regions
 * (10 years of months), and one series of 120,000 months (every month of the years 0000–9999;
 * the second indicator, a stock, has them all).
 */
export const LARGE_REGIONS_CASE: LargeDatasetOptions = { regions: 1000, indicators: 2, months: 120, seed: 14 };
export const LONG_SERIES_CASE: LargeDatasetOptions = { regions: 1, indicators: 2, months: 120_000, seed: 14, lastYear: 9999 };

const LAST_YEAR = 2025;
const THEMES = ['growth', 'enterprises', 'scale', 'green', 'digital'] as const;
/** The first region stands for the whole (全国): drawn and compared, never ranked. */
const AGGREGATE_NAME = { zh: '全部地区', en: 'All regions' };
const KINDS: readonly IndicatorKind[] = ['rate', 'stock', 'flow', 'level'];
const SOURCES = ['synthetic-a', 'synthetic-b', 'synthetic-c'] as const;

/** mulberry32: a small, fast, well-spread 32-bit generator; plenty for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The `months` months ending December of `lastYear`, oldest first, as `YYYY-MM`. */
function monthPeriods(months: number, lastYear: number): string[] {
  const periods: string[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const index = lastYear * 12 + 11 - i;
    periods.push(`${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}

function seriesPoints(kind: IndicatorKind, cumulative: boolean, periods: readonly string[], random: () => number, decimals: number): Point[] {
  const points: Point[] = [];
  let level = kind === 'rate' ? 4 + random() * 6 : 100 + random() * 900;
  for (const [i, period] of periods.entries()) {
    // A cumulative monthly series publishes January and February together, as February.
    if (cumulative && period.endsWith('-01')) continue;
    const step = random() - 0.5;
    const season = Math.sin(((i % 12) / 12) * 2 * Math.PI);
    let value: number;
    if (kind === 'rate') {
      level = Math.min(25, Math.max(-15, level + step * 1.5));
      value = level + season;
    } else if (kind === 'flow') {
      value = Math.max(0, level * 0.05 * (1 + season * 0.3 + step));
    } else {
      level = Math.max(1, level * (1 + step * 0.02) + (kind === 'stock' ? random() * 2 : 0));
      value = level * (1 + season * 0.05);
    }
    const gap = random() < 0.005;
    const point: Point = { period, value: gap ? null : round(value, decimals), source: gap ? null : SOURCES[i % SOURCES.length]! };
    if (!gap && random() < 0.01) point.status = random() < 0.5 ? 'provisional' : 'approximate';
    points.push(point);
  }
  return points;
}

/** A valid dataset of `regions` × `indicators` monthly series of `months` months each. */
export function generateLargeDataset(options: LargeDatasetOptions = LARGE_DATASET_DEFAULTS): Dataset {
  const { regions: regionCount, indicators: indicatorCount, months, seed } = options;
  const lastYear = options.lastYear ?? LAST_YEAR;
  const random = prng(seed);
  const periods = monthPeriods(months, lastYear);
  const regions = Array.from({ length: regionCount }, (_, r) => ({
    id: `region-${String(r + 1).padStart(2, '0')}`,
    name: r === 0 ? AGGREGATE_NAME : { zh: `地区${r + 1}`, en: `Region ${r + 1}` },
    ...(r === 0 ? { aggregate: true } : {}),
  }));
  const indicators: Indicator[] = Array.from({ length: indicatorCount }, (_, n) => {
    const kind = KINDS[n % KINDS.length]!;
    // Some rates and levels are published year to date, as statistics offices do.
    const cumulative = (kind === 'rate' || kind === 'level') && n % 3 === 0;
    const decimals = kind === 'rate' ? 1 : kind === 'level' ? 2 : 0;
    return {
      id: `indicator-${String(n + 1).padStart(2, '0')}`,
      theme: THEMES[n % THEMES.length]!,
      name: { zh: `合成指标${n + 1}`, en: `Synthetic indicator ${n + 1}` },
      unit: kind === 'rate' ? { zh: '%', en: '%' } : kind === 'level' ? { zh: '亿元', en: '100 million yuan' } : { zh: '户', en: 'enterprises' },
      kind,
      frequency: 'month',
      cumulative,
      decimals,
      highlight: n < 4,
      series: regions.map((region) => ({ region: region.id, points: seriesPoints(kind, cumulative, periods, random, decimals) })),
    };
  });
  return {
    format: 'indicator-dataset/v1',
    id: 'synthetic-large',
    title: { zh: '合成大数据集', en: 'Synthetic large dataset' },
    description: { zh: '用于性能测试的合成数据，并非真实统计。', en: 'Synthetic numbers for performance tests; not real statistics.' },
    updated: '2026-01-15',
    regions,
    themes: THEMES.map((id) => ({ id, name: { zh: `主题 ${id}`, en: `Theme ${id}` } })),
    sources: SOURCES.map((id) => ({ id, kind: 'derived' as const, title: { zh: `合成来源 ${id}`, en: `Synthetic source ${id}` } })),
    indicators,
    annotations: [{ period: `${String(lastYear - 5).padStart(4, '0')}-01`, label: { zh: '合成事件', en: 'Synthetic event' } }],
    milestones: [],
    targets: syntheticTargets(indicators, regions[1]?.id, lastYear),
    breaks: syntheticBreaks(indicators, periods),
  };
}

/**
 * A target for the last year on each headline indicator, for the second region (the first that
 * is ranked), set from its own numbers so some are met and some missed: a rate about its
 * December figure, an amount at least its year's total give or take a tenth. Worked out after
 * the points, so the points are the same with or without them.
 */
function syntheticTargets(indicators: readonly Indicator[], region: string | undefined, lastYear: number): Target[] {
  if (region === undefined) return [];
  return indicators.slice(0, 4).flatMap((indicator, n) => {
    const points = indicator.series.find((s) => s.region === region)?.points.filter((p) => p.period.startsWith(`${lastYear}-`)) ?? [];
    const december = points.find((p) => p.period === `${lastYear}-12`)?.value;
    if (december == null) return [];
    const yearTotal = indicator.kind === 'flow' && !indicator.cumulative ? points.reduce((sum, p) => sum + (p.value ?? 0), 0) : december;
    const value = indicator.kind === 'rate' ? round(december, 0) : round(yearTotal * (n % 2 === 0 ? 0.9 : 1.1), 0);
    const comparison: Target['comparison'] = indicator.kind === 'rate' ? 'about' : indicator.kind === 'stock' ? 'at-most' : 'at-least';
    return [{ indicator: indicator.id, region, period: String(lastYear), value, comparison, source: SOURCES[0] }];
  });
}

/** A change of coverage on the second indicator, a third of the way through the months. */
function syntheticBreaks(indicators: readonly Indicator[], periods: readonly string[]): Break[] {
  const indicator = indicators[1];
  const period = periods[Math.floor(periods.length / 3)];
  if (!indicator || period === undefined) return [];
  return [{ indicator: indicator.id, period, note: { zh: '合成口径调整', en: 'Synthetic change of coverage' }, source: SOURCES[0] }];
}
