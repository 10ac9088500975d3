import type { Annotation, Break, Dataset, Indicator, PointStatus, Text } from '../dataset/schema';
import { applyTransform, breakCheck, type DerivedPoint, type Transform, type TransformResult, type UnitKind } from '../series/transforms';
import { transformDecimals, transformUnit, unitKey } from '../series/transform-unit';
import { downsampleForWidth } from '../series/downsample';
import { logScaleVerdict, type LogScaleVerdict } from '../series/log-scale';
import { annotationsOnAxis } from '../series/annotations';
import { timeOf, type Frequency } from '../../lib/periods';
import type { ChartKind, FigureSettings } from './figure-settings';
import { periodLength, timeTicks } from './time-axis';
import { valueAxis, type ValueAxis } from './value-axis';
import { summaryFacts, type SummaryFacts } from './summary-facts';
import { indicatorTargets, judgeTarget, targetTime, type TargetJudgement } from './targets';

// The figure model: the one place where the numbers of a chart are made. It takes the dataset,
// the indicator (or, in the compare view, several indicators sharing a unit) with its settings,
// and the width of the plot, and returns everything a chart, its table, its summary and its
// exports need: series with their line segments, the time and value axes, markers, statuses,
// events, sources and the facts the summary is worded from. It is plain data computed by a
// plain function, so it is tested without drawing anything (the way Our World in Data's
// grapher computes a chart's state apart from the component that draws it), and every view —
// overview card, indicator view, compare, slide, embed — and every export draw from it.

export interface FigureEntry {
  indicator: Indicator;
  settings: FigureSettings;
}

export interface FigureRequest {
  dataset: Dataset;
  /** One indicator, or several whose values share a unit (one chart of the compare view). */
  entries: readonly FigureEntry[];
  /** Pixels the plot spans: series are thinned to what they can show. 0 or less thins nothing. */
  plotWidth: number;
  /** A time span imposed on the axis, so small multiples line up period for period. */
  timeDomain?: readonly [number, number] | undefined;
}

export interface FigurePoint extends DerivedPoint {
  /** The published point's note, for values as published. */
  note?: Text | undefined;
}

/** What a series' values are measured in after its transform. */
export interface FigureUnit {
  kind: UnitKind;
  text: Text;
  decimals: number | undefined;
}

export interface FigureSeries {
  key: string;
  indicatorId: string;
  region: string;
  /** For a gap: the region subtracted. */
  vsRegion?: string | undefined;
  /** Position in the dataset's regions (or in a comparison's series): colour, dash and marker. */
  styleIndex: number;
  unit: FigureUnit;
  /** Every point in the range, for tables and exports. */
  points: readonly FigurePoint[];
  /** The points drawn: `points` thinned to the plot width (peaks, troughs and gaps kept). */
  drawn: readonly FigurePoint[];
  /**
   * Runs of drawn points joined by one line. A known gap (null) ends a run, and so does the
   * start of each year in a year-to-date series; a period simply not published is bridged.
   */
  segments: readonly (readonly FigurePoint[])[];
}

/** A target drawn on the chart: at its year's last period, on the series of its region. */
export interface FigureTarget {
  seriesKey: string;
  t: number;
  judgement: TargetJudgement;
}

/** A break in series (口径调整) on the time axis: lines are not joined across it. */
export interface FigureBreak {
  t: number;
  indicatorId: string;
  break: Break;
}

export interface ShownMeasure {
  transform: Transform;
  base?: string | undefined;
  vs?: string | undefined;
}

