import type { ChartModel, ChartRow } from './chart-data';

// Recharts makes a component, a store entry and a round of re-renders for each Line; a series
// broken into one Line per segment (a year-to-date series breaks every January: thirty segments
// for thirty years, times thirty regions) costs seconds to mount. Here every series needs at
// most two Lines whatever its number of segments: segments alternate between them, so two
// segments of one Line always have the other's rows between them, which break it (the Lines
// draw with connectNulls off). Inside a segment a period the series does not publish is
// bridged, as the format asks, by a value on the straight line between its neighbours
// (geometric on a log scale), which adds no bend; markers and tooltips read the model's points,
// so these bridging values are never shown as figures.

export function lineKey(seriesKey: string, parity: 0 | 1): string {
  return `${seriesKey}~line${parity}`;
}

export interface LineLayout {
  /** The model's rows with each series' line values added. */
  rows: ChartRow[];
  /** Per series key, the line keys it uses (one or two). */
  lines: Map<string, string[]>;
}

export function layoutLines(model: ChartModel, opts: { log?: boolean } = {}): LineLayout {
  const rows = model.rows.map((row) => ({ ...row }));
  const lines = new Map<string, string[]>();
  for (const s of model.series) {
    // Each valued row of this series, with the segment it belongs to.
    const valued: { index: number; segment: number; value: number }[] = [];
    let segment = 0;
    model.rows.forEach((row, index) => {
      while (segment < s.segments.length - 1 && row[s.segments[segment]!] === undefined && row[s.segments[segment + 1]!] !== undefined) segment += 1;
      const value = row[s.segments[segment] ?? ''];
      if (typeof value === 'number') valued.push({ index, segment, value });
    });
    const keys = s.segments.length > 1 ? [lineKey(s.key, 0), lineKey(s.key, 1)] : [lineKey(s.key, 0)];
    lines.set(s.key, keys);
    valued.forEach((point, i) => {
      const key = keys[point.segment % 2]!;
      rows[point.index]![key] = point.value;
      const next = valued[i + 1];
      if (!next || next.segment !== point.segment) return;
      for (let r = point.index + 1; r < next.index; r++) {
        const t = rows[r]!.t;
        const f = (t - rows[point.index]!.t) / (rows[next.index]!.t - rows[point.index]!.t);
        const geometric = opts.log && point.value > 0 && next.value > 0;
        rows[r]![key] = geometric ? point.value * (next.value / point.value) ** f : point.value + (next.value - point.value) * f;
      }
    });
  }
  return { rows, lines };
}
