import { useCallback, useId, useMemo, useRef } from 'react';
import { buildChartModel, periodAtTime } from '../data/chart-data';
import { downsampleSeries } from '../data/downsample-series';
import { indicatorSeries, regionIndex } from '../data/indicator-series';
import { applyTransform } from '../data/transforms';
import type { ChartKind } from '../routing/view-params';
import type { Dataset, Indicator } from '../data/schema';
import { annotationsOnAxis } from '../data/annotations';
import { useI18n } from '../i18n/i18n-context';
import { localText } from '../i18n/lang';
import { formatPeriodShort } from '../i18n/format-period';
import { formatValue } from '../i18n/format-number';
import { ChartBoundary } from '../charts/chart-boundary';
import { ChartFailed } from './chart-failed';
import { LazyMount } from '../charts/lazy-mount';
import { ExplorableChart } from '../charts/explorable-chart';
import { readViewParams, resolveViewSettings } from '../routing/view-params';
import { summarizeChart } from '../data/summary';
import type { ChartTheme } from '../charts/palette';
import { PointTooltip } from './point-tooltip';
import { SeriesLegend } from './series-legend';
import { useDescribeIndicatorFocus } from './use-describe-focus';
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

/**
 * One indicator as a figure. Whatever fails while preparing or drawing it stays inside its own
 * frame, which keeps the indicator's name and says so; the other figures go on.
 */
export function IndicatorFigure(props: Props) {
  return (
    <ChartBoundary resetKey={props.indicator} fallback={<FailedFigure indicator={props.indicator} href={props.href} />}>
      <IndicatorFigureBody {...props} />
    </ChartBoundary>
  );
}

function FailedFigure({ indicator, href }: { indicator: Indicator; href: string }) {
  const { lang } = useI18n();
  const titleId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <div className="figure-head">
        <h3 id={titleId} className="figure-title">
          <a href={href}>{localText(indicator.name, lang)}</a>
        </h3>
      </div>
      <ChartFailed />
    </figure>
  );
}

/** One indicator as a figure: title (its accessible name), unit, legend, chart, sources. */
function IndicatorFigureBody({ dataset, indicator, theme, href, height = 240 }: Props) {
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
  // Everything a figure says before it is drawn comes from the indicator itself, cheaply: a page
  // of forty charts of many long series computes their points only as each nears the viewport.
  const legend = useMemo(() => {
    const order = regionIndex(dataset);
    return indicator.series.map((s) => ({ key: s.region, label: regionName(s.region), styleIndex: order.get(s.region) ?? 0 }));
  }, [dataset, indicator, regionName]);
  const statuses = useMemo(() => {
    const found = new Set<string>();
    for (const s of indicator.series) for (const p of s.points) if (p.status) found.add(p.status);
    return found;
  }, [indicator]);
  // The summary reads the first two series (the region and its comparison) only.
  const description = useMemo(() => {
    const firstTwo = applyTransform(indicator, 'published', { regions: indicator.series.slice(0, 2).map((s) => s.region) });
    return summarizeChart(dataset, indicator, firstTwo, lang);
  }, [dataset, indicator, lang]);
  const sourceIds = useMemo(() => {
    const ids = new Set<string>();
    for (const s of indicator.series) for (const p of s.points) if (p.source) ids.add(p.source);
    return [...ids];
  }, [indicator]);

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
          {localText(indicator.unit, lang)}
          {indicator.cumulative ? ` · ${m.cumulative}` : ''}
        </p>
      </div>
      <p id={descId} className="visually-hidden">
        {description}
      </p>
      <SeriesLegend series={legend} statuses={statuses} theme={theme} type={type} />
      <ChartBoundary resetKey={indicator} fallback={<ChartFailed />}>
        <LazyMount height={height}>
          <FigureChart dataset={dataset} indicator={indicator} theme={theme} type={type} height={height} regionName={regionName} />
        </LazyMount>
      </ChartBoundary>
      <figcaption>
        <SourceLine dataset={dataset} sourceIds={sourceIds} compact />
      </figcaption>
    </figure>
  );
}

/** The drawn chart of a figure, with the points it needs: mounted when the figure nears the viewport. */
function FigureChart({ dataset, indicator, theme, type, height, regionName }: {
  dataset: Dataset;
  indicator: Indicator;
  theme: ChartTheme;
  type: ChartKind;
  height: number;
  regionName: (id: string) => string;
}) {
  const { lang, m } = useI18n();
  const { series } = useMemo(() => indicatorSeries(dataset, indicator, regionName), [dataset, indicator, regionName]);
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
  const describe = useDescribeIndicatorFocus(model, unit, indicator.decimals, indicator.cumulative);
  const hasNegative = useMemo(() => model.rows.some((r) => model.series.some((s) => (r[s.key] ?? 0) < 0)), [model]);
  return (
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
  );
}
