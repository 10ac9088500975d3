import type { Annotation, Indicator } from '../dataset/schema';
import { periodFrequency, periodIn, timeOf } from '../../lib/periods';

/**
 * The dataset's events that belong on one indicator's time axis within `domain`. An event is
 * drawn where it can be placed exactly: on axes of its own frequency, or on the indicator it
 * names. A July event on a yearly axis would claim the whole year.
 */
export function annotationsOnAxis(annotations: readonly Annotation[], indicator: Indicator, domain: readonly [number, number]): { t: number; annotation: Annotation }[] {
  return annotations.flatMap((a) => {
    if (a.indicator ? a.indicator !== indicator.id : periodFrequency(a.period) !== indicator.frequency) return [];
    const period = periodIn(a.period, indicator.frequency);
    const t = period ? timeOf(period) : Number.NaN;
    return t >= domain[0] && t <= domain[1] ? [{ t, annotation: a }] : [];
  });
}
