import type { ChartInputPoint, ChartInputSeries } from './chart-data';
import { downsampleForWidth } from './downsample';

/**
 * Each series thinned to what `pixelWidth` pixels can show (downsampleForWidth: peaks, troughs
 * and gaps kept). Series short enough come back as the same objects (and the same list when
 * none needs thinning), so memoised charts do not redraw. Tables take the series before this
 * step: they show every point.
 */
export function downsampleSeries<P extends ChartInputPoint>(
  series: readonly ChartInputSeries<P>[],
  pixelWidth: number,
): readonly ChartInputSeries<P>[] {
  // Nothing to thin: the same list, so a chart model built from it need not be built again.
  if (series.every((s) => !(pixelWidth >= 1) || s.points.length <= pixelWidth)) return series;
  return series.map((s) => {
    if (!(pixelWidth >= 1) || s.points.length <= pixelWidth) return s;
    const thinned = downsampleForWidth(
      s.points.map((point) => ({ x: point.t, y: point.value, point })),
      pixelWidth,
    );
    return { ...s, points: thinned.map((p) => p.point) };
  });
}
