import { useCallback, useId, useMemo } from 'react';
import type { Dataset, Indicator, Text } from '../../data/schema';
import type { SeriesPoint } from '../../data/indicator-series';
import { buildChartModel, periodAtTime, type ChartInputSeries } from '../../data/chart-data';
import { downsampleSeries } from '../../data/downsample-series';
import { annotationsOnAxis } from '../../data/annotations';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriodShort } from '../../i18n/format-period';
import { formatValue } from '../../i18n/format-number';
import { ChartBoundary } from '../../charts/chart-boundary';
import { ChartFailed } from '../../components/chart-failed';
import { ExplorableChart } from '../../charts/explorable-chart';
import { TimeBrush } from '../../charts/time-brush';
import { useDescribeIndicatorFocus } from '../../components/use-describe-focus';
import { useElementWidth } from '../../charts/use-element-width';
import { MarkerSymbol } from '../../charts/time-series-chart';
import { seriesColor, seriesDash, seriesMarker, type ChartTheme } from '../../charts/palette';
import { PointTooltip } from '../../components/point-tooltip';
import { SourceLine } from '../../components/source-line';
import { describeIndicator } from '../../components/describe-indicator';
import type { ViewSettings } from '../../routing/view-params';
import type { UpdateSettings } from './indicator-view';

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  theme: ChartTheme;
  settings: ViewSettings;
  /** The series over their whole span, for the brush. */
  full: ChartInputSeries<SeriesPoint>[];
  /** The series in the chosen range, for the chart. */
  ranged: ChartInputSeries<SeriesPoint>[];
  unit: Text;
  decimals: number | undefined;
  unitLine: string;
  logScale: boolean;
  update: UpdateSettings;
  /** False for an embed with `controls=0`: no brush, and the legend only explains. */
  interactive?: boolean;
}

const HEIGHT = 360;
/** Room the value axis and margins take from the measured width; the rest is the plot. */
const AXIS_ALLOWANCE = 72;
/** Beyond this many points per series markers are noise. */
const MARKER_LIMIT = 60;

/** The indicator as a figure: legend that toggles regions, the chart a keyboard can read, a range brush. */
export function IndicatorChart({ dataset, indicator, theme, settings, full, ranged, unit, decimals, unitLine, logScale, update, interactive = true }: Props) {
  const { lang, m } = useI18n();
  const titleId = useId();
  const descId = useId();
  const [box, width, measured] = useElementWidth<HTMLDivElement>();
  const type = settings.type;
  const drawn = useMemo(() => downsampleSeries(ranged, width - AXIS_ALLOWANCE), [ranged, width]);
  const model = useMemo(
    () => buildChartModel(drawn, indicator.frequency, { padForBars: type === 'bar', breakAtYears: indicator.cumulative }),
    [drawn, indicator.frequency, indicator.cumulative, type],
  );
  const fullModel = useMemo(
    () => buildChartModel(downsampleSeries(full, width - AXIS_ALLOWANCE), indicator.frequency, { breakAtYears: indicator.cumulative }),
    [full, width, indicator.frequency, indicator.cumulative],
  );
  const annotations = useMemo(
    () =>
      annotationsOnAxis(dataset.annotations, indicator, model.domain).map(({ t, annotation }) => ({ t, label: localText(annotation.label, lang) })),
    [dataset.annotations, indicator, model.domain, lang],
  );

  const formatY = useCallback((v: number) => formatValue(v, unit, lang), [unit, lang]);
  const formatTick = useCallback((t: number) => formatPeriodShort(periodAtTime(t, indicator.frequency), lang), [indicator.frequency, lang]);
  const tooltipIndicator = useMemo(() => ({ ...indicator, decimals }), [indicator, decimals]);
  const renderTooltip = useCallback(
    (t: number) => <PointTooltip t={t} model={model} dataset={dataset} indicator={tooltipIndicator} theme={theme} unit={unit} />,
    [model, dataset, tooltipIndicator, theme, unit],
  );
  const describe = useDescribeIndicatorFocus(model, unit, decimals, indicator.cumulative);

  // The brush marks the chosen range among all periods and writes a new one to the address:
  // one history entry per drag, replaced while the handles move.
  const startIndex = Math.max(0, fullModel.rows.findIndex((r) => r.t >= (model.rows[0]?.t ?? -Infinity)));
  const lastShown = model.rows[model.rows.length - 1]?.t ?? Infinity;
  const endFound = fullModel.rows.findLastIndex((r) => r.t <= lastShown);
  const endIndex = endFound < 0 ? fullModel.rows.length - 1 : endFound;
  const onBrush = useCallback(
    (s: number, e: number, gesture: 'start' | 'continue') => {
      const rows = fullModel.rows;
      const at = (i: number) => {
        const row = rows[i];
        return row ? periodAtTime(row.t, indicator.frequency) : undefined;
      };
      update({ from: s <= 0 ? undefined : at(s), to: e >= rows.length - 1 ? undefined : at(e) }, { replace: gesture === 'continue' });
    },
    [fullModel.rows, indicator.frequency, update],
  );

  const sourceIds = ranged.flatMap((s) => s.points.flatMap((p) => p.inputs));
  const name = localText(indicator.name, lang);
  const hasNegative = model.rows.some((r) => model.series.some((s) => (r[s.key] ?? 0) < 0));
  const pointCount = Math.max(0, ...drawn.map((s) => s.points.length));

  return (
    <figure className="chart-figure explorer-figure" aria-labelledby={titleId} aria-describedby={descId}>
      <div className="figure-head">
        <h3 id={titleId} className="figure-title">
          {name}
        </h3>
        <p className="figure-unit">{unitLine}</p>
      </div>
      <p id={descId} className="visually-hidden">
        {describeIndicator(indicator, ranged, lang, m, (r) => r)}
      </p>
      <Legend dataset={dataset} indicator={indicator} theme={theme} settings={settings} model={model} type={type} update={update} interactive={interactive} />
      <div ref={box} className="explorer-plot">
        <ChartBoundary fallback={<ChartFailed />}>
          {model.rows.length === 0 ? (
            <p role="status" className="state-panel">
              {m.describeEmpty}
            </p>
          ) : !measured ? (
            // Only until the width is measured, before the first paint.
            <div style={{ height: HEIGHT }} />
          ) : (
            <ExplorableChart
              model={model}
              type={type}
              theme={theme}
              height={HEIGHT}
              formatValue={formatY}
              formatTick={formatTick}
              renderTooltip={renderTooltip}
              annotations={annotations}
              logScale={logScale}
              zeroLine={hasNegative && !logScale}
              markers={pointCount <= MARKER_LIMIT}
              label={m.explorer.chartLabel(name)}
              instructions={m.explorer.chartKeys}
              describe={describe}
            />
          )}
        </ChartBoundary>
        {interactive && fullModel.rows.length > 2 && (
          <TimeBrush
            model={fullModel}
            theme={theme}
            startIndex={startIndex}
            endIndex={endIndex}
            formatTick={formatTick}
            label={m.explorer.brush}
            onChange={onBrush}
          />
        )}
      </div>
      <figcaption>
        <SourceLine dataset={dataset} sourceIds={sourceIds} compact />
      </figcaption>
    </figure>
  );
}

