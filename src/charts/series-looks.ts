import type { FigureModel } from '../data/figure/figure-model';
import { seriesColor, seriesDash, seriesMarker, type ChartTheme } from './palette';
import type { SeriesLook } from './series-layer';

/** Colour, dash and marker of each series of a figure, by series key, from its style index. */
export function seriesLooks(model: FigureModel, theme: ChartTheme): Map<string, SeriesLook> {
  return new Map(
    model.series.map((s) => [s.key, { key: s.key, color: seriesColor(theme, s.styleIndex), dash: seriesDash(s.styleIndex), marker: seriesMarker(s.styleIndex) }]),
  );
}