export interface FigureModel {
  entries: readonly FigureEntry[];
  /** The time axis' frequency: the finest of the entries'. */
  frequency: Frequency;
  type: ChartKind;
  /**
   * What each entry shows, in entry order: the transform (the requested one when it fits the
   * indicator), the index's base period and the gap's other region as applied.
   */
  shown: readonly ShownMeasure[];
  /** The first entry's measure, for the unit line and the axis. */
  unit: FigureUnit;
  series: readonly FigureSeries[];
  /** Times with a drawn point, in order: where the pointer and the keyboard can stop. */
  times: readonly number[];
  byTime: ReadonlyMap<number, ReadonlyMap<string, FigurePoint>>;
  time: { domain: [number, number]; ticks: number[] };
  value: ValueAxis;
  /** Why a log scale asked for is not used ('allowed' when it is, or when none was asked for). */
  logVerdict: LogScaleVerdict;
  /** Whether values exceed what one axis can place (their span overflows a double). */
  unplottable: boolean;
  /** Markers on each point: only where they can be told apart. */
  markers: boolean;
  /** Values below zero exist on a linear axis: draw the zero line. */
  zeroLine: boolean;
  /** Statuses of the points drawn, in a fixed order, for the chart's key. */
  statuses: readonly PointStatus[];
  annotations: readonly { t: number; annotation: Annotation }[];
  /** Targets of the series shown, in the range, as published figures only (a target is of the published figure). */
  targets: readonly FigureTarget[];
  /** Breaks in series within the time axis. */
  breaks: readonly FigureBreak[];
  /** Ids of every source the shown values rest on, in order of first use. */
  sources: readonly string[];
  /** The facts the summary sentence is worded from (the first entry), or null with no value. */
  facts: SummaryFacts | null;
}

const FREQUENCY_ORDER: readonly Frequency[] = ['year', 'quarter', 'month'];
const STATUS_ORDER: readonly PointStatus[] = ['derived', 'approximate', 'shortlist', 'provisional'];
/** Beyond this many points in a series its markers are noise, and costly to draw. */
export const MARKER_LIMIT = 60;

