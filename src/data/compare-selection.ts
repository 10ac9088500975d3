// Which indicators the compare view shows and whether they can share one value axis.

export interface CompareSelection {
  /** Known ids, in address order, each once. */
  ids: string[];
  /** Ids the address names that the dataset does not have, to be reported, not guessed at. */
  unknown: string[];
}

export function readCompareIds(param: string | null, known: ReadonlySet<string>): CompareSelection {
  const asked = [...new Set((param ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  return { ids: asked.filter((id) => known.has(id)), unknown: asked.filter((id) => !known.has(id)) };
}

/**
 * One shared value axis only when every indicator's numbers are in the same unit; otherwise
 * small multiples, one axis each, rather than two unlabeled scales over one another.
 */
export function compareLayout(unitKeys: readonly string[]): 'shared' | 'multiples' {
  return unitKeys.length > 0 && unitKeys.every((k) => k === unitKeys[0]) ? 'shared' : 'multiples';
}

/** The span covering every domain, so small multiples line up period for period. */
export function unionDomain(domains: readonly (readonly [number, number])[]): [number, number] | null {
  if (domains.length === 0) return null;
  return [Math.min(...domains.map((d) => d[0])), Math.max(...domains.map((d) => d[1]))];
}
