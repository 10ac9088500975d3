import { useCallback, useMemo } from 'react';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { figureParamsOf, resolveFigureSettings, type FigureParams, type FigureSettings } from '../../data/figure/figure-settings';
import type { FigureModel } from '../../data/figure/figure-model';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatPeriodRange } from '../../i18n/format-period';
import { shownMeasures } from '../../describe/chart-text';
import type { ChartTheme } from '../../charts/palette';
import { figureQuery, indicatorPath, linkTo, presentLink } from '../../routing/links';
import type { DataView } from '../../routing/route-params';
import type { UpdateOptions, UpdateParams } from '../../routing/use-route';
import { ViewTabs } from '../view-tabs';
import { FigureFrame } from './figure-frame';

const HEIGHT = 360;

/**
 * One indicator's settings from the address, and `change`, which writes changed settings back
 * (only what differs from the indicator's defaults, so links stay short).
 */
export function useIndicatorSettings(dataset: Dataset, indicator: Indicator, params: FigureParams, update: UpdateParams) {
  const key = JSON.stringify(params);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the params' values.
  const settings = useMemo(() => resolveFigureSettings(params, indicator, dataset), [key, indicator, dataset]);
  const change = useCallback(
    (changes: Partial<FigureSettings>, opts?: UpdateOptions) => update({ ...figureQuery(figureParamsOf({ ...settings, ...changes }, indicator, dataset)) }, opts),
    [settings, indicator, dataset, update],
  );
  return { settings, change };
}

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  settings: FigureSettings;
  theme: ChartTheme;
  view: DataView;
  /** The address now, for links that keep language, appearance and dataset. */
  hash: string;
  /** Settings the reader changes on the figure (legend, brush) and the tabs; absent: a still figure. */
  onSettings?: ((changes: Partial<FigureSettings>, opts?: UpdateOptions) => void) | undefined;
  onView?: ((view: DataView) => void) | undefined;
  /** Show the actions menu. */
  actions: boolean;
}

/** One indicator in depth, as the indicator and embed views show it: chart or table, one figure. */
export function IndicatorFigure({ dataset, indicator, settings, theme, view, hash, onSettings, onView, actions }: Props) {
  const { lang, m } = useI18n();
  const entries = useMemo(() => [{ indicator, settings }], [indicator, settings]);
  const params = figureParamsOf(settings, indicator, dataset);
  const viewParams = { ...figureQuery(params), view: view === 'chart' ? undefined : view };
  const linkHash = linkTo(hash, indicatorPath(indicator.id), viewParams);
  const caption = useCallback(
    (model: FigureModel) => m.explorer.tableCaption(localText(indicator.name, lang), shownMeasures(dataset, model, lang), rangeText(model, lang, m.describeEmpty)),
    [m, indicator, lang, dataset],
  );
  const figure = (
    <FigureFrame
      dataset={dataset}
      entries={entries}
      theme={theme}
      title={{ text: localText(indicator.name, lang) }}
      height={HEIGHT}
      layout="wide"
      view={view}
      nameMeasure
      onSettings={onSettings}
      className="explorer-figure"
      tableCaption={caption}
      actions={actions ? { linkHash, presentHash: presentLink(hash, indicator.id, params), embed: { indicator, viewParams } } : undefined}
    />
  );
  return onView ? (
    <ViewTabs view={view} onChange={onView}>
      {figure}
    </ViewTabs>
  ) : (
    figure
  );
}

/** The span the table covers, as the chart's range shows it. */
function rangeText(model: FigureModel, lang: 'zh' | 'en', empty: string): string {
  const points = model.series.flatMap((s) => s.points).sort((a, b) => a.t - b.t);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return empty;
  return formatPeriodRange(first.period, last.period, lang, { cumulative: model.entries[0]?.indicator.cumulative ?? false });
}
