import type PptxGenJS from 'pptxgenjs';
import type { Dataset } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import { periodAtTime } from '../data/figure/time-axis';
import { parsePeriod, periodFromOrdinal, periodIn, periodOrdinal, periodToString } from '../lib/periods';
import { seriesColor, type ChartTheme } from '../charts/palette';
import { formatPeriod, formatPeriodShort } from '../i18n/format-period';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { chartText, datasetFooter, sourcesText } from '../describe/chart-text';
import { seriesLabels } from '../describe/series-labels';
import { formatShownValue } from '../describe/values';
import { planMeasureWords } from '../describe/plan-words';
import { localText } from '../i18n/lang';
import type { PlanPriority } from '../data/figure/plan-facts';
import { deckFileName } from './file-names';
import { saveFile } from './download';
import { xmlSafe, xmlText } from './sanitize';

// The presentation as a PowerPoint deck with native charts, so the numbers stay editable in
// PowerPoint. pptxgenjs (with its zip library, ~400 kB) is imported only when a deck is asked for.

export interface DeckSlide {
  model: FigureModel;
}

/** pptxgenjs takes colours as six hex digits without '#'. */
function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/**
 * The slide chart's categories: every period from the first to the last at the figure's
 * frequency, so uneven publication keeps its spacing and a period nobody published is an empty
 * cell (a gap, displayBlanksAs 'gap'): 2019, 2022 and 2023 become 2019, 2020, 2021, 2022, 2023,
 * and the step from 2019 to 2022 takes three times the room of 2022 to 2023. Where a line breaks
 * between two neighbouring periods (a year-to-date series starts afresh in January), an
 * unlabelled empty category (null) goes between them.
 */
export function deckColumns(model: FigureModel): (string | null)[] {
  const times = model.times;
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined) return [];
  const frequency = model.frequency;
  const periods: string[] = [];
  const start = periodOrdinal(parsePeriod(periodAtTime(first, frequency))!);
  const end = periodOrdinal(parsePeriod(periodAtTime(last, frequency))!);
  for (let o = start; o <= end; o++) periods.push(periodToString(periodFromOrdinal(o, frequency)));
  // Segment starts: a break before this period in some series.
  const breaksBefore = new Set<string>();
  for (const s of model.series) {
    for (const segment of s.segments.slice(1)) {
      const head = segment[0];
      if (head) breaksBefore.add(periodIn(head.period, frequency) ?? head.period);
    }
  }
  const columns: (string | null)[] = [];
  periods.forEach((p, i) => {
    const before = periods[i - 1];
    // Only between neighbours: where a period lies between them, its empty cell already breaks the line.
    if (i > 0 && before !== undefined && breaksBefore.has(p) && model.series.some((s) => hasValue(s, before) && hasValue(s, p))) columns.push(null);
    columns.push(p);
  });
  return columns;
}

export interface DeckSeries {
  name: string;
  labels: string[];
  values: number[];
}

function deckSeries(columns: readonly (string | null)[], name: string, lang: Lang, value: (period: string) => number | null): DeckSeries {
  return {
    name,
    labels: columns.map((p) => (p === null ? '' : formatPeriodShort(p, lang))),
    // pptxgenjs writes null as an empty cell, which displayBlanksAs 'gap' leaves unjoined;
    // its type says number[] only because it predates that.
    values: columns.map((p) => (p === null ? null : value(p))) as number[],
  };
}

/** The drawn series, one per region, on the columns of `deckColumns`. */
export function deckChartData(model: FigureModel, labels: ReadonlyMap<string, string>, lang: Lang): DeckSeries[] {
  const columns = deckColumns(model);
  if (columns.length === 0) return [];
  const frequency = model.frequency;
  return model.series.map((s) => {
    const byPeriod = new Map(s.points.map((p) => [periodIn(p.period, frequency) ?? p.period, p.value]));
    return deckSeries(columns, labels.get(s.key) ?? s.region, lang, (p) => byPeriod.get(p) ?? null);
  });
}

/**
 * The flagged points as series of their own, drawn as marks without a line over the drawn
 * series: one per status and region that has it, named by the status (and the region when
 * several are drawn), so the chart's own legend is the key of the marks.
 */
