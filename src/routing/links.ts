import type { FigureParams } from '../data/figure/figure-settings';
import { buildHash, parseHash } from './route';
import { paramsToChanges } from './route-params';

// Parameters that describe the reader's situation rather than the view: they travel with
// every link so moving between views keeps language, appearance and dataset.
const CARRIED = ['lang', 'appearance', 'data', 'refresh'] as const;

export function linkTo(currentHash: string, path: string, params: Record<string, string | undefined> = {}): string {
  const current = parseHash(currentHash).params;
  const next = new URLSearchParams();
  for (const key of CARRIED) {
    const v = current.get(key);
    if (v) next.set(key, v);
  }
  for (const [key, value] of Object.entries(params)) if (value) next.set(key, value);
  return buildHash(path, next);
}

/**
 * What an embedded copy of the chart shown must carry from the address besides its settings:
 * the dataset (and its refresh), so the snippet shows these numbers and not the default
 * dataset's (issue 14). Language and appearance are the embed's own options.
 */
export function embedCarried(currentHash: string): Record<string, string | undefined> {
  const current = parseHash(currentHash).params;
  return { data: current.get('data') ?? undefined, refresh: current.get('refresh') ?? undefined };
}

export function indicatorPath(id: string): string {
  return `/indicator/${encodeURIComponent(id)}`;
}

/** A chart's settings as address parameters (only those that differ from its defaults are given). */
export function figureQuery(params: FigureParams): Record<string, string | undefined> {
  return paramsToChanges({ ...params });
}

/** The presentation of one chart with its settings (the presentation honours all but `type` and `scale`). */
export function presentLink(currentHash: string, indicatorId: string, params: FigureParams): string {
  const { regions, from, to, transform, base, vs } = params;
  return linkTo(currentHash, '/present', { slides: indicatorId, ...figureQuery({ regions, from, to, transform, base, vs }) });
}
