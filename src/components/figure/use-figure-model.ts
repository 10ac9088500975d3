import { useMemo } from 'react';
import type { Dataset } from '../../data/dataset/schema';
import { figureModel, type FigureEntry, type FigureModel } from '../../data/figure/figure-model';

/** A key equal for two lists of entries exactly when they ask for the same figure. */
export function entriesKey(entries: readonly FigureEntry[]): string {
  return JSON.stringify(entries.map((e) => [e.indicator.id, e.settings]));
}

/**
 * The figure model of these entries at this plot width, computed again only when what it depends
 * on changes: the dataset, the indicators and their settings (compared by value, since views
 * build their entries afresh on every render), the width and an imposed time span.
 */
export function useFigureModel(dataset: Dataset, entries: readonly FigureEntry[], plotWidth: number, timeDomain?: readonly [number, number]): FigureModel {
  const key = entriesKey(entries);
  const [t0, t1] = timeDomain ?? [Number.NaN, Number.NaN];
  return useMemo(
    () => figureModel({ dataset, entries, plotWidth, timeDomain: Number.isNaN(t0) ? undefined : [t0, t1] }),
    // `key` stands for the entries (indicators belong to the dataset, settings are compared by value).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataset, key, plotWidth, t0, t1],
  );
}
