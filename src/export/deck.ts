import type { Dataset, Indicator } from '../data/schema';
import { applyTransform, type TransformResult } from '../data/transforms';
import { comparePeriods } from '../data/periods';
import { formatShownValue } from '../data/summary';
import type { ViewSettings } from '../routing/view-params';
import { seriesColor, type ChartTheme } from '../charts/palette';
import { formatPeriod, formatPeriodShort } from '../i18n/format-period';
import type { Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';
import { chartText } from './chart-text';
import { deckFileName } from './file-names';
import { saveFile } from './download';

// The presentation as a PowerPoint deck with native charts, so the numbers stay editable in
// PowerPoint. pptxgenjs (with its zip library, ~400 kB) is imported only when a deck is asked for.

export interface DeckSlide {
  indicator: Indicator;
  settings: ViewSettings;
}

/** pptxgenjs takes colours as six hex digits without '#'. */
function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** Periods of every series on one category axis, in time order; a missing value is a gap. */
function chartData(result: TransformResult, labels: string[], lang: Lang) {
  const periods = [...new Set(result.series.flatMap((s) => s.points.map((p) => p.period)))].sort(comparePeriods);
  return result.series.map((s, i) => {
    const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
    return {
      name: labels[i] ?? s.region,
      labels: periods.map((p) => formatPeriodShort(p, lang)),
      // pptxgenjs writes null as an empty cell, which displayBlanksAs 'gap' leaves unjoined;
      // its type says number[] only because it predates that.
      values: periods.map((p) => byPeriod.get(p) ?? null) as number[],
    };
  });
}

export async function downloadDeck(dataset: Dataset, slides: readonly DeckSlide[], theme: ChartTheme, lang: Lang): Promise<string> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const m = MESSAGES[lang];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const text0 = slides[0] ? chartText(dataset, slides[0].indicator, applyTransform(slides[0].indicator, 'published'), lang) : null;
  pptx.title = text0?.footer ?? '';
  const fontFace = lang === 'zh' ? 'Microsoft YaHei' : 'Calibri';
  const base = { fontFace, margin: 0 };
  const colour = { text: hex(theme.text), muted: hex(theme.mutedText) };

  slides.forEach(({ indicator, settings }, i) => {
    const result = applyTransform(indicator, settings.transform, settings);
    const text = chartText(dataset, indicator, result, lang);
    const slide = pptx.addSlide();
    slide.background = { color: hex(theme.background) };
    slide.addText(text.footer, { ...base, x: 0.6, y: 0.3, w: 12.1, h: 0.35, fontSize: 12, color: colour.muted });
    slide.addText(text.title, { ...base, x: 0.6, y: 0.7, w: 12.1, h: 0.75, fontSize: 30, bold: true, color: colour.text, valign: 'top' });
    slide.addText(text.summary, { ...base, x: 0.6, y: 1.5, w: 12.1, h: 0.95, fontSize: 16, color: colour.text, valign: 'top' });
    slide.addNotes(text.summary);

    const periods = new Set(indicator.series.flatMap((s) => s.points.map((p) => p.period)));
    if (periods.size >= 2) {
      const type = settings.type === 'bar' ? pptx.ChartType.bar : settings.type === 'area' ? pptx.ChartType.area : pptx.ChartType.line;
      slide.addChart(type, chartData(result, text.legend.map((l) => l.label), lang), {
        x: 0.6,
        y: 2.55,
        w: 12.1,
        h: 4.0,
        barDir: 'col',
        chartColors: text.legend.map((l) => hex(seriesColor(theme, l.styleIndex))),
        lineSize: 2,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 6,
        displayBlanksAs: 'gap',
        showLegend: text.legend.length > 1,
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
      });
    } else {
      const lines = result.series.flatMap((s) => {
        const p = [...s.points].reverse().find((x) => x.value !== null);
        return p && p.value !== null ? [`${formatShownValue(p.value, indicator, result, lang)}  ${formatPeriod(p.period, lang, { cumulative: indicator.cumulative })}`] : [];
      });
      slide.addText(lines.join('\n') || m.describeEmpty, { ...base, x: 0.6, y: 2.8, w: 12.1, h: 3.4, fontSize: 66, bold: true, color: colour.text, valign: 'middle' });
    }
    slide.addText(text.sources, { ...base, x: 0.6, y: 6.7, w: 10.6, h: 0.5, fontSize: 10, color: colour.muted, valign: 'top' });
    slide.addText(m.present.counter(i + 1, slides.length), { ...base, x: 11.3, y: 6.7, w: 1.4, h: 0.4, fontSize: 12, color: colour.muted, align: 'right' });
  });

  const blob = (await pptx.write({ outputType: 'blob' })) as Blob;
  const fileName = deckFileName(dataset.id, dataset.updated);
  saveFile(blob, fileName);
  return fileName;
}
