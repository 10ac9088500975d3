import type { Dataset, Indicator } from '../../data/dataset/schema';

// Which slides a presentation shows and which one is current, from the address. Reading never
// fails: unknown ids are skipped, and a slide number out of range lands on the nearest slide.

export interface SlidePlan {
  indicators: Indicator[];
  /** Ids in `slides=` that the dataset does not have. */
  unknown: string[];
}

/** `slides=` in its order, else the highlighted indicators, else every indicator. */
export function planSlides(dataset: Dataset, slides: readonly string[] | undefined): SlidePlan {
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const asked = [...new Set(slides ?? [])];
  const found = asked.flatMap((id) => byId.get(id) ?? []);
  const unknown = asked.filter((id) => !byId.has(id));
  if (found.length > 0) return { indicators: found, unknown };
  const highlighted = dataset.indicators.filter((i) => i.highlight);
  return { indicators: highlighted.length > 0 ? highlighted : dataset.indicators, unknown };
}

/** The 1-based slide in force: a number in range, otherwise the nearest end, otherwise 1. */
export function currentSlide(slide: number | undefined, total: number): number {
  const n = slide ?? 1;
  if (!Number.isFinite(n)) return 1;
  return Math.min(Math.max(n, 1), Math.max(total, 1));
}

/** A chart needs two periods; a single figure is shown as a big number. */
export function periodCount(indicator: Indicator): number {
  return new Set(indicator.series.flatMap((s) => s.points.map((p) => p.period))).size;
}
