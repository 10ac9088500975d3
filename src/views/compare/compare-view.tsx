import { useCallback, useId, useMemo, useState } from 'react';
import type { LoadedDataset } from '../../data/load/dataset-query';
import type { Dataset } from '../../data/dataset/schema';
import { figureModel, type FigureEntry } from '../../data/figure/figure-model';
import { compareEntries, comparePlan, compareTransforms, readCompareIds } from '../../data/figure/compare';
import { defaultRegions, figureParamsOf, indicatorPeriods, regionsWithSeries, type FigureSettings } from '../../data/figure/figure-settings';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { shownUnit } from '../../describe/values';
import type { ChartTheme } from '../../charts/palette';
import { FigureControls } from '../../components/controls/figure-controls';
import { FigureFrame } from '../../components/figure/figure-frame';
import { figureQuery, indicatorPath, linkTo, presentLink } from '../../routing/links';
import { figureParams } from '../../routing/route-params';
import { useRouteParams } from '../../routing/use-route';

const HEIGHT = 320;
const MULTIPLE_HEIGHT = 220;

/** `#/compare?ids=a,b`: several indicators on one time axis, or aligned small multiples when units differ. */
export function CompareView({ loaded, theme }: { loaded: LoadedDataset; theme: ChartTheme }) {
  const { lang, m } = useI18n();
  const { params, update, hash } = useRouteParams('compare');
  const { dataset } = loaded;
  const known = useMemo(() => new Set(dataset.indicators.map((i) => i.id)), [dataset]);
  const selection = readCompareIds(params.ids, known);
  const indicators = selection.ids.flatMap((id) => dataset.indicators.filter((i) => i.id === id));
  const shared = figureParams(params);
  const entries = compareEntries(dataset, indicators, shared);
  const plan = comparePlan(entries);

  const regions = regionsWithSeries(dataset, indicators);
  const regionIds = regions.map((r) => r.id);
  const asked = shared.regions?.filter((id) => regionIds.includes(id)) ?? [];
  const selectedRegions = asked.length > 0 ? asked : defaultRegions(regionIds, dataset.regions.filter((r) => r.aggregate === true).map((r) => r.id));
  const transforms = compareTransforms(indicators, dataset);
  const transform = shared.transform && transforms.includes(shared.transform) ? shared.transform : 'published';
  const change = (changes: Partial<FigureSettings>) => {
    const next: Record<string, string | readonly string[] | undefined> = {};
    if ('regions' in changes) next.regions = changes.regions && changes.regions.length < regionIds.length ? changes.regions : undefined;
    if ('from' in changes) next.from = changes.from;
    if ('to' in changes) next.to = changes.to;
    if ('transform' in changes) Object.assign(next, { transform: changes.transform === 'published' ? undefined : changes.transform, base: undefined, vs: undefined });
    update(next);
  };

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
      <Picker dataset={dataset} ids={selection.ids} onChange={(ids) => update({ ids })} />
      {entries.length > 0 && (
        <FigureControls
          regions={regions.map((r) => ({ id: r.id, name: localText(r.name, lang) }))}
          settings={{ regions: selectedRegions, from: shared.from, to: shared.to, transform, type: 'line', scale: 'linear' }}
          periods={indicators.flatMap(indicatorPeriods)}
          cumulative={false}
          transforms={transforms}
          onChange={change}
        />
      )}
      {entries.length === 0 ? (
        <p className="state-panel" role="status">
          {m.explorer.noneChosen}
        </p>
      ) : (
        <>
          <p className="compare-layout">
            {plan.layout === 'shared'
              ? m.explorer.sharedAxis(shownUnit(figureModel({ dataset, entries: plan.charts[0] ?? [], plotWidth: 0 }).unit, lang))
              : m.explorer.smallMultiples}
          </p>
          <div className={plan.layout === 'shared' ? undefined : 'compare-multiples'}>
            {plan.charts.map((chart) => (
              <CompareFigure
                key={chart.map((e) => e.indicator.id).join(',')}
                dataset={dataset}
                entries={chart}
                all={plan.charts}
                theme={theme}
                height={plan.layout === 'shared' ? HEIGHT : MULTIPLE_HEIGHT}
                timeDomain={plan.timeDomain}
                hash={hash}
              />
            ))}
          </div>
        </>
      )}
    </article>
  );
}

/** One chart of the comparison: one indicator, or several whose values share a unit. */
function CompareFigure({ dataset, entries, all, theme, height, timeDomain, hash }: {
  dataset: Dataset;
  entries: FigureEntry[];
  all: FigureEntry[][];
  theme: ChartTheme;
  height: number;
  timeDomain: [number, number] | undefined;
  hash: string;
}) {
  const { lang, m } = useI18n();
  const first = entries[0]!;
  const single = entries.length === 1;
  // Download CSV carries every compared indicator, whichever chart it is asked from.
  const others = useCallback(
    () => all.filter((chart) => chart !== entries).map((chart) => figureModel({ dataset, entries: chart, plotWidth: 0, timeDomain })),
    [all, entries, dataset, timeDomain],
  );
  const params = figureParamsOf(first.settings, first.indicator, dataset);
  return (
    <FigureFrame
      dataset={dataset}
      entries={entries}
      theme={theme}
      title={{ text: entries.map((e) => localText(e.indicator.name, lang)).join(m.punct.listSep), href: single ? linkTo(hash, indicatorPath(first.indicator.id), figureQuery(params)) : undefined }}
      height={height}
      layout="wide"
      nameMeasure
      timeDomain={timeDomain}
      className="explorer-figure"
      csvModels={others}
      actions={{
        linkHash: hash,
        presentHash: presentLink(hash, first.indicator.id, params),
        embed: single ? { indicator: first.indicator, viewParams: figureQuery(params) } : null,
      }}
    />
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
