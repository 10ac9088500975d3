import type { Dataset, Indicator } from '../../src/data/dataset/schema';

// What the reference pages share: the same fetch of the same document as the app (or of
// `?data=`), and the app's choice of which indicators get a chart and of what type.

export function dataUrl(): string {
  return new URLSearchParams(location.search).get('data') ?? 'data/sichuan-industry.json';
}

export async function fetchDataset(): Promise<Dataset> {
  const response = await fetch(dataUrl(), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${response.url}`);
  return (await response.json()) as Dataset;
}

/** Every period of the indicator, in time order (`YYYY`, `YYYY-Qn`, `YYYY-MM` sort as text). */
export function periodsOf(indicator: Indicator): string[] {
  return [...new Set(indicator.series.flatMap((s) => s.points.map((p) => p.period)))].sort();
}

/** As the overview: a chart for every indicator with two periods or more. */
export function chartedIndicators(dataset: Dataset): Indicator[] {
  return dataset.indicators.filter((i) => periodsOf(i).length >= 2);
}

export function label(text: string | Record<string, string> | undefined): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : (text.zh ?? Object.values(text)[0] ?? '');
}
