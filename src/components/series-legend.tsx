import type { ChartModel } from '../data/chart-data';
import { useI18n } from '../i18n/i18n-context';
import { seriesColor, seriesDash, seriesMarker, type ChartTheme } from '../charts/palette';
import { MarkerSymbol, type ChartType } from '../charts/time-series-chart';

export interface LegendSeries {
  key: string;
  label: string;
  styleIndex: number;
}

/** The statuses (derived, approximate, shortlisted…) of the points a chart model draws. */
export function modelStatuses(model: ChartModel): Set<string> {
  const statuses = new Set<string>();
  for (const atTime of model.byTime.values()) for (const p of atTime.values()) if (p.status) statuses.add(p.status);
  return statuses;
}

/** Series keys and, when the chart has any, the marks used for flagged figures. */
export function SeriesLegend({ series, statuses, theme, type }: { series: readonly LegendSeries[]; statuses: ReadonlySet<string>; theme: ChartTheme; type: ChartType }) {
  const { m } = useI18n();
  const showSeries = series.length > 1;
  if (!showSeries && statuses.size === 0) return null;
  return (
    <ul className="series-legend">
      {showSeries &&
        series.map((s) => (
          <li key={s.key}>
            <Swatch color={seriesColor(theme, s.styleIndex)} index={s.styleIndex} type={type} background={theme.background} />
            {s.label}
          </li>
        ))}
      {[...statuses].map((status) => (
        <li key={status} className="legend-status" title={m.statusExplain[status as keyof typeof m.statusExplain]}>
          <Swatch color={theme.mutedText} index={0} type={type} background={theme.background} flagged />
          {m.statusNames[status as keyof typeof m.statusNames]}
        </li>
      ))}
    </ul>
  );
}

function Swatch({ color, index, type, background, flagged = false }: { color: string; index: number; type: ChartType; background: string; flagged?: boolean }) {
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false" className="legend-swatch">
      {type === 'bar' ? (
        <rect x="7" y="1" width="14" height="12" fill={color} fillOpacity={flagged ? 0.3 : 1} stroke={flagged ? color : 'none'} strokeDasharray={flagged ? '3 2' : undefined} />
      ) : (
        <>
          {!flagged && <line x1="0" y1="7" x2="28" y2="7" stroke={color} strokeWidth="2" strokeDasharray={seriesDash(index)} />}
          <MarkerSymbol shape={seriesMarker(index)} x={14} y={7} size={flagged ? 4.5 : 3.5} fill={flagged ? background : color} stroke={color} dashed={flagged} />
        </>
      )}
    </svg>
  );
}
