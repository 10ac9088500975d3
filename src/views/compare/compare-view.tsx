import { useCallback, useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../data/dataset-query';
import type { Dataset, Indicator, Text } from '../../data/schema';
import { indicatorSeries, type SeriesPoint } from '../../data/indicator-series';
import { buildChartModel, periodAtTime, timeTicks, type ChartInputSeries, type ChartModel } from '../../data/chart-data';
import { compareLayout, readCompareIds, unionDomain } from '../../data/compare-selection';
import { transformDecimals, transformUnit, unitKey } from '../../data/transform-unit';
import { downsampleSeries } from '../../data/downsample-series';
import { availableTransforms, TRANSFORMS, type Transform, type UnitKind } from '../../data/transforms';
import { timeOf, type Frequency } from '../../data/periods';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriod, formatPeriodShort } from '../../i18n/format-period';
import { formatValue } from '../../i18n/format-number';
import { ChartBoundary } from '../../charts/chart-boundary';
import { ChartFailed } from '../../components/chart-failed';
import { ExplorableChart } from '../../charts/explorable-chart';
import { useDescribeFocus } from '../../components/use-describe-focus';
import { useElementWidth } from '../../charts/use-element-width';
import { seriesColor, type ChartTheme } from '../../charts/palette';
import { modelStatuses, SeriesLegend } from '../../components/series-legend';
import { SourceLine } from '../../components/source-line';
import { navigate, parseHash, useHash, withParams } from '../../routing/route';
import { indicatorPath, linkTo } from '../../routing/links';
import { readViewParams, resolveViewSettings, type ChartKind } from '../../routing/view-params';

/** One indicator as the compare view draws it: its series with the shared settings applied. */
interface Entry {
  indicator: Indicator;
  name: string;
  series: ChartInputSeries<SeriesPoint>[];
  unitKind: UnitKind;
  unit: Text;
  decimals: number | undefined;
  applied: Transform;
}

const HEIGHT = 320;
const MULTIPLE_HEIGHT = 220;
const AXIS_ALLOWANCE = 72;
const FREQUENCY_ORDER: readonly Frequency[] = ['year', 'quarter', 'month'];