export function figureModel(request: FigureRequest): FigureModel {
  const { dataset, entries, plotWidth } = request;
  const order = new Map(dataset.regions.map((r, i) => [r.id, i]));
  const several = entries.length > 1;
  const type = entries[0]?.settings.type ?? 'line';
  const scale = entries[0]?.settings.scale ?? 'linear';

  const shown: ShownMeasure[] = [];
  const series: FigureSeries[] = [];
  const targets: FigureTarget[] = [];
  const breaks: FigureBreak[] = [];
  let firstResult: ReturnType<typeof applyTransform> | undefined;
  let style = 0;
  for (const { indicator, settings } of entries) {
    const result = applyTransform(indicator, settings.transform, settings);
    firstResult ??= result;
    shown.push({ transform: result.applied, base: result.base, vs: result.vs });
    const unit: FigureUnit = {
      kind: result.unitKind,
      text: transformUnit(result.unitKind, indicator.unit),
      decimals: transformDecimals(result.unitKind, indicator.decimals),
    };
    const found = result.applied === 'published' ? pointNotes(indicator) : undefined;
    // Without notes the points are the transform's own: no copy of 120,000 of them (issue 14).
    const notes = found && found.size > 0 ? found : undefined;
    const yearStarts = indicator.cumulative && indicator.frequency !== 'year';
    const ownTargets = result.applied === 'published' ? indicatorTargets(dataset.targets, indicator.id) : [];
    for (const b of dataset.breaks ?? []) if (b.indicator === indicator.id) breaks.push({ t: timeOf(b.period), indicatorId: indicator.id, break: b });
    for (const s of result.series) {
      const points: FigurePoint[] = notes ? s.points.map((p) => withNote(p, notes.get(`${s.region}@${p.period}`))) : s.points;
      const drawn = thin(points, plotWidth);
      const key = `${indicator.id}__${s.key}`;
      const firstPoint = points[0];
      const lastPoint = points[points.length - 1];
      for (const target of ownTargets) {
        const t = targetTime(target, indicator);
        // Only the years the range shows: a target outside it is no part of this chart.
        if (target.region === s.region && firstPoint && lastPoint && t >= Math.floor(firstPoint.t) && Math.floor(t) <= lastPoint.t) targets.push({ seriesKey: key, t, judgement: judgeTarget(indicator, target) });
      }
      // A gap compares two regions: either one's break splits it.
      const crosses = s.vsRegion === undefined ? breakCheck(settings.breaks ?? [], s.region) : orChecks(breakCheck(settings.breaks ?? [], s.region), breakCheck(settings.breaks ?? [], s.vsRegion));
      series.push({
        key,
        indicatorId: indicator.id,
        region: s.region,
        ...(s.vsRegion === undefined ? {} : { vsRegion: s.vsRegion }),
        styleIndex: several ? style++ : (order.get(s.region) ?? 0),
        unit,
        points,
        drawn,
        segments: segmentsOf(drawn, yearStarts, crosses),
      });
    }
  }

  const frequency = FREQUENCY_ORDER.findLast((f) => entries.some((e) => e.indicator.frequency === f)) ?? 'year';
  const byTime = new Map<number, Map<string, FigurePoint>>();
  const values: number[] = [];
  const statuses = new Set<PointStatus>();
  for (const s of series) {
    for (const p of s.drawn) {
      let at = byTime.get(p.t);
      if (!at) {
        at = new Map();
        byTime.set(p.t, at);
      }
      at.set(s.key, p);
      if (p.value !== null) values.push(p.value);
      if (p.status) statuses.add(p.status);
    }
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);

  // Targets are drawn against the values, so the axis reaches them too.
  for (const target of targets) values.push(target.judgement.target.value);
  const logVerdict = scale === 'log' ? logScaleVerdict(values) : 'allowed';
  const useLog = scale === 'log' && logVerdict === 'allowed';
  const ranked = series.length > 0 && series.every((s) => s.unit.kind === 'rank');
  const value = ranked ? rankAxis(series) : valueAxis(values, { scale: useLog ? 'log' : 'linear', includeZero: true });
  const span = value.domain[1] - value.domain[0];

  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? first;
  const pad = type === 'bar' ? periodLength(frequency) / 2 : 0;
  const imposed = request.timeDomain;
  const timeDomain: [number, number] = imposed ? [imposed[0], imposed[1]] : [first - pad, last + pad];
  const ticks = imposed ? timeTicks(imposed[0], imposed[1], tickFrequency(entries)) : timeTicks(first, last, tickFrequency(entries));

  const firstIndicator = entries[0]?.indicator;
  // A target drawn is cited like a value: its source is the document that set it.
  // A loop, not flatMap: 120,000 points would first be copied into one array of their inputs.
  const cited = new Set<string>();
  for (const s of series) for (const p of s.points) for (const id of p.inputs) cited.add(id);
  for (const t of targets) cited.add(t.judgement.target.source);
  const sources = [...cited];
  return {
    entries,
    frequency,
    type,
    shown,
    unit: series[0]?.unit ?? { kind: 'as-published', text: firstIndicator?.unit ?? '', decimals: firstIndicator?.decimals },
    series,
    times,
    byTime,
    time: { domain: timeDomain, ticks },
    value,
    logVerdict,
    unplottable: !Number.isFinite(span),
    markers: Math.max(0, ...series.map((s) => s.drawn.length)) <= MARKER_LIMIT,
    zeroLine: !useLog && values.some((v) => v < 0),
    statuses: STATUS_ORDER.filter((s) => statuses.has(s)),
    annotations: firstIndicator ? annotationsOnAxis(dataset.annotations, firstIndicator, timeDomain) : [],
    targets,
    breaks: breaks.filter((b) => b.t > timeDomain[0] && b.t <= timeDomain[1]),
    sources,
    facts:
      firstIndicator && firstResult
        ? summaryFacts(firstIndicator, firstResult, series.slice(0, firstResult.series.length), {
            targets: targets.filter((t) => t.seriesKey === series[0]?.key).map((t) => t.judgement),
            breaks: breaks.filter((b) => b.indicatorId === firstIndicator.id && b.t > timeDomain[0] && b.t <= timeDomain[1]).map((b) => b.break),
            crosses: breakCheck(entries[0]?.settings.breaks ?? [], series[0]?.region),
          })
        : null,
  };
}

/**
 * The axis of a ranking: 1 at the top, whole places only, from first place to the number of
 * regions ranked, so a reader sees how far from the top and the bottom each region stands.
 */
