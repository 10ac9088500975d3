import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Dataset, Indicator } from '../../data/schema';
import { buildChartModel, periodAtTime } from '../../data/chart-data';
import { indicatorSeries } from '../../data/indicator-series';
import { formatShownValue, summarizeChart } from '../../data/summary';
import type { TransformResult } from '../../data/transforms';
import { useI18n } from '../../i18n/i18n-context';
import { localText, type LocalText } from '../../i18n/lang';
import { formatDate, formatPeriod, formatPeriodShort } from '../../i18n/format-period';
import { formatValue, formatValueParts } from '../../i18n/format-number';
import { TimeSeriesChart } from '../../charts/time-series-chart';
import { ChartBoundary } from '../../charts/chart-boundary';
import { ChartFailed } from '../../components/chart-failed';
import type { ChartTheme } from '../../charts/palette';
import type { ViewSettings } from '../../routing/view-params';
import { PointTooltip } from '../../components/point-tooltip';
import { modelStatuses, SeriesLegend } from '../../components/series-legend';
import { SourceLine } from '../../components/source-line';
import { StatusBadge } from '../../components/status-badge';
import { periodCount } from './slide-list';

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  settings: ViewSettings;
  theme: ChartTheme;
  number: number;
  total: number;
  current: boolean;
  /** Off for slides far from the current one: the chart's box is kept, empty. */
  drawChart: boolean;
}

/** The unit the chart's values are written in, after the transform. */
function valueUnit(indicator: Indicator, result: TransformResult): LocalText {
  switch (result.unitKind) {
    case 'as-published':
      return indicator.unit;
    case 'percent':
      return '%';
    case 'percentage-points':
      return { zh: '个百分点', en: 'pp' };
    case 'index':
      return '';
  }
}

/**
 * One slide: dataset title, the indicator's name, its summary as the subtitle, then the chart
 * (or, for a single figure, the number itself), and the sources, date and slide number.
 */
export const Slide = memo(function Slide({ dataset, indicator, settings, theme, number, total, current, drawChart }: Props) {
  const { lang, m } = useI18n();
  const titleId = useId();
  const summaryId = useId();
  const regionName = useCallback(
    (id: string, vs?: string) => {
      const name = (r: string) => localText(dataset.regions.find((x) => x.id === r)?.name ?? r, lang);
      return vs ? m.explorer.gapLabel(name(id), name(vs)) : name(id);
    },
    [dataset, lang, m],
  );
  const { series, result } = useMemo(() => indicatorSeries(dataset, indicator, regionName, settings), [dataset, indicator, regionName, settings]);
  const summary = summarizeChart(dataset, indicator, result, lang);
  const sourceIds = result.series.flatMap((s) => s.points.flatMap((p) => p.inputs));
  const title = localText(indicator.name, lang);
  const chart = periodCount(indicator) >= 2;

  return (
    <section
      className={`slide${current ? ' slide-current' : ''}`}
      aria-roledescription={lang === 'zh' ? '幻灯片' : 'slide'}
      aria-label={`${m.present.slideLabel(number, total)}${m.punct.colon}${title}`}
      aria-hidden={current ? undefined : true}
    >
      <header className="slide-head">
        <p className="slide-dataset">{localText(dataset.title, lang)}</p>
        <h2 id={titleId} className="slide-title">
          {title}
        </h2>
        <p id={summaryId} className="slide-summary">
          {summary}
        </p>
      </header>
      {chart ? (
        <SlideChart
          dataset={dataset}
          indicator={indicator}
          settings={settings}
          theme={theme}
          series={series}
          result={result}
          draw={drawChart}
          titleId={titleId}
          summaryId={summaryId}
        />
      ) : (
        <BigNumber indicator={indicator} result={result} regionName={regionName} />
      )}
      <footer className="slide-foot">
        <SourceLine dataset={dataset} sourceIds={sourceIds} />
        <p className="slide-date">{m.updated(formatDate(dataset.updated, lang))}</p>
        <p className="slide-number">{m.present.counter(number, total)}</p>
      </footer>
    </section>
  );
});

