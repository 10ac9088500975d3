import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import type { Dataset } from '../../data/dataset/schema';
import { figureModel, type FigureEntry, type FigureModel } from '../../data/figure/figure-model';
import { figureOutline } from '../../data/figure/figure-outline';
import { periodAtTime } from '../../data/figure/time-axis';
import type { FigureSettings } from '../../data/figure/figure-settings';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriodShort } from '../../i18n/format-period';
import { chartText, unitLine } from '../../describe/chart-text';
import { describeFocus } from '../../describe/focus';
import { seriesLabels } from '../../describe/series-labels';
import { figureSummary, regionName } from '../../describe/summary';
import { formatTickValue } from '../../describe/values';
import { targetMarkLabel, targetSentence } from '../../describe/target-words';
import { ChartBoundary } from '../../charts/chart-boundary';
import { ExplorableChart } from '../../charts/explorable-chart';
import type { FigureChartProps } from '../../charts/chart-frame';
import { useRechartsFrame } from '../../charts/recharts-frame';
import { SvgFigureChart } from '../../charts/svg-chart';
import { LazyMount } from '../../charts/lazy-mount';
import { seriesColor, type ChartTheme } from '../../charts/palette';
import { seriesLooks } from '../../charts/series-looks';
import { useElementWidth } from '../../charts/use-element-width';
import type { UpdateOptions } from '../../routing/use-route';
import { ChartFailed } from '../chart-failed';
import { SourceLine } from '../source-line';
import { FigureActions, type FigureActionsProps } from './figure-actions';
import { FigureLegend, legendSeries, type RegionToggle } from './figure-legend';
import { PointTooltip } from './point-tooltip';
import { useFigureModel } from './use-figure-model';

// The range brush (with Recharts' Brush) and the table are only in the wide figures of the
// indicator, compare and embed views, never on the overview's cards: they load as chunks of
// their own, started as soon as a wide figure is measured, so the first screen does not carry them.
const loadBrush = () => import('../../charts/time-brush').then((mod) => ({ default: mod.TimeBrush }));
const loadTable = () => import('./figure-table').then((mod) => ({ default: mod.FigureTable }));
const TimeBrush = lazy(loadBrush);
const FigureTable = lazy(loadTable);
/** The brush's own height (charts/time-brush.tsx), kept while it loads so nothing below moves. */
const BRUSH_HEIGHT = 56;

// The one figure of the dashboard: frame, title, unit line, legend and key, chart (or table),
// range brush, source line and actions, drawn from one figure model. The overview's cards, the
// indicator view, each chart of the compare view, the slides and the embed view are all this
// component with different parts switched on, so what one chart can do every chart can do.

/** Room the value axis and margins take from the measured width; the rest is the plot. */
const AXIS_ALLOWANCE = 72;
/** An overview card is at most about 600 px wide: more points than that are only cost, never detail. */
const CARD_PLOT_PIXELS = 600;

export interface FigureFrameProps {
  dataset: Dataset;
  entries: readonly FigureEntry[];
  theme: ChartTheme;
  /** The figure's title (its accessible name), or the id of the element that names it (a slide). */
  title: { text?: string; href?: string | undefined; level?: 2 | 3 } | { labelledBy: string; describedBy: string };
  height: number;
  /**
   * 'card': the overview's, of a fixed plot width, computed and drawn as it nears the viewport;
   * 'wide': measured, drawn at its own width.
   */
  layout: 'card' | 'wide';
  /** Chart or table (indicator and embed views). */
  view?: 'chart' | 'table';
  /** Name the measure on the unit line even when it is the published figure. */
  nameMeasure?: boolean;
  /** A time span imposed on the axis (small multiples of a comparison). */
  timeDomain?: readonly [number, number] | undefined;
  /** Settings a reader changes on the figure itself: regions in the legend, the range in the brush. */
  onSettings?: ((changes: Partial<FigureSettings>, opts?: UpdateOptions) => void) | undefined;
  /** The actions menu; absent where the view has its own (slides) or asks for none (embed, controls=0). */
  actions?: Omit<FigureActionsProps, 'dataset' | 'models' | 'theme' | 'figureRef'> | undefined;
  /** More models whose numbers Download CSV carries (the other multiples of a comparison). */
  csvModels?: (() => readonly FigureModel[]) | undefined;
  /** Show the source line (a slide shows its sources in its footer). */
  sources?: boolean;
  className?: string;
  /** The table's caption, when `view` is 'table'. */
  tableCaption?: (model: FigureModel) => string;
}

export function FigureFrame(props: FigureFrameProps) {
  return props.layout === 'card' ? <CardFigure {...props} /> : <WideFigure {...props} />;
}