export function deckStatusData(model: FigureModel, labels: ReadonlyMap<string, string>, lang: Lang): DeckSeries[] {
  const columns = deckColumns(model);
  if (columns.length === 0) return [];
  const m = MESSAGES[lang];
  const frequency = model.frequency;
  return model.statuses.flatMap((status) =>
    model.series.flatMap((s) => {
      const flagged = new Map(s.points.filter((p) => p.status === status && p.value !== null).map((p) => [periodIn(p.period, frequency) ?? p.period, p.value]));
      if (flagged.size === 0) return [];
      const name = model.series.length > 1 ? `${labels.get(s.key) ?? s.region}${m.punct.open}${m.statusNames[status]}${m.punct.close}` : m.statusNames[status];
      return [deckSeries(columns, name, lang, (p) => flagged.get(p) ?? null)];
    }),
  );
}

function hasValue(series: FigureModel['series'][number], period: string): boolean {
  return series.points.some((p) => p.period === period && p.value !== null);
}

export async function downloadDeck(dataset: Dataset, slides: readonly DeckSlide[], theme: ChartTheme, lang: Lang): Promise<string> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const m = MESSAGES[lang];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlText(datasetFooter(dataset, lang));
  const fontFace = lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
  const base = { fontFace, margin: 0 };
  const colour = { text: hex(theme.text), muted: hex(theme.mutedText) };

  slides.forEach(({ model }, i) => {
    const text = chartText(dataset, model, lang);
    const cumulative = model.entries[0]?.indicator.cumulative ?? false;
    const slide = xmlSafeSlide(pptx.addSlide());
    slide.background = { color: hex(theme.background) };
    slide.addText(text.footer, { ...base, x: 0.6, y: 0.3, w: 12.1, h: 0.35, fontSize: 12, color: colour.muted });
    slide.addText(text.title, { ...base, x: 0.6, y: 0.7, w: 12.1, h: 0.75, fontSize: 30, bold: true, color: colour.text, valign: 'top' });
    slide.addText(text.summary, { ...base, x: 0.6, y: 1.5, w: 12.1, h: 0.95, fontSize: 16, color: colour.text, valign: 'top' });
    slide.addNotes(text.summary);

    if (model.times.length >= 2) {
      const labels = seriesLabels(dataset, model, lang);
      const type: 'bar' | 'area' | 'line' = model.type;
      const flagged = deckStatusData(model, labels, lang);
      const drawn = { chartColors: text.legend.map((l) => hex(seriesColor(theme, l.styleIndex))), lineSize: 2, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 6, barDir: 'col' as const };
      // Flagged points: grey marks with no line over the drawn series, named in the legend.
      // (LibreOffice ignores a marker's outline, so the mark is filled, not hollow as on the page.)
      const marks = { chartColors: flagged.map(() => colour.muted), lineSize: 0, lineDataSymbol: 'circle' as const, lineDataSymbolSize: 10, lineDataSymbolLineColor: colour.text, lineDataSymbolLineSize: 12700 };
      const chartTypes = [{ type, data: deckChartData(model, labels, lang), options: drawn }, ...(flagged.length > 0 ? [{ type: 'line' as const, data: flagged, options: marks }] : [])];
      const chartOptions: PptxGenJS.IChartOpts = {
        x: 0.6,
        y: 2.5,
        w: 12.1,
        h: 3.7,
        displayBlanksAs: 'gap',
        showLegend: text.legend.length > 1 || flagged.length > 0,
        legendPos: 'b',
        legendColor: colour.muted,
        legendFontFace: fontFace,
        catAxisLabelColor: colour.muted,
        valAxisLabelColor: colour.muted,
        catAxisLabelFontFace: fontFace,
        valAxisLabelFontFace: fontFace,
        catAxisLabelFontSize: 12,
        valAxisLabelFontSize: 12,
        valGridLine: { color: hex(theme.grid), size: 1 },
        catGridLine: { style: 'none' },
        showValAxisTitle: true,
        valAxisTitle: text.unitLine,
        valAxisTitleColor: colour.muted,
        valAxisTitleFontSize: 12,
        altText: text.summary,
      };
      // A chart of several types takes its options second (pptxgenjs' documented form for
      // combination charts); its type declaration names that argument data.
      slide.addChart(chartTypes, chartOptions as unknown as unknown[]);
    } else {
      const lines = model.series.flatMap((s) => {
        const p = [...s.points].reverse().find((x) => x.value !== null);
        return p && p.value !== null ? [`${formatShownValue(p.value, s.unit, lang)}  ${formatPeriod(p.period, lang, { cumulative })}`] : [];
      });
      slide.addText(lines.join('\n') || m.describeEmpty, { ...base, x: 0.6, y: 2.8, w: 12.1, h: 3.4, fontSize: 66, bold: true, color: colour.text, valign: 'middle' });
    }
    if (text.statusKey.length > 0) {
      slide.addText(text.statusKey.map((k) => k.label).join(m.punct.semicolon), { ...base, x: 0.6, y: 6.25, w: 12.1, h: 0.3, fontSize: 10, color: colour.muted, valign: 'top', fit: 'shrink' });
    }
    slide.addText(text.compactSources, { ...base, x: 0.6, y: 6.6, w: 10.6, h: 0.3, fontSize: 10, color: colour.muted, valign: 'top', fit: 'shrink' });
    slide.addText(text.citation, { ...base, x: 0.6, y: 6.95, w: 10.6, h: 0.3, fontSize: 10, color: colour.muted, valign: 'top', fit: 'shrink' });
    slide.addText(m.present.counter(i + 1, slides.length), { ...base, x: 11.3, y: 6.85, w: 1.4, h: 0.4, fontSize: 12, color: colour.muted, align: 'right' });
  });

  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  const fileName = deckFileName(dataset.id, dataset.updated);
  saveFile(blob, fileName);
  return fileName;
}

