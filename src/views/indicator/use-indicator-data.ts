import { useCallback, useMemo } from 'react';
import type { Dataset, Indicator } from '../../data/schema';
import { indicatorSeries } from '../../data/indicator-series';
import { transformDecimals, transformUnit } from '../../data/transform-unit';
import { logScaleVerdict } from '../../data/log-scale';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriod } from '../../i18n/format-period';
import { navigate, parseHash, withParams } from '../../routing/route';
import { readViewParams, resolveViewSettings, viewSettingsToParams, type ViewSettings } from '../../routing/view-params';

export type UpdateSettings = (changes: Partial<ViewSettings>, opts?: { replace?: boolean }) => void;

/** Writes changed settings into the address, on top of what the address says now. */
export function useUpdateSettings(dataset: Dataset, indicator: Indicator): UpdateSettings {
  return useCallback(
    (changes, opts) => {
      const current = window.location.hash;
      const now = resolveViewSettings(readViewParams(parseHash(current).params), indicator, dataset);
      navigate(withParams(current, viewSettingsToParams({ ...now, ...changes }, indicator, dataset)), opts);
    },
    [indicator, dataset],
  );
}

/**
 * The numbers one indicator shows under a set of view settings: the series over the whole
 * span (for the brush) and within the range, the unit and precision after the transform, and
 * the line that says what is shown. Shared by the indicator view and the embed view.
 */
export function useIndicatorData(dataset: Dataset, indicator: Indicator, settings: ViewSettings) {
  const { lang, m } = useI18n();
  const regionName = useCallback((rid: string) => localText(dataset.regions.find((r) => r.id === rid)?.name ?? rid, lang), [dataset, lang]);
  const label = useCallback(
    (rid: string, vs?: string) => (vs ? m.explorer.gapLabel(regionName(rid), regionName(vs)) : regionName(rid)),
    [m, regionName],
  );
  const { transform, base, vs, from, to } = settings;
  // Settings are read afresh from the address on every render; a stable regions array keeps
  // the series (and the brush's data) the same objects while only the range moves.
  const regionsKey = settings.regions.join(',');
  const regions = useMemo(() => regionsKey.split(','), [regionsKey]);
  const full = useMemo(
    () => indicatorSeries(dataset, indicator, label, { transform, regions, base, vs }),
    [dataset, indicator, label, transform, regions, base, vs],
  );
  const ranged = useMemo(
    () => indicatorSeries(dataset, indicator, label, { transform, regions, base, vs, from, to }),
    [dataset, indicator, label, transform, regions, base, vs, from, to],
  );
  const { result } = ranged;
  const unit = transformUnit(result.unitKind, indicator.unit);
  const decimals = transformDecimals(result.unitKind, indicator.decimals);
  const verdict = logScaleVerdict(ranged.series.flatMap((s) => s.points.map((p) => p.value)));

  let shown = m.explorer.transformNames[result.applied];
  if (result.applied === 'index' && result.base) shown += `${m.punct.open}${m.explorer.indexBase(formatPeriod(result.base, lang))}${m.punct.close}`;
  if (result.applied === 'gap' && result.vs) shown = `${shown}${m.punct.open}${m.explorer.gapLabel(m.explorer.transformNames.published, regionName(result.vs))}${m.punct.close}`;
  const unitLine = `${m.unit}${m.punct.colon}${localText(unit, lang)}${indicator.cumulative ? ` · ${m.cumulative}` : ''} · ${m.explorer.shown(shown)}`;
  return { full, ranged, result, unit, decimals, verdict, shown, unitLine };
}