/** The overview's card: frame and words at once, points and chart as the card nears the viewport. */
function CardFigure(props: FigureFrameProps) {
  const { dataset, entries, theme, height } = props;
  const { lang } = useI18n();
  const entry = entries[0]!;
  const outline = useMemo(() => figureOutline(dataset, entry), [dataset, entry]);
  // The summary reads the first two series only (the region and its comparison).
  const summaryModel = useMemo(
    () => figureModel({ dataset, entries: [{ ...entry, settings: { ...entry.settings, regions: entry.settings.regions.slice(0, 2) } }], plotWidth: 0 }),
    [dataset, entry],
  );
  const models = useCallback(() => [figureModel({ dataset, entries, plotWidth: CARD_PLOT_PIXELS })], [dataset, entries]);
  const labels = useMemo(
    () => new Map(outline.series.map((s) => [s.key, regionName(dataset, s.region, lang)])),
    [outline, dataset, lang],
  );
  return (
    <Frame
      {...props}
      model={summaryModel}
      models={models}
      legend={outline.series.map((s) => ({ key: s.key, label: labels.get(s.key) ?? s.region, styleIndex: s.styleIndex }))}
      statuses={outline.statuses}
      sourceIds={outline.sources}
      description={figureSummary(dataset, summaryModel, lang)}
    >
      <ChartBoundary resetKey={entry.indicator} fallback={<ChartFailed />}>
        <LazyMount height={height}>
          <CardChart dataset={dataset} entries={entries} theme={theme} height={height} />
        </LazyMount>
      </ChartBoundary>
    </Frame>
  );
}

function CardChart({ dataset, entries, theme, height }: { dataset: Dataset; entries: readonly FigureEntry[]; theme: ChartTheme; height: number }) {
  const model = useFigureModel(dataset, entries, CARD_PLOT_PIXELS);
  return <DrawnChart dataset={dataset} model={model} theme={theme} height={height} chart={SvgFigureChart} />;
}

/** A figure drawn at its measured width, with everything computed from its model at once. */
function WideFigure(props: FigureFrameProps) {
  const [box, width, measured] = useElementWidth<HTMLDivElement>();
  const table = props.view === 'table';
  const brush = props.onSettings !== undefined;
  // Loading starts with the figure, beside its first drawing, not when the part is first rendered.
  useEffect(() => {
    if (table) void loadTable().catch(() => undefined);
    else if (brush) void loadBrush().catch(() => undefined);
  }, [table, brush]);
  return (
    <div ref={box} className="figure-measure">
      {measured ? <MeasuredFigure {...props} plotWidth={width - AXIS_ALLOWANCE} /> : <div style={{ height: props.height }} />}
    </div>
  );
}

function MeasuredFigure(props: FigureFrameProps & { plotWidth: number }) {
  const { dataset, entries, theme, height, view = 'chart', plotWidth, onSettings } = props;
  const { lang, m } = useI18n();
  const table = view === 'table';
  // A table lists every point: nothing to thin.
  const model = useFigureModel(dataset, entries, table ? 0 : plotWidth, props.timeDomain);
  const labels = useMemo(() => seriesLabels(dataset, model, lang), [dataset, model, lang]);
  const { csvModels } = props;
  const models = useCallback(() => [model, ...(csvModels?.() ?? [])], [model, csvModels]);
  const entry = entries[0];
  const toggles = useRegionToggles(dataset, entries, onSettings);
  const chart = useRechartsFrame(!table);

  let body: ReactNode;
  if (table)
    body = (
      <Suspense fallback={<p className="state-panel">{m.loading}</p>}>
        <FigureTable dataset={dataset} model={model} labels={labels} caption={props.tableCaption?.(model) ?? ''} />
      </Suspense>
    );
  else if (model.times.length === 0)
    body = (
      <p role="status" className="state-panel">
        {m.describeEmpty}
      </p>
    );
  else if (model.unplottable)
    body = (
      <p role="status" className="state-panel">
        {m.errors.unplottable}
      </p>
    );
  // Until the Recharts frame has arrived (a chunk of its own, asked for with the view), the box keeps its height.
  else if (!chart) body = <div className="figure-chart-pending" style={{ height }} />;
  else body = <DrawnChart dataset={dataset} model={model} theme={theme} height={height} labels={labels} chart={chart} />;

  return (
    <Frame
      {...props}
      model={model}
      models={models}
      legend={legendSeries(model, labels)}
      statuses={model.statuses}
      sourceIds={model.sources}
      description={figureSummary(dataset, model, lang)}
      toggles={toggles}
    >
      <ChartBoundary resetKey={model} fallback={<ChartFailed />}>
        {body}
      </ChartBoundary>
      {!table && onSettings && entry && entries.length === 1 && <RangeBrush dataset={dataset} entry={entry} shown={model} plotWidth={plotWidth} theme={theme} onSettings={onSettings} />}
    </Frame>
  );
}

