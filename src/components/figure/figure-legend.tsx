import type { FigureModel } from '../../data/figure/figure-model';
import type { PointStatus } from '../../data/dataset/schema';
import { useI18n } from '../../i18n/i18n-context';
import { MarkerSymbol } from '../../charts/marker-symbol';
import { seriesColor, seriesDash, seriesMarker, type ChartTheme } from '../../charts/palette';
import type { ChartKind } from '../../data/figure/figure-settings';

export interface RegionToggle {
  id: string;
  name: string;
  styleIndex: number;
  on: boolean;
}

interface Props {
  type: ChartKind;
  theme: ChartTheme;
  /** The series drawn, with their names and style: a key when there are two or more. */
  series: readonly { key: string; label: string; styleIndex: number }[];
  statuses: readonly PointStatus[];
  /** Regions a reader can switch on and off (indicator and embed views); the last one stays on. */
  toggles?: { regions: readonly RegionToggle[]; onToggle: (id: string) => void } | undefined;
  /** Marks drawn besides the series, each explained in words: targets and breaks in series. */
  marks?: { targets: boolean; breaks: boolean } | undefined;
}

/**
 * Beyond this many regions the legend toggles only those drawn; the others are found with the
 * region picker (a thousand buttons once held the page up, issue 14).
 */
export const LEGEND_TOGGLE_LIMIT = 12;

/** The key of a figure: which line is which region, and what the marks of flagged points mean. */
export function FigureLegend({ type, theme, series, statuses, toggles, marks }: Props) {
  const { m } = useI18n();
  const showToggles = toggles !== undefined && toggles.regions.length > 1;
  const anyMark = marks !== undefined && (marks.targets || marks.breaks);
  if (!showToggles && series.length < 2 && statuses.length === 0 && !anyMark) return null;
  const onCount = toggles?.regions.filter((r) => r.on).length ?? 0;
  const listed = toggles && toggles.regions.length > LEGEND_TOGGLE_LIMIT ? toggles.regions.filter((r) => r.on) : toggles?.regions;
  const hidden = (toggles?.regions.length ?? 0) - (listed?.length ?? 0);
  return (
    <ul className="series-legend" aria-label={showToggles ? m.explorer.legend : undefined}>
      {showToggles && listed
        ? listed.map((r) => {
            const last = r.on && onCount === 1;
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className="legend-toggle"
                  aria-pressed={r.on}
                  aria-disabled={last || undefined}
                  title={last ? m.explorer.keepOneRegion : r.name}
                  onClick={() => {
                    if (!last) toggles.onToggle(r.id);
                  }}
                >
                  <Swatch type={type} color={seriesColor(theme, r.styleIndex)} index={r.styleIndex} background={theme.background} />
                  <span className="long-name">{r.name}</span>
                </button>
              </li>
            );
          })
        : series.length > 1 &&
          series.map((s) => (
            <li key={s.key}>
              <Swatch type={type} color={seriesColor(theme, s.styleIndex)} index={s.styleIndex} background={theme.background} />
              <span className="long-name" title={s.label}>
                {s.label}
              </span>
            </li>
          ))}
      {showToggles && hidden > 0 && <li className="legend-more">{m.explorer.legendMore(hidden)}</li>}
      {statuses.map((status) => (
        <li key={status} className="legend-status" title={m.statusExplain[status]}>
          <Swatch type={type} color={theme.mutedText} index={0} background={theme.background} flagged />
          {m.statusNames[status]}
        </li>
      ))}
      {marks?.targets && (
        <li className="legend-mark">
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false" className="legend-swatch">
            <line x1="4" y1="7" x2="24" y2="7" stroke={theme.text} strokeWidth="3" strokeDasharray="5 2" />
          </svg>
          {m.stats.targetKey}
        </li>
      )}
      {marks?.breaks && (
        <li className="legend-mark">
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false" className="legend-swatch">
            <line x1="14" y1="0" x2="14" y2="14" stroke={theme.text} strokeWidth="1.5" strokeDasharray="4 2" />
          </svg>
          {m.stats.breakKey}
        </li>
      )}
    </ul>
  );
}

export function Swatch({ color, index, type, background, flagged = false }: { color: string; index: number; type: ChartKind; background: string; flagged?: boolean }) {
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

/** Legend entries for the series of a model, with their labels. */
export function legendSeries(model: FigureModel, labels: ReadonlyMap<string, string>) {
  return model.series.map((s) => ({ key: s.key, label: labels.get(s.key) ?? s.region, styleIndex: s.styleIndex }));
}
