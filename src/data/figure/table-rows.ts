// The rows of a figure's table: one per period, one cell per series, built from the very series
// the chart draws (same transform, same range) but never downsampled.

export interface RowPoint {
  period: string;
  t: number;
  value: number | null;
}

export interface TableRow<P extends RowPoint> {
  period: string;
  t: number;
  /** Aligned with the series; undefined where a series has no point at this period. */
  cells: (P | undefined)[];
}

export type SortColumn = 'period' | number;
export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  /** 'period', or the index of the series whose values order the rows. */
  column: SortColumn;
  direction: SortDirection;
}

export function buildTableRows<P extends RowPoint>(series: readonly { points: readonly P[] }[]): TableRow<P>[] {
  const byPeriod = new Map<string, TableRow<P>>();
  series.forEach((s, index) => {
    for (const point of s.points) {
      let row = byPeriod.get(point.period);
      if (!row) {
        row = { period: point.period, t: point.t, cells: series.map(() => undefined) };
        byPeriod.set(point.period, row);
      }
      row.cells[index] = point;
    }
  });
  return [...byPeriod.values()].sort((a, b) => a.t - b.t);
}

/**
 * A sorted copy. Rows without a value in the sorted column (a gap) go last in either direction,
 * since "no figure" is neither high nor low; ties keep time order.
 */
export function sortTableRows<P extends RowPoint>(rows: readonly TableRow<P>[], sort: TableSort): TableRow<P>[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const column = sort.column;
  if (column === 'period') return [...rows].sort((a, b) => sign * (a.t - b.t));
  const valueOf = (row: TableRow<P>) => row.cells[column]?.value ?? null;
  return [...rows].sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) return va === vb ? a.t - b.t : va === null ? 1 : -1;
    return sign * (va - vb) || a.t - b.t;
  });
}

/** Clicking a column sorts by it ascending (periods: as published, oldest first); again reverses. */
export function nextSort(current: TableSort, column: SortColumn): TableSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