/** Region toggles in the legend: every region of the one indicator shown, outside a gap. */
function useRegionToggles(dataset: Dataset, entries: readonly FigureEntry[], onSettings: FigureFrameProps['onSettings']) {
  const { lang } = useI18n();
  const entry = entries.length === 1 ? entries[0] : undefined;
  if (!entry || !onSettings || entry.settings.transform === 'gap') return undefined;
  // A ranking has no line for an aggregate: nothing to switch on or off.
  const ranked = entry.settings.transform === 'rank';
  const present = new Set(entry.indicator.series.map((s) => s.region));
  const regions: RegionToggle[] = dataset.regions.flatMap((r, styleIndex) =>
    present.has(r.id) && !(ranked && r.aggregate) ? [{ id: r.id, name: localText(r.name, lang), styleIndex, on: entry.settings.regions.includes(r.id) }] : [],
  );
  const onToggle = (id: string) => {
    const on = entry.settings.regions.includes(id);
    onSettings({ regions: regions.map((r) => r.id).filter((r) => (r === id ? !on : entry.settings.regions.includes(r))) });
  };
  return { regions, onToggle };
}

interface FrameParts extends FigureFrameProps {
  model: FigureModel;
  models: () => readonly FigureModel[];
  legend: readonly { key: string; label: string; styleIndex: number }[];
  statuses: FigureModel['statuses'];
  sourceIds: readonly string[];
  description: string;
  toggles?: ReturnType<typeof useRegionToggles>;
  children: ReactNode;
}

function Frame(props: FrameParts) {
  const { dataset, model, theme, title, actions, children } = props;
  const { lang } = useI18n();
  const titleId = useId();
  const descId = useId();
  const figureRef = useRef<HTMLElement>(null);
  const named = 'labelledBy' in title ? null : title;
  const external = 'labelledBy' in title ? title : null;
  const Heading = named?.level === 2 ? 'h2' : 'h3';
  const titleText = named?.text ?? chartText(dataset, model, lang).title;
  return (
    <figure
      ref={figureRef}
      className={`chart-figure${props.className ? ` ${props.className}` : ''}`}
      aria-labelledby={external ? external.labelledBy : titleId}
      aria-describedby={external ? external.describedBy : descId}
    >
      {named && (
        <div className="figure-head">
          <Heading id={titleId} className="figure-title">
            {named.href ? <a href={named.href}>{titleText}</a> : titleText}
          </Heading>
          {actions && <FigureActions {...actions} dataset={dataset} models={props.models} theme={theme} figureRef={figureRef} />}
          <p className="figure-unit">{unitLine(dataset, model, lang, props.nameMeasure ? 'always' : 'when-transformed')}</p>
          <TargetLine dataset={dataset} model={model} />
        </div>
      )}
      {named && (
        <p id={descId} className="visually-hidden">
          {props.description}
        </p>
      )}
      <FigureLegend type={model.type} theme={theme} series={props.legend} statuses={props.statuses} toggles={props.toggles} marks={{ targets: model.targets.length > 0, breaks: model.breaks.length > 0 }} />
      <div className="figure-plot">{children}</div>
      {props.sources !== false && (
        <figcaption>
          <SourceLine dataset={dataset} sourceIds={props.sourceIds} compact />
        </figcaption>
      )}
    </figure>
  );
}

/**
 * The judgement of each target drawn (the latest per series), in words, on every figure that has
 * one, cards included; named by region when the figure shows several.
 */
function TargetLine({ dataset, model }: { dataset: Dataset; model: FigureModel }) {
  const { lang, m } = useI18n();
  const latest = new Map<string, FigureModel['targets'][number]>();
  for (const target of model.targets) {
    const known = latest.get(target.seriesKey);
    if (!known || target.t > known.t) latest.set(target.seriesKey, target);
  }
  if (latest.size === 0) return null;
  const several = model.series.length > 1;
  return (
    <>
      {[...latest.values()].map(({ seriesKey, judgement }) => {
        const indicator = model.entries.find((e) => e.indicator.id === judgement.target.indicator)?.indicator;
        if (!indicator) return null;
        const region = several ? `${regionName(dataset, judgement.target.region, lang)}${m.punct.colon}` : '';
        return (
          <p key={seriesKey} className={`figure-target${judgement.verdict ? ` figure-target-${judgement.verdict}` : ''}`}>
            {region}
            {targetSentence(judgement, indicator, lang)}
          </p>
        );
      })}
    </>
  );
}

