import type { Indicator } from '../data/dataset/schema';

// Which indicators a search for a name finds: by the name in either language (or the id), case,
// width and spacing ignored, every word typed somewhere in the name. Names that start with what
// was typed come first, then the others in dataset order. Linear in the number of indicators,
// with each name normalised once per dataset, so hundreds of indicators cost nothing per key.

export interface IndicatorMatches {
  shown: Indicator[];
  /** Matches beyond those shown. */
  more: number;
}

const NORMALISED = new WeakMap<readonly Indicator[], string[][]>();

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function names(indicator: Indicator): string[] {
  const name = indicator.name;
  const texts = typeof name === 'string' ? [name] : Object.values(name);
  return [...texts, indicator.id].map(normalise);
}

export function matchIndicators(indicators: readonly Indicator[], query: string, limit = 12): IndicatorMatches {
  const terms = normalise(query).split(' ').filter(Boolean);
  if (terms.length === 0) return { shown: [], more: 0 };
  let all = NORMALISED.get(indicators);
  if (!all) {
    all = indicators.map(names);
    NORMALISED.set(indicators, all);
  }
  const first = terms[0]!;
  const starting: Indicator[] = [];
  const others: Indicator[] = [];
  indicators.forEach((indicator, i) => {
    const texts = all[i]!;
    if (!terms.every((t) => texts.some((n) => n.includes(t)))) return;
    (texts.some((n) => n.startsWith(first)) ? starting : others).push(indicator);
  });
  const found = [...starting, ...others];
  return { shown: found.slice(0, limit), more: Math.max(0, found.length - limit) };
}
