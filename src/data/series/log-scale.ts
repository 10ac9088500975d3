// A log axis can only place positive numbers: zero sits at minus infinity and a negative value
// nowhere. Recharts would silently drop such points, so the view refuses the log scale instead.

export type LogScaleVerdict = 'allowed' | 'non-positive' | 'no-values';

export function logScaleVerdict(values: Iterable<number | null>): LogScaleVerdict {
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    if (v <= 0) return 'non-positive';
    any = true;
  }
  return any ? 'allowed' : 'no-values';
}