/** The chart of a model in the given frame, with its tooltip and the keyboard reading its points. */
export function DrawnChart({
  dataset,
  model,
  theme,
  height,
  labels: given,
  chart,
}: {
  dataset: Dataset;
  model: FigureModel;
  theme: ChartTheme;
  height: number;
  labels?: ReadonlyMap<string, string>;
  chart: ComponentType<FigureChartProps>;
}) {
  const { lang, m } = useI18n();
  const labels = useMemo(() => given ?? seriesLabels(dataset, model, lang), [given, dataset, model, lang]);
  const looks = useMemo(() => seriesLooks(model, theme), [model, theme]);
  const unit = model.unit;
  const formatY = useCallback((v: number) => formatTickValue(v, unit, lang), [unit, lang]);
  const tickFrequency = model.entries[0]?.indicator.frequency ?? model.frequency;
  const formatTick = useCallback((t: number) => formatPeriodShort(periodAtTime(t, tickFrequency), lang), [tickFrequency, lang]);
  const renderTooltip = useCallback(
    (t: number) => <PointTooltip t={t} model={model} dataset={dataset} labels={labels} looks={looks} />,
    [model, dataset, labels, looks],
  );
  const describe = useCallback((t: number) => describeFocus(model, t, labels, lang), [model, labels, lang]);
  const annotations = useMemo(() => model.annotations.map(({ t, annotation }) => ({ t, label: localText(annotation.label, lang) })), [model, lang]);
  const targets = useMemo(
    () =>
      model.targets.flatMap(({ seriesKey, t, judgement }) => {
        const indicator = model.entries.find((e) => e.indicator.id === judgement.target.indicator)?.indicator;
        return indicator ? [{ seriesKey, t, value: judgement.target.value, label: targetMarkLabel(judgement, indicator, lang) }] : [];
      }),
    [model, lang],
  );
  const breaks = useMemo(() => model.breaks.map((b) => ({ t: b.t, label: m.stats.breakMark })), [model, m]);
  const name = model.entries.map((e) => localText(e.indicator.name, lang)).join(m.punct.listSep);
  return (
    <ExplorableChart
      model={model}
      looks={looks}
      theme={theme}
      height={height}
      formatValue={formatY}
      formatTick={formatTick}
      renderTooltip={renderTooltip}
      annotations={annotations}
      targets={targets}
      breaks={breaks}
      label={m.explorer.chartLabel(name)}
      instructions={m.explorer.chartKeys}
      describe={describe}
      chart={chart}
    />
  );
}

/**
 * The range selector: a miniature of the whole span with the range shown marked; a drag writes
 * the new range, one history entry per drag.
 */
function RangeBrush({ dataset, entry, shown, plotWidth, theme, onSettings }: { dataset: Dataset; entry: FigureEntry; shown: FigureModel; plotWidth: number; theme: ChartTheme; onSettings: NonNullable<FigureFrameProps['onSettings']> }) {
  const { lang, m } = useI18n();
  const whole = useMemo(() => [{ ...entry, settings: { ...entry.settings, from: undefined, to: undefined } }], [entry]);
  const full = useFigureModel(dataset, whole, plotWidth);
  const times = full.times;
  const frequency = entry.indicator.frequency;
  const formatTick = useCallback((t: number) => formatPeriodShort(periodAtTime(t, frequency), lang), [frequency, lang]);
  const onChange = useCallback(
    (s: number, e: number, gesture: 'start' | 'continue') => {
      const at = (i: number) => {
        const t = times[i];
        return t === undefined ? undefined : periodAtTime(t, frequency);
      };
      onSettings({ from: s <= 0 ? undefined : at(s), to: e >= times.length - 1 ? undefined : at(e) }, { replace: gesture === 'continue' });
    },
    [times, frequency, onSettings],
  );
  if (times.length <= 2) return null;
  const firstShown = shown.times[0] ?? Number.NEGATIVE_INFINITY;
  const lastShown = shown.times[shown.times.length - 1] ?? Number.POSITIVE_INFINITY;
  const startIndex = Math.max(0, times.findIndex((t) => t >= firstShown));
  const endFound = times.findLastIndex((t) => t <= lastShown);
  const color = seriesColor(theme, full.series[0]?.styleIndex ?? 0);
  return (
    <Suspense fallback={<div className="time-brush" style={{ height: BRUSH_HEIGHT }} />}>
    <TimeBrush
      model={full}
      color={color}
      theme={theme}
      startIndex={startIndex}
      endIndex={endFound < 0 ? times.length - 1 : endFound}
      formatTick={formatTick}
      label={m.explorer.brush}
      onChange={onChange}
    />
    </Suspense>
  );
}
