import type { Dataset } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import type { ChartTheme } from '../charts/palette';
import { CHART_SURFACE } from '../charts/chart-frame';
import { chartText } from '../describe/chart-text';
import { composeChartSvg, renderPng, serializeSvg } from './chart-image';
import { buildCsv, citationRows, figureCsvRows } from './csv';
import { localText, type Lang } from '../i18n/lang';
import { chartFileName } from './file-names';
import { saveFile } from './download';
import { figureWorkbook } from './xlsx';
import { XLSX_MIME } from './xlsx-writer';

// The exports of a figure, loaded only when someone asks for one (the figure's actions import
// this module dynamically), so none of it weighs on the first screen. Each is made from the
// figure model the chart drew: what is exported is what is shown.

export type FigureFormat = 'png' | 'svg' | 'csv' | 'xlsx';

export interface FigureExportRequest {
  dataset: Dataset;
  /** The models of the figure: one, or each small multiple of a comparison (CSV covers all). */
  models: readonly FigureModel[];
  /** The figure on screen: its width sizes the image and its chart's SVG is drawn. */
  figure: HTMLElement | null;
  theme: ChartTheme;
  lang: Lang;
}

/** Thrown when the chart is not on screen yet (lazily mounted), so the caller can say so. */
export class ChartNotDrawnError extends Error {
  constructor() {
    super('The chart has not been drawn');
    this.name = 'ChartNotDrawnError';
  }
}

function chartSurface(figure: HTMLElement | null): SVGSVGElement {
  const surface = figure?.querySelector<SVGSVGElement>(CHART_SURFACE);
  if (!surface || surface.getBoundingClientRect().width === 0) throw new ChartNotDrawnError();
  return surface;
}

/** Builds the file and starts the download; returns its name. */
export async function exportFigure(request: FigureExportRequest, format: FigureFormat): Promise<string> {
  const { dataset, models, lang } = request;
  const model = models[0];
  if (!model) throw new ChartNotDrawnError();
  const id = models.flatMap((m) => m.entries.map((e) => e.indicator.id)).join('+');
  const fileName = chartFileName(id, model.shown[0]?.transform ?? 'published', dataset.updated, format);
  if (format === 'csv') {
    const title = models.flatMap((m) => m.entries.map((e) => localText(e.indicator.name, lang))).join(' · ');
    const sources = [...new Set(models.flatMap((m) => m.sources))];
    const rows = [...citationRows(dataset, sources, lang, title), ...figureCsvRows(dataset, models, lang)];
    saveFile(new Blob([buildCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileName);
    return fileName;
  }
  if (format === 'xlsx') {
    saveFile(new Blob([figureWorkbook(dataset, models, lang) as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), fileName);
    return fileName;
  }
  const surface = chartSurface(request.figure);
  const image = composeChartSvg(surface, chartText(dataset, model, lang), request.theme, request.figure!.getBoundingClientRect().width, model.type === 'bar');
  const svgText = serializeSvg(image.svg);
  const blob = format === 'svg' ? new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }) : await renderPng(svgText, image.width, image.height, 2);
  saveFile(blob, fileName);
  return fileName;
}