function SlideChart({
  dataset,
  indicator,
  settings,
  theme,
  series,
  result,
  draw,
  titleId,
  summaryId,
}: {
  dataset: Dataset;
  indicator: Indicator;
  settings: ViewSettings;
  theme: ChartTheme;
  series: ReturnType<typeof indicatorSeries>['series'];
  result: TransformResult;
  draw: boolean;
  titleId: string;
  summaryId: string;
}) {
  const { lang } = useI18n();
  const type = settings.type;
  const [boxRef, height] = useBoxHeight();
  const model = useMemo(
    () => buildChartModel(series, indicator.frequency, { padForBars: type === 'bar', breakAtYears: indicator.cumulative }),
    [series, indicator.frequency, indicator.cumulative, type],
  );
  const unit = valueUnit(indicator, result);
  const formatY = useCallback((v: number) => formatValue(v, unit, lang), [unit, lang]);
  const formatTick = useCallback((t: number) => formatPeriodShort(periodAtTime(t, indicator.frequency), lang), [indicator.frequency, lang]);
  const renderTooltip = useCallback(
    (t: number) => <PointTooltip t={t} model={model} dataset={dataset} indicator={indicator} theme={theme} unit={unit} />,
    [model, dataset, indicator, theme, unit],
  );
  const hasNegative = model.rows.some((r) => model.series.some((s) => (r[s.key] ?? 0) < 0));
  return (
    <figure className="slide-figure" aria-labelledby={titleId} aria-describedby={summaryId}>
      <SeriesLegend series={model.series} statuses={modelStatuses(model)} theme={theme} type={type} />
      <ChartBoundary fallback={<ChartFailed />}>
        <div ref={boxRef} className="slide-chart">
          {draw && height !== null && (
            <TimeSeriesChart
              model={model}
              type={type}
              theme={theme}
              height={height}
              formatValue={formatY}
              formatTick={formatTick}
              renderTooltip={renderTooltip}
              zeroLine={hasNegative}
              logScale={settings.scale === 'log' && model.rows.every((r) => model.series.every((s) => (r[s.key] ?? 1) > 0))}
            />
          )}
        </div>
      </ChartBoundary>
    </figure>
  );
}

/**
 * The height the slide leaves for its chart, after title, summary and footer: the chart fills
 * the screen whatever its size, and follows the window and full-screen changes. Null until
 * measured, so the chart is drawn once at its real size rather than twice.
 */
function useBoxHeight(): [RefObject<HTMLDivElement | null>, number | null] {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = (h: number) => setHeight(Math.max(200, Math.floor(h)));
    measure(box.getBoundingClientRect().height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) measure(entry.contentRect.height);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, height];
}

function BigNumber({
  indicator,
  result,
  regionName,
}: {
  indicator: Indicator;
  result: TransformResult;
  regionName: (id: string, vs?: string) => string;
}) {
  const { lang, m } = useI18n();
  const figures = result.series.flatMap((s) => {
    const p = [...s.points].reverse().find((x) => x.value !== null);
    return p && p.value !== null ? [{ series: s, point: p, value: p.value }] : [];
  });
  return (
    <div className="slide-big">
      {figures.map(({ series, point, value }) => {
        const parts =
          result.unitKind === 'as-published'
            ? formatValueParts(value, indicator.unit, lang, indicator.decimals)
            : { number: formatShownValue(value, indicator, result, lang), unit: '', separator: '' };
        return (
          <p key={series.key} className="slide-big-figure">
            <span className="slide-big-number">{parts.number}</span>
            {parts.separator}
            <span className="slide-big-unit">{parts.unit}</span>
            <span className="slide-big-context">
              {regionName(series.region, series.vsRegion)} · {formatPeriod(point.period, lang, { cumulative: indicator.cumulative })}
              {point.status && <StatusBadge status={point.status} />}
            </span>
          </p>
        );
      })}
      {figures.length === 0 && <p className="slide-big-context">{m.describeEmpty}</p>}
    </div>
  );
}