/**
 * The work plan as a deck, one slide per priority: title, text, each measure in the words of
 * the plan view (plan year, latest and change, target and verdict), and the plan's source.
 */
export async function downloadPlanDeck(dataset: Dataset, priorities: readonly PlanPriority[], theme: ChartTheme, lang: Lang): Promise<string> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const m = MESSAGES[lang];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = xmlText(datasetFooter(dataset, lang));
  const fontFace = lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
  const base = { fontFace, margin: 0 };
  const colour = { text: hex(theme.text), muted: hex(theme.mutedText) };
  priorities.forEach((priority, i) => {
    const slide = xmlSafeSlide(pptx.addSlide());
    slide.background = { color: hex(theme.background) };
    const title = `${m.plan.priority(priority.number)} · ${localText(priority.plan.title, lang)}`;
    slide.addText(datasetFooter(dataset, lang), { ...base, x: 0.6, y: 0.3, w: 12.1, h: 0.35, fontSize: 12, color: colour.muted });
    slide.addText(title, { ...base, x: 0.6, y: 0.7, w: 12.1, h: 0.9, fontSize: 24, bold: true, color: colour.text, valign: 'top' });
    if (priority.plan.text) slide.addText(localText(priority.plan.text, lang), { ...base, x: 0.6, y: 1.65, w: 12.1, h: 1.2, fontSize: 13, color: colour.text, valign: 'top' });
    const lines =
      priority.measures.length === 0
        ? [m.plan.noIndicators]
        : priority.measures.map((measure) => {
            const words = planMeasureWords(dataset, measure, priority.plan.period, lang);
            return [`${words.name}${m.punct.colon}${words.region} · ${words.planLine}`, words.latestLine, words.targetLine].filter(Boolean).join(m.punct.semicolon);
          });
    slide.addText(lines.join('\n'), { ...base, x: 0.6, y: 3.0, w: 12.1, h: 3.6, fontSize: 12, color: colour.text, valign: 'top', paraSpaceAfter: 4, fit: 'shrink' });
    slide.addNotes(lines.join('\n'));
    slide.addText(sourcesText(dataset, [priority.plan.source], lang), { ...base, x: 0.6, y: 6.7, w: 10.6, h: 0.5, fontSize: 10, color: colour.muted, valign: 'top' });
    slide.addText(m.present.counter(i + 1, priorities.length), { ...base, x: 11.3, y: 6.7, w: 1.4, h: 0.4, fontSize: 12, color: colour.muted, align: 'right' });
  });
  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  const fileName = deckFileName(`${dataset.id}-plan`, dataset.updated);
  saveFile(blob, fileName);
  return fileName;
}

/**
 * A slide whose every text, chart name and label is XML-safe before pptxgenjs writes it into
 * the file's XML parts (a control character there once made PowerPoint refuse the file).
 */
function xmlSafeSlide(slide: PptxGenJS.Slide): PptxGenJS.Slide {
  const addText = slide.addText.bind(slide);
  const addNotes = slide.addNotes.bind(slide);
  const addChart = slide.addChart.bind(slide);
  slide.addText = (text, options) => addText(xmlSafe(text), xmlSafe(options));
  slide.addNotes = (notes) => addNotes(xmlText(notes));
  // A combination chart carries its series in the first argument (an array of types with their data).
  slide.addChart = (type, data, options) => addChart(xmlSafe(type), xmlSafe(data), xmlSafe(options));
  return slide;
}