function rankAxis(series: readonly FigureSeries[]): ValueAxis {
  let most = 1;
  for (const s of series) for (const p of s.points) if (p.rank && p.rank.of > most) most = p.rank.of;
  // Worked out on places counted from 0: steps of 1 or 2 give 1, 2, 3… or 1, 3, 5…; longer steps
  // read better on round places after the first: 1, 10, 20, 30.
  const axis = valueAxis([0, most - 1], { integer: true, reversed: true, includeZero: true });
  const step = axis.ticks.length > 1 ? axis.ticks[1]! - axis.ticks[0]! : 1;
  // The last place ends the axis even off a tick (31 regions: 1, 10, 20, 30 and the axis to 31).
  const ticks = step <= 2 ? axis.ticks.map((t) => t + 1) : [1, ...axis.ticks.filter((t) => t > 0 && t <= most)];
  return { ...axis, domain: [1, Math.max(ticks[ticks.length - 1] ?? most, most)], ticks };
}

function orChecks(a: (x: string, y: string) => boolean, b: (x: string, y: string) => boolean) {
  return (x: string, y: string) => a(x, y) || b(x, y);
}

/** What an entry shows: the transform applied, its base and subtracted region (cheap: transforms are cached). */
export function shownMeasure({ indicator, settings }: FigureEntry): ShownMeasure {
  const result = applyTransform(indicator, settings.transform, settings);
  return { transform: result.applied, base: result.base, vs: result.vs };
}

/** Whether the entries' values allow the log scale (the same verdict the model comes to). */
export function figureLogVerdict(entries: readonly FigureEntry[]): LogScaleVerdict {
  let any = false;
  for (const { indicator, settings } of entries) {
    const verdict = resultLogVerdict(applyTransform(indicator, settings.transform, settings));
    if (verdict === 'non-positive') return verdict;
    if (verdict === 'allowed') any = true;
  }
  return any ? 'allowed' : 'no-values';
}

// Per transform result (results are cached and never changed): a view asks on every render.
const LOG_VERDICTS = new WeakMap<TransformResult, LogScaleVerdict>();

function resultLogVerdict(result: TransformResult): LogScaleVerdict {
  let verdict = LOG_VERDICTS.get(result);
  if (verdict === undefined) {
    const values: (number | null)[] = [];
    for (const s of result.series) for (const p of s.points) values.push(p.value);
    verdict = logScaleVerdict(values);
    LOG_VERDICTS.set(result, verdict);
  }
  return verdict;
}

/**
 * Ticks follow the coarsest frequency among the entries: a yearly and a monthly indicator on one
 * axis are labelled by year, as the yearly one is published.
 */
function tickFrequency(entries: readonly FigureEntry[]): Frequency {
  return FREQUENCY_ORDER.find((f) => entries.some((e) => e.indicator.frequency === f)) ?? 'year';
}

function pointNotes(indicator: Indicator): Map<string, Text> {
  const notes = new Map<string, Text>();
  for (const s of indicator.series) for (const p of s.points) if (p.note) notes.set(`${s.region}@${p.period}`, p.note);
  return notes;
}

function withNote(point: DerivedPoint, note: Text | undefined): FigurePoint {
  return note === undefined ? point : { ...point, note };
}

/** A series short enough comes back as the same array, so a memoised chart need not redraw. */
function thin(points: FigurePoint[], plotWidth: number): FigurePoint[] {
  if (!(plotWidth >= 1) || points.length <= plotWidth) return points;
  return downsampleForWidth(points.map((point) => ({ x: point.t, y: point.value, point })), plotWidth).map((p) => p.point);
}

/**
 * Runs of valued points; a null ends one, and so do each new year of a year-to-date series and
 * a break in series between two points (`crosses`).
 */
export function segmentsOf(points: readonly FigurePoint[], breakAtYearStart: boolean, crosses?: (a: string, b: string) => boolean): FigurePoint[][] {
  const runs: FigurePoint[][] = [];
  let run: FigurePoint[] = [];
  let year = Number.NaN;
  for (const p of points) {
    const pointYear = Math.floor(p.t + 1e-9);
    const before = run[run.length - 1];
    if (run.length > 0 && ((breakAtYearStart && pointYear !== year) || (crosses && before && crosses(before.period, p.period)))) {
      runs.push(run);
      run = [];
    }
    year = pointYear;
    if (p.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    run.push(p);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Whether these models' values can share one value axis (compare view). */
export function shareUnit(a: FigureUnit, b: FigureUnit): boolean {
  return unitKey(a.kind, a.text) === unitKey(b.kind, b.text);
}