/** Series keys; outside a gap each is a toggle button for its region, the last one kept on. */
function Legend({
  dataset,
  indicator,
  theme,
  settings,
  model,
  type,
  update,
  interactive,
}: Pick<Props, 'dataset' | 'indicator' | 'theme' | 'settings' | 'update'> & { model: ReturnType<typeof buildChartModel>; type: ViewSettings['type']; interactive: boolean }) {
  const { lang, m } = useI18n();
  const regions = dataset.regions.flatMap((r, styleIndex) => (indicator.series.some((s) => s.region === r.id) ? [{ id: r.id, styleIndex, name: localText(r.name, lang) }] : []));
  const statuses = new Set<string>();
  for (const atTime of model.byTime.values()) for (const p of atTime.values()) if (p.status) statuses.add(p.status);
  const toggles = interactive && settings.transform !== 'gap' && regions.length > 1;
  const swatch = (styleIndex: number, flagged = false) => (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false" className="legend-swatch">
      {type === 'bar' ? (
        <rect x="7" y="1" width="14" height="12" fill={seriesColor(theme, styleIndex)} fillOpacity={flagged ? 0.3 : 1} />
      ) : (
        <>
          {!flagged && <line x1="0" y1="7" x2="28" y2="7" stroke={seriesColor(theme, styleIndex)} strokeWidth="2" strokeDasharray={seriesDash(styleIndex)} />}
          <MarkerSymbol shape={seriesMarker(styleIndex)} x={14} y={7} size={flagged ? 4.5 : 3.5} fill={flagged ? theme.background : seriesColor(theme, styleIndex)} stroke={seriesColor(theme, styleIndex)} dashed={flagged} />
        </>
      )}
    </svg>
  );
  if (!toggles && model.series.length < 2 && statuses.size === 0) return null;
  return (
    <ul className="series-legend explorer-legend" aria-label={toggles ? m.explorer.legend : undefined}>
      {toggles
        ? regions.map((r) => {
            const on = settings.regions.includes(r.id);
            const last = on && settings.regions.length === 1;
            return (
              <li key={r.id}>
                <button
                  type="button"
                  className="legend-toggle"
                  aria-pressed={on}
                  aria-disabled={last || undefined}
                  title={last ? m.explorer.keepOneRegion : undefined}
                  onClick={() => {
                    if (last) return;
                    update({ regions: regions.map((x) => x.id).filter((x) => (x === r.id ? !on : settings.regions.includes(x))) });
                  }}
                >
                  {swatch(r.styleIndex)}
                  {r.name}
                </button>
              </li>
            );
          })
        : model.series.map((s) => (
            <li key={s.key}>
              {swatch(s.styleIndex)}
              {s.label}
            </li>
          ))}
      {[...statuses].map((status) => (
        <li key={status} className="legend-status" title={m.statusExplain[status as keyof typeof m.statusExplain]}>
          {swatch(0, true)}
          {m.statusNames[status as keyof typeof m.statusNames]}
        </li>
      ))}
    </ul>
  );
}