/** `#/compare?ids=a,b`: several indicators on one time axis, or aligned small multiples when units differ. */
export function CompareView({ loaded, theme }: { loaded: LoadedDataset; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const hash = useHash();
  const { dataset } = loaded;
  const params = parseHash(hash).params;
  const known = useMemo(() => new Set(dataset.indicators.map((i) => i.id)), [dataset]);
  const selection = readCompareIds(params.get('ids'), known);
  const raw = readViewParams(params);
  const set = (changes: Record<string, string | undefined>) => navigate(withParams(window.location.hash, changes));

  const regionName = (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
  const entries: Entry[] = selection.ids.flatMap((id) => {
    const indicator = dataset.indicators.find((i) => i.id === id);
    if (!indicator) return [];
    const s = resolveViewSettings(raw, indicator, dataset);
    const label = (r: string, vs?: string) => (vs ? m.explorer.gapLabel(regionName(r), regionName(vs)) : regionName(r));
    const { result, series } = indicatorSeries(dataset, indicator, label, { transform: s.transform, regions: s.regions, base: s.base, vs: s.vs, from: s.from, to: s.to });
    return [
      {
        indicator,
        name: localText(indicator.name, lang),
        series,
        unitKind: result.unitKind,
        unit: transformUnit(result.unitKind, indicator.unit),
        decimals: transformDecimals(result.unitKind, indicator.decimals),
        applied: result.applied,
      },
    ];
  });
  const layout = compareLayout(entries.map((e) => unitKey(e.unitKind, e.unit)));
  const type: ChartKind = raw.type ?? 'line';

  const chosen = entries.map((e) => e.indicator);
  const regions = dataset.regions.filter((r) => chosen.some((i) => i.series.some((s) => s.region === r.id)));
  const selectedRegions = raw.regions ?? regions.map((r) => r.id);
  const transforms = TRANSFORMS.filter((t) => chosen.some((i) => availableTransforms(i.kind, i.series.length, i.cumulative).includes(t)));
  const periods = [...new Set(chosen.flatMap((i) => i.series.flatMap((s) => s.points.map((p) => p.period))))].sort((a, b) => timeOf(a) - timeOf(b));

  return (
    <article className="explorer compare" aria-labelledby="compare-title">
      <nav className="explorer-nav" aria-label={m.overview}>
        <a href={linkTo(hash, '/')}>← {m.backToOverview}</a>
      </nav>
      <header className="explorer-head">
        <h2 id="compare-title">{m.explorer.compareHeading}</h2>
      </header>
      {selection.unknown.length > 0 && (
        <p className="notice" role="status">
          {m.explorer.unknownIds(selection.unknown.join(m.punct.listSep))}
        </p>
      )}
      <Picker dataset={dataset} ids={selection.ids} onChange={(ids) => set({ ids: ids.join(',') || undefined })} />
      {entries.length > 0 && (
        <section className="explorer-controls" aria-label={m.explorer.controls}>
          {regions.length > 1 && (
            <fieldset className="control-group">
              <legend>{m.explorer.regions}</legend>
              {regions.map((r) => {
                const checked = selectedRegions.includes(r.id);
                const last = checked && selectedRegions.length === 1;
                return (
                  <label key={r.id} className="check">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={last}
                      onChange={(e) => {
                        const next = regions.map((x) => x.id).filter((x) => (x === r.id ? e.target.checked : selectedRegions.includes(x)));
                        set({ regions: next.length === regions.length ? undefined : next.join(',') });
                      }}
                    />
                    {localText(r.name, lang)}
                  </label>
                );
              })}
            </fieldset>
          )}
          <fieldset className="control-group">
            <legend>{m.explorer.range}</legend>
            {(['from', 'to'] as const).map((bound) => (
              <label key={bound} className="control">
                <span>{m.explorer[bound]}</span>
                <select value={raw[bound] ?? ''} onChange={(e) => set({ [bound]: e.target.value || undefined })}>
                  <option value="">{bound === 'from' ? m.explorer.earliest : m.explorer.latest}</option>
                  {periods.map((p) => (
                    <option key={p} value={p}>
                      {formatPeriod(p, lang)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <fieldset className="control-group">
            <legend>{m.explorer.transform}</legend>
            <label className="control">
              <span className="visually-hidden">{m.explorer.transform}</span>
              <select
                value={raw.transform && transforms.includes(raw.transform) ? raw.transform : 'published'}
                onChange={(e) => set({ transform: e.target.value === 'published' ? undefined : e.target.value, base: undefined, vs: undefined })}
              >
                {transforms.map((t) => (
                  <option key={t} value={t}>
                    {m.explorer.transformNames[t]}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        </section>
      )}
      {entries.length === 0 ? (
        <p className="state-panel" role="status">
          {m.explorer.noneChosen}
        </p>
      ) : layout === 'shared' ? (
        <>
          <p className="compare-layout">{m.explorer.sharedAxis(localText(entries[0]!.unit, lang))}</p>
          <CompareFigure dataset={dataset} entries={entries} theme={theme} type={type} height={HEIGHT} domain={null} href={hash} />
        </>
      ) : (
        <>
          <p className="compare-layout">{m.explorer.smallMultiples}</p>
          <SmallMultiples dataset={dataset} entries={entries} theme={theme} type={type} href={hash} />
        </>
      )}
    </article>
  );
}

function SmallMultiples({ dataset, entries, theme, type, href }: { dataset: Dataset; entries: Entry[]; theme: ChartTheme; type: ChartKind; href: string }) {
  // Every multiple spans the same years, so a period sits at the same x in each.
  const domain = unionDomain(entries.flatMap((e) => e.series.flatMap((s) => (s.points.length ? [[s.points[0]!.t, s.points[s.points.length - 1]!.t] as const] : []))));
  return (
    <div className="compare-multiples">
      {entries.map((e) => (
        <CompareFigure key={e.indicator.id} dataset={dataset} entries={[e]} theme={theme} type={type} height={MULTIPLE_HEIGHT} domain={domain} href={href} />
      ))}
    </div>
  );
}

interface FigureProps {
  dataset: Dataset;
  entries: Entry[];
  theme: ChartTheme;
  type: ChartKind;
  height: number;
  /** A time span imposed on the axis (small multiples), or null for the data's own. */
  domain: [number, number] | null;
  href: string;
}

/** One chart of one or several indicators whose values share a unit. */
function CompareFigure({ dataset, entries, theme, type, height, domain, href }: FigureProps) {
  const { lang, m } = useI18n();
  const titleId = useId();
  const [box, width, measured] = useElementWidth<HTMLDivElement>();
  const first = entries[0]!;
  const single = entries.length === 1;
  const frequency = FREQUENCY_ORDER.find((f) => entries.some((e) => e.indicator.frequency === f)) ?? 'year';
  const combined = useMemo(() => {
    let style = 0;
    return entries.flatMap((e) => {
      const short = localText(e.indicator.shortName ?? e.indicator.name, lang);
      return e.series.map((s) => ({
        ...s,
        key: `${e.indicator.id}__${s.key}`,
        styleIndex: single ? s.styleIndex : style++,
        label: single ? s.label : e.series.length > 1 ? `${short} · ${s.label}` : short,
      }));
    });
  }, [entries, single, lang]);
  const entryOf = useMemo(() => new Map(entries.flatMap((e) => combined.filter((s) => s.key.startsWith(`${e.indicator.id}__`)).map((s) => [s.key, e] as const))), [entries, combined]);
  const model: ChartModel<SeriesPoint> = useMemo(() => {
    const built = buildChartModel(downsampleSeries(combined, width - AXIS_ALLOWANCE), frequency, { padForBars: type === 'bar' });
    return domain ? { ...built, domain, ticks: timeTicks(domain[0], domain[1], frequency) } : built;
  }, [combined, width, frequency, type, domain]);

  const value = useCallback(
    (key: string, v: number | null) => {
      const e = entryOf.get(key) ?? first;
      return v === null ? m.noData : formatValue(v, e.unit, lang, e.decimals);
    },
    [entryOf, first, m, lang],
  );
  const formatY = useCallback((v: number) => formatValue(v, first.unit, lang), [first.unit, lang]);
  const formatTick = useCallback((t: number) => formatPeriodShort(periodAtTime(t, frequency), lang), [frequency, lang]);
  const renderTooltip = useCallback(
    (t: number) => {
      const atTime = model.byTime.get(t);
      if (!atTime) return null;
      const p0 = atTime.values().next().value;
      return (
        <div>
          <p className="tooltip-period">{p0 ? formatPeriod(p0.period, lang) : ''}</p>
          <ul className="tooltip-rows">
            {model.series.map((s) => {
              const p = atTime.get(s.key);
              return p ? (
                <li key={s.key}>
                  <span className="tooltip-swatch" style={{ background: seriesColor(theme, s.styleIndex) }} aria-hidden="true" />
                  <span className="tooltip-region">{s.label}</span>
                  <strong className="tooltip-value">{value(s.key, p.value)}</strong>
                  {p.status && <span className="tooltip-status">{m.statusNames[p.status]}</span>}
                </li>
              ) : null;
            })}
          </ul>
        </div>
      );
    },
    [model, lang, theme, value, m],
  );
  const focusValue = useCallback((v: number | null, key: string) => value(key, v), [value]);
  const describe = useDescribeFocus(model, focusValue);

  const name = entries.map((e) => e.name).join(m.punct.listSep);
  const sourceIds = combined.flatMap((s) => s.points.flatMap((p) => p.inputs));
  const hasNegative = model.rows.some((r) => model.series.some((s) => (r[s.key] ?? 0) < 0));
  const unitText = localText(first.unit, lang);
  const shown = [...new Set(entries.map((e) => m.explorer.transformNames[e.applied]))].join(m.punct.listSep);

  return (
    <figure className="chart-figure explorer-figure" aria-labelledby={titleId}>
      <div className="figure-head">
        <h3 id={titleId} className="figure-title">
          {single ? <a href={linkTo(href, indicatorPath(first.indicator.id))}>{name}</a> : name}
        </h3>
        <p className="figure-unit">
          {m.unit}
          {m.punct.colon}
          {unitText} · {m.explorer.shown(shown)}
        </p>
      </div>
      <SeriesLegend series={model.series} statuses={modelStatuses(model)} theme={theme} type={type} />
      <div ref={box}>
        <ChartBoundary fallback={<ChartFailed />}>
          {model.rows.length === 0 ? (
            <p role="status" className="state-panel">
              {m.describeEmpty}
            </p>
          ) : !measured ? (
            // Only until the width is measured, before the first paint.
            <div style={{ height }} />
          ) : (
            <ExplorableChart
              model={model}
              type={type}
              theme={theme}
              height={height}
              formatValue={formatY}
              formatTick={formatTick}
              renderTooltip={renderTooltip}
              zeroLine={hasNegative}
              markers={model.rows.length <= 60}
              label={m.explorer.chartLabel(name)}
              instructions={m.explorer.chartKeys}
              describe={describe}
            />
          )}
        </ChartBoundary>
      </div>
      <figcaption>
        <SourceLine dataset={dataset} sourceIds={sourceIds} compact />
      </figcaption>
    </figure>
  );
}

/** Adds and removes indicators; the list is the `ids` parameter. */
function Picker({ dataset, ids, onChange }: { dataset: Dataset; ids: string[]; onChange: (ids: string[]) => void }) {
  const { lang, m } = useI18n();
  const selectId = useId();
  const candidates = dataset.indicators.filter((i) => !ids.includes(i.id) && new Set(i.series.flatMap((s) => s.points.map((p) => p.period))).size >= 2);
  const [pick, setPick] = useState('');
  const chosen = candidates.some((c) => c.id === pick) ? pick : (candidates[0]?.id ?? '');
  const nameOf = (id: string) => {
    const i = dataset.indicators.find((x) => x.id === id);
    return i ? localText(i.name, lang) : id;
  };
  return (
    <section className="compare-picker" aria-labelledby={`${selectId}-chosen`}>
      <h3 id={`${selectId}-chosen`}>{m.explorer.chosen}</h3>
      {ids.length > 0 && (
        <ul className="chosen-list">
          {ids.map((id) => (
            <li key={id}>
              <span>{nameOf(id)}</span>
              <button type="button" className="button button-small" aria-label={m.explorer.remove(nameOf(id))} onClick={() => onChange(ids.filter((x) => x !== id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="picker-row">
          <label className="control" htmlFor={selectId}>
            <span>{m.explorer.addIndicator}</span>
          </label>
          <select id={selectId} value={chosen} onChange={(e) => setPick(e.target.value)}>
            {dataset.themes.map((t) => {
              const inTheme = candidates.filter((c) => c.theme === t.id);
              return inTheme.length ? (
                <optgroup key={t.id} label={localText(t.name, lang)}>
                  {inTheme.map((c) => (
                    <option key={c.id} value={c.id}>
                      {localText(c.name, lang)}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
          <button type="button" className="button" disabled={!chosen} onClick={() => chosen && onChange([...ids, chosen])}>
            {m.explorer.add}
          </button>
        </div>
      )}
    </section>
  );
}
