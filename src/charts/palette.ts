// The one place chart colours are defined. Series colours come from the Okabe–Ito set, which
// stays distinguishable under protanopia and deuteranopia, darkened for white paper and
// lightened for dark backgrounds so lines and bars keep at least 3:1 against the background.
// Series are also told apart by marker shape and dash, never by colour alone.

export type ResolvedAppearance = 'light' | 'dark';

export interface ChartTheme {
  background: string;
  surface: string;
  text: string;
  mutedText: string;
  grid: string;
  axis: string;
  annotation: string;
  series: readonly string[];
  rise: { zh: string; en: string };
  fall: { zh: string; en: string };
}

export const PALETTES: Record<ResolvedAppearance, ChartTheme> = {
  light: {
    background: '#ffffff',
    surface: '#f5f7fa',
    text: '#1a1f29',
    mutedText: '#4f5868',
    grid: '#e3e7ee',
    axis: '#6b7383',
    annotation: '#6a4fa3',
    series: ['#0b62a4', '#c2530a', '#00795c', '#a23f7a', '#6f6400', '#4a4f59'],
    rise: { zh: '#c62828', en: '#2e7d32' },
    fall: { zh: '#2e7d32', en: '#c62828' },
  },
  dark: {
    background: '#11161d',
    surface: '#1a212b',
    text: '#e8ecf2',
    mutedText: '#a9b2c1',
    grid: '#2b3441',
    axis: '#8d97a8',
    annotation: '#b9a3ee',
    series: ['#5db3f2', '#f39a5a', '#3fcca4', '#e58fc4', '#d8c85a', '#c3c8d0'],
    rise: { zh: '#ff7373', en: '#62d07a' },
    fall: { zh: '#62d07a', en: '#ff7373' },
  },
};

/** Dash patterns and marker shapes by series position, so print and colour-blind readers can tell series apart. */
export const SERIES_DASHES: readonly (string | undefined)[] = [undefined, '6 3', '2 3', '8 3 2 3'];
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
export const SERIES_MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

export function seriesColor(theme: ChartTheme, index: number): string {
  return theme.series[index % theme.series.length] ?? theme.text;
}

export function seriesDash(index: number): string | undefined {
  return SERIES_DASHES[index % SERIES_DASHES.length];
}

export function seriesMarker(index: number): MarkerShape {
  return SERIES_MARKERS[index % SERIES_MARKERS.length] ?? 'circle';
}
