import { buildHash, parseHash } from './route';

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

export function indicatorPath(id: string): string {
  return `/indicator/${encodeURIComponent(id)}`;
}
