import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Dataset, Indicator } from '../../data/dataset/schema';
import { figureModel, type FigureModel } from '../../data/figure/figure-model';
import type { FigureSettings } from '../../data/figure/figure-settings';
import { useI18n } from '../../i18n/i18n-context';
import { localText } from '../../i18n/lang';
import { formatDate, formatPeriod } from '../../i18n/format-period';
import { formatValueParts } from '../../i18n/format-number';
import { figureSummary } from '../../describe/summary';
import { seriesLabels } from '../../describe/series-labels';
import { formatShownValue } from '../../describe/values';
import type { ChartTheme } from '../../charts/palette';
import { FigureFrame } from '../../components/figure/figure-frame';
import { SourceLine } from '../../components/source-line';
import { StatusBadge } from '../../components/status-badge';
import { periodCount } from './slide-list';

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  settings: FigureSettings;
  theme: ChartTheme;
  number: number;
  total: number;
  current: boolean;
  /** Off for slides far from the current one: the chart's box is kept, empty. */
  drawChart: boolean;
}

/**
 * One slide: dataset title, the indicator's name, its summary as the subtitle, then the chart
 * (or, for a single figure, the number itself), and the sources, date and slide number.
 */
export const Slide = memo(function Slide({ dataset, indicator, settings, theme, number, total, current, drawChart }: Props) {
  const { lang, m } = useI18n();
  const titleId = useId();
  const summaryId = useId();
  const entries = useMemo(() => [{ indicator, settings }], [indicator, settings]);
  // The words of the slide need every point, not what a chart of some width draws.
  const model = useMemo(() => figureModel({ dataset, entries, plotWidth: 0 }), [dataset, entries]);
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
          {figureSummary(dataset, model, lang)}
        </p>
      </header>
      {chart ? (
        <SlideChart dataset={dataset} entries={entries} theme={theme} draw={drawChart} titleId={titleId} summaryId={summaryId} />
      ) : (
        <BigNumber dataset={dataset} model={model} />
      )}
      <footer className="slide-foot">
        <SourceLine dataset={dataset} sourceIds={model.sources} />
        <p className="slide-date">{m.updated(formatDate(dataset.updated, lang))}</p>
        <p className="slide-number">{m.present.counter(number, total)}</p>
      </footer>
    </section>
  );
});

function SlideChart({ dataset, entries, theme, draw, titleId, summaryId }: {
  dataset: Dataset;
  entries: readonly { indicator: Indicator; settings: FigureSettings }[];
  theme: ChartTheme;
  draw: boolean;
  titleId: string;
  summaryId: string;
}) {
  const [boxRef, height] = useBoxHeight();
  return (
    <div ref={boxRef} className="slide-chart">
      {draw && height !== null && (
        <FigureFrame
          dataset={dataset}
          entries={entries}
          theme={theme}
          title={{ labelledBy: titleId, describedBy: summaryId }}
          height={height}
          layout="wide"
          sources={false}
          className="slide-figure"
        />
      )}
    </div>
  );
}

/** Room taken by the legend above the chart inside the slide's chart box. */
const LEGEND_ALLOWANCE = 40;

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
    const measure = (h: number) => setHeight(Math.max(200, Math.floor(h) - LEGEND_ALLOWANCE));
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

function BigNumber({ dataset, model }: { dataset: Dataset; model: FigureModel }) {
  const { lang, m } = useI18n();
  const labels = seriesLabels(dataset, model, lang);
  const cumulative = model.entries[0]?.indicator.cumulative ?? false;
  const figures = model.series.flatMap((s) => {
    const p = [...s.points].reverse().find((x) => x.value !== null);
    return p && p.value !== null ? [{ series: s, point: p, value: p.value }] : [];
  });
  return (
    <div className="slide-big">
      {figures.map(({ series, point, value }) => {
        const parts =
          series.unit.kind === 'as-published'
            ? formatValueParts(value, series.unit.text, lang, series.unit.decimals)
            : { number: formatShownValue(value, series.unit, lang), unit: '', separator: '' };
        return (
          <p key={series.key} className="slide-big-figure">
            <span className="slide-big-number">{parts.number}</span>
            {parts.separator}
            <span className="slide-big-unit">{parts.unit}</span>
            <span className="slide-big-context">
              {labels.get(series.key)} · {formatPeriod(point.period, lang, { cumulative })}
              {point.status && <StatusBadge status={point.status} />}
            </span>
          </p>
        );
      })}
      {figures.length === 0 && <p className="slide-big-context">{m.describeEmpty}</p>}
    </div>
  );
}
