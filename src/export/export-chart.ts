import type { Dataset, Indicator } from '../data/schema';
import { applyTransform, type TransformResult } from '../data/transforms';
import type { ViewSettings } from '../routing/view-params';
import type { ChartTheme } from '../charts/palette';
import type { Lang } from '../i18n/lang';
import { chartText } from './chart-text';
import { composeChartSvg, renderPng, serializeSvg } from './chart-image';
import { buildCsv, chartCsvRows } from './csv';
import { chartFileName } from './file-names';
import { saveFile } from './download';

// The exports of one chart, loaded only when someone asks for one (ChartActions imports this
// module dynamically), so none of it weighs on the first screen.

export type ChartFormat = 'png' | 'svg' | 'csv';

export interface ChartExportRequest {
  dataset: Dataset;
  indicator: Indicator;
  settings: ViewSettings;
  /** The figure on screen: its width sizes the image and its Recharts SVG is drawn. */
  figure: HTMLElement;
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

function shownResult({ indicator, settings }: ChartExportRequest): TransformResult {
  return applyTransform(indicator, settings.transform, settings);
}

function chartSurface(figure: HTMLElement): SVGSVGElement {
  const surface = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!surface || surface.getBoundingClientRect().width === 0) throw new ChartNotDrawnError();
  return surface;
}

function composeImage(request: ChartExportRequest) {
  const text = chartText(request.dataset, request.indicator, shownResult(request), request.lang);
  const surface = chartSurface(request.figure);
  return composeChartSvg(surface, text, request.theme, request.figure.getBoundingClientRect().width, request.settings.type === 'bar');
}

/** Builds the file and starts the download; returns its name. */
export async function exportChart(request: ChartExportRequest, format: ChartFormat): Promise<string> {
  const { dataset, indicator, lang } = request;
  const fileName = chartFileName(indicator.id, shownResult(request).applied, dataset.updated, format);
  if (format === 'csv') {
    const csv = buildCsv(chartCsvRows(dataset, indicator, shownResult(request), lang));
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
    return fileName;
  }
  const image = composeImage(request);
  const svgText = serializeSvg(image.svg);
  const blob = format === 'svg' ? new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }) : await renderPng(svgText, image.width, image.height, 2);
  saveFile(blob, fileName);
  return fileName;
}
