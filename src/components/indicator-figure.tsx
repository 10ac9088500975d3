import { useCallback, useId, useMemo, useRef } from 'react';
import { buildChartModel, periodAtTime } from '../data/chart-data';
import { downsampleSeries } from '../data/downsample-series';
import { indicatorSeries } from '../data/indicator-series';
import type { Dataset, Indicator } from '../data/schema';
import { annotationsOnAxis } from '../data/annotations';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { formatPeriod, formatPeriodShort } from '../i18n/format-period';
import { formatValue } from '../i18n/format-number';
import { ChartBoundary } from '../charts/chart-boundary';
import { LazyMount } from '../charts/lazy-mount';
import { ExplorableChart } from '../charts/explorable-chart';
import { describeFocus } from '../charts/describe-focus';
import { readViewParams, resolveViewSettings } from '../routing/view-params';
import { summarizeChart } from '../data/summary';
import type { ChartTheme } from '../charts/palette';
import { PointTooltip } from './point-tooltip';
import { SeriesLegend } from './series-legend';
import { SourceLine } from './source-line';
import { ChartActions } from './chart-actions';

const CARD_PLOT_PIXELS = 600;
/** Beyond this many points a series' markers are noise, and costly to draw. */
const MARKER_LIMIT = 60;

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  theme: ChartTheme;
  href: string;
  height?: number;
}

/** One indicator as a figure: title (its accessible name), unit, legend, chart, sources. */
export function IndicatorFigure({ dataset, indicator, theme, href, height = 240 }: Props) {
  const { lang, m } = useI18n();
  const titleId = useId();
  const descId = useId();
  const figureRef = useRef<HTMLElement>(null);
  // The overview draws every chart with the default settings; exports describe the same.
  const settings = useMemo(() => resolveViewSettings(readViewParams(new URLSearchParams()), indicator, dataset), [indicator, dataset]);
  const type = settings.type;
  const regionName = useCallback(
    (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang),
    [dataset, lang],
  );
  const { series, result } = useMemo(() => indicatorSeries(dataset, indicator, regionName), [dataset, indicator, regionName]);
  // A card is at most about 600 px wide: more points than that are only cost, never detail.
  const drawn = useMemo(() => downsampleSeries(series, CARD_PLOT_PIXELS), [series]);
  const model = useMemo(() => buildChartModel(drawn, indicator.frequency, { padForBars: type === 'bar', breakAtYears: indicator.cumulative }), [drawn, indicator.frequency, indicator.cumulative, type]);
  const markers = Math.max(0, ...drawn.map((s) => s.points.length)) <= MARKER_LIMIT;
  const annotations = useMemo(
    () =>
      annotationsOnAxis(dataset.annotations, indicator, model.domain).map(({ t, annotation }) => ({ t, label: localText(annotation.label, lang) })),
    [dataset.annotations, indicator, model.domain, lang],
  );
  const unit = indicator.unit;
  // Axis ticks are round numbers: no fixed decimals, unlike the figures themselves.
  const formatY = useCallback((v: number) => formatValue(v, unit, lang), [unit, lang]);
  const formatTick = useCallback((t: number) => formatPeriodShort(periodAtTime(t, indicator.frequency), lang), [indicator.frequency, lang]);
  const renderTooltip = useCallback(
    (t: number) => <PointTooltip t={t} model={model} dataset={dataset} indicator={indicator} theme={theme} unit={unit} />,
    [model, dataset, indicator, theme, unit],
  );
  const describe = useCallback(
    (t: number) =>
      describeFocus(model, t, {
        period: (p) => formatPeriod(p, lang, { cumulative: indicator.cumulative }),
        value: (v) => (v === null ? m.noData : formatValue(v, unit, lang, indicator.decimals)),
        status: (s) => m.statusNames[s as keyof typeof m.statusNames] ?? s,
        colon: m.punct.colon,
        separator: m.punct.semicolon,
        open: m.punct.open,
        close: m.punct.close,
      }),
    [model, lang, m, unit, indicator.decimals, indicator.cumulative],
  );
  const sourceIds = indicator.series.flatMap((s) => s.points.flatMap((p) => (p.source ? [p.source] : [])));
  const description = summarizeChart(dataset, indicator, result, lang);
  const hasNegative = model.rows.some((r) => model.series.some((s) => (r[s.key] ?? 0) < 0));

  return (
    <figure ref={figureRef} className="chart-figure" aria-labelledby={titleId} aria-describedby={descId}>
      <div className="figure-head">
        <h3 id={titleId} className="figure-title">
          <a href={href}>{localText(indicator.name, lang)}</a>
        </h3>
        <ChartActions dataset={dataset} indicator={indicator} settings={settings} theme={theme} figureRef={figureRef} linkHash={href} />
        <p className="figure-unit">
          {m.unit}
          {m.punct.colon}
          {localText(unit, lang)}
          {indicator.cumulative ? ` · ${m.cumulative}` : ''}
        </p>
      </div>
      <p id={descId} className="visually-hidden">
        {description}
      </p>
      <SeriesLegend model={model} theme={theme} type={type} />
      <ChartBoundary fallback={<p role="status" className="chart-failed">{m.errors.chartFailed}</p>}>
        <LazyMount height={height}>
          <ExplorableChart
            model={model}
            type={type}
            theme={theme}
            height={height}
            formatValue={formatY}
            formatTick={formatTick}
            renderTooltip={renderTooltip}
            annotations={annotations}
            zeroLine={hasNegative}
            markers={markers}
            label={m.explorer.chartLabel(localText(indicator.name, lang))}
            instructions={m.explorer.chartKeys}
            describe={describe}
          />
        </LazyMount>
      </ChartBoundary>
      <figcaption>
        <SourceLine dataset={dataset} sourceIds={sourceIds} compact />
      </figcaption>
    </figure>
  );
}
