import type { Transform } from '../data/series/transforms';

// Readable, predictable names for exported files: what it is, how it is shown, and the date the
// numbers were revised, so two exports of the same chart from different releases never collide.

/** Ids are slugs by the dataset format; anything else is made safe for every file system. */
function safe(part: string): string {
  return part.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
}

/** `<indicator-id>_<transform>_<YYYY-MM-DD>.<ext>`, e.g. `green-factories-added_published_2026-11-27.png`. */
export function chartFileName(indicatorId: string, transform: Transform, updated: string, extension: 'png' | 'svg' | 'csv' | 'xlsx'): string {
  return `${safe(indicatorId)}_${transform}_${safe(updated)}.${extension}`;
}

/** `<dataset-id>_<YYYY-MM-DD>.xlsx` or `.json`: the whole dataset. */
export function datasetFileName(datasetId: string, updated: string, extension: 'xlsx' | 'json'): string {
  return `${safe(datasetId)}_${safe(updated)}.${extension}`;
}

/** `<dataset-id>_<YYYY-MM-DD>.pptx`. */
export function deckFileName(datasetId: string, updated: string): string {
  return `${safe(datasetId)}_${safe(updated)}.pptx`;
}
