import { seriesColor, seriesDash, type ChartTheme } from '../charts/palette';
import type { ChartText } from '../describe/chart-text';
import { xmlText } from './sanitize';

// A chart as a standalone picture: the chart's own SVG, cloned with its computed styles written
// in as presentation attributes, framed by title, unit, summary, legend with the key of flagged
// points, the first few sources, the dataset's title and date, and the suggested citation.
// Everything is built with DOM APIs and serialized by XMLSerializer, so dataset text is always
// escaped. No style attribute and no <style> element is written: the page's CSP forbids inline
// styles, and presentation attributes are what Inkscape and every browser read anyway.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** System fonts only: an SVG drawn as an image cannot load web fonts. CJK faces come early. */
export const EXPORT_FONT =
  "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'Segoe UI', Roboto, sans-serif";

const PAD = 16;

/** Computed properties that decide how the chart looks; copied onto each cloned element. */
const INLINED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Parts of a live chart that belong to the pointer, not to the picture. */
const TRANSIENT = '.recharts-tooltip-cursor, .recharts-active-dot, .recharts-tooltip-wrapper, .chart-cursor, .active-dots, .focus-marks';

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** The chart's SVG with every computed style written in, and nothing that needs the page. */
function cloneSurface(surface: SVGSVGElement): SVGSVGElement {
  const clone = surface.cloneNode(true) as SVGSVGElement;
  const originals = [surface, ...surface.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(original);
    for (const property of INLINED) {
      const value = computed.getPropertyValue(property);
      if (value) copy.setAttribute(property, value);
    }
    copy.removeAttribute('style');
    copy.removeAttribute('tabindex');
    copy.removeAttribute('role');
  });
  for (const transient of clone.querySelectorAll(TRANSIENT)) transient.remove();
  return clone;
}

interface TextBlock {
  lines: string[];
  size: number;
  weight: number;
  lineHeight: number;
  color: string;
}

let measureContext: CanvasRenderingContext2D | null = null;

function measure(text: string, size: number, weight: number): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size;
  measureContext.font = `${weight} ${size}px ${EXPORT_FONT}`;
  return measureContext.measureText(text).width;
}

// Chinese breaks between any two characters, except before closing punctuation; other
// scripts break at spaces.
const TOKENS = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][，。；：、！？）》」』”’,.;:!?)]*|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g;

/** Lines no wider than `width`, breaking where the language allows. */
export function wrapText(text: string, width: number, size: number, weight: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const next = line + token;
    if (line !== '' && measure(next.trimEnd(), size, weight) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The most lines a block of text takes; the whole text is in the picture's title and description. */
const MAX_LINES = 4;

function block(text: string, width: number, size: number, weight: number, lineHeight: number, color: string): TextBlock {
  const all = text ? wrapText(text, width, size, weight) : [];
  const lines = all.slice(0, MAX_LINES).map((line, i, kept) => fitLine(i === kept.length - 1 && all.length > kept.length ? `${line}…` : line, width, size, weight));
  return { lines, size, weight, lineHeight, color };
}

/**
 * A line cut to `width` with an ellipsis where it is wider: a word of 100,000 letters once ran
 * a million pixels off the picture (issue 14). The cut is found by halving, so it costs a few
 * measurements however long the word.
 */
export function fitLine(line: string, width: number, size: number, weight: number): string {
  if (measure(line, size, weight) <= width) return line;
  const chars = Array.from(line);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, size, weight) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('')}…`;
}

function drawBlock(root: SVGSVGElement, b: TextBlock, y: number): number {
  for (const [i, line] of b.lines.entries()) {
    // The baseline sits about four fifths down the line box for these faces.
    const text = el('text', { x: PAD, y: y + i * b.lineHeight + b.size * 0.95 + (b.lineHeight - b.size * 1.2) / 2, 'font-size': b.size, 'font-weight': b.weight, fill: b.color });
    text.textContent = line;
    root.append(text);
  }
  return y + b.lines.length * b.lineHeight;
}

interface KeyItem {
  label: string;
  mark: (x: number, mid: number) => SVGElement;
}

/** Rows of key items (a swatch, then its words), wrapping at the picture's width. */
function drawKey(root: SVGSVGElement, items: readonly KeyItem[], theme: ChartTheme, width: number, y: number): number {
  if (items.length === 0) return y;
  const size = 12;
  const lineHeight = 18;
  let x = PAD;
  let row = y;
  for (const item of items) {
    // A name never wider than the picture: the rest is cut with an ellipsis.
    const text = fitLine(item.label, width - 2 * PAD - 42, size, 400);
    const itemWidth = 28 + measure(text, size, 400) + 14;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      row += lineHeight;
    }
    const mid = row + lineHeight / 2;
    root.append(item.mark(x, mid));
    const label = el('text', { x: x + 28, y: mid + size * 0.35, 'font-size': size, fill: theme.mutedText });
    label.textContent = text;
    root.append(label);
    x += itemWidth;
  }
  return row + lineHeight;
}

/** Which line is which region (two or more), then what a flagged point's hollow, dashed mark means. */
function drawLegend(root: SVGSVGElement, text: ChartText, theme: ChartTheme, width: number, y: number, bars: boolean): number {
  const series: KeyItem[] = (text.legend.length < 2 ? [] : text.legend).map((entry) => {
    const color = seriesColor(theme, entry.styleIndex);
    const dash = seriesDash(entry.styleIndex);
    return {
      label: entry.label,
      mark: (x, mid) =>
        bars
          ? el('rect', { x: x + 6, y: mid - 5, width: 12, height: 10, fill: color })
          : el('line', { x1: x, y1: mid, x2: x + 24, y2: mid, stroke: color, 'stroke-width': 2, ...(dash ? { 'stroke-dasharray': dash } : {}) }),
    };
  });
  const statuses: KeyItem[] = text.statusKey.map((entry) => ({
    label: entry.label,
    mark: (x, mid) =>
      bars
        ? el('rect', { x: x + 6, y: mid - 5, width: 12, height: 10, fill: theme.mutedText, 'fill-opacity': 0.3, stroke: theme.mutedText, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' })
        : el('circle', { cx: x + 12, cy: mid, r: 4.5, fill: theme.background, stroke: theme.mutedText, 'stroke-width': 1.5, 'stroke-dasharray': '2 1.5' }),
  }));
  const afterSeries = drawKey(root, series, theme, width, y);
  return drawKey(root, statuses, theme, width, afterSeries);
}

export interface ComposedImage {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

/**
 * The picture: `width` is the figure's width on screen, so the PNG at twice the density is
 * exactly twice the figure; the height is whatever the text and chart need.
 */
export function composeChartSvg(surface: SVGSVGElement, text: ChartText, theme: ChartTheme, figureWidth: number, bars: boolean): ComposedImage {
  const chart = cloneSurface(surface);
  const chartBox = surface.getBoundingClientRect();
  const chartWidth = Math.round(chartBox.width);
  const chartHeight = Math.round(chartBox.height);
  const width = Math.max(Math.round(figureWidth), chartWidth + 2 * PAD);
  const inner = width - 2 * PAD;

  // XMLSerializer declares the SVG namespace on the root itself.
  const root = el('svg', { width, height: 0, viewBox: `0 0 ${width} 0`, 'font-family': EXPORT_FONT });
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: theme.background });
  root.append(background);
  const title = el('title', {});
  title.textContent = text.title;
  const desc = el('desc', {});
  desc.textContent = text.summary;
  root.append(title, desc);

  let y = PAD;
  y = drawBlock(root, block(text.title, inner, 18, 600, 24, theme.text), y);
  y = drawBlock(root, block(text.unitLine, inner, 12, 400, 18, theme.mutedText), y + 2);
  y = drawBlock(root, block(text.summary, inner, 14, 400, 20, theme.text), y + 6);
  y = drawLegend(root, text, theme, width, y + 6, bars);

  chart.setAttribute('x', String(PAD + (inner - chartWidth) / 2));
  chart.setAttribute('y', String(y + 4));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  root.append(chart);
  y += 4 + chartHeight + 8;

  root.append(el('line', { x1: PAD, y1: y, x2: width - PAD, y2: y, stroke: theme.grid, 'stroke-width': 1 }));
  // A picture has room for a few sources; the full list travels in CSV and Excel.
  y = drawBlock(root, block(text.compactSources, inner, 12, 400, 17, theme.mutedText), y + 6);
  y = drawBlock(root, block(text.footer, inner, 12, 400, 17, theme.mutedText), y);
  y = drawBlock(root, block(text.citation, inner, 12, 400, 17, theme.mutedText), y);
  const height = Math.ceil(y + PAD);

  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  background.setAttribute('height', String(height));
  return { svg: root, width, height };
}

/** The SVG file (and the PNG's source): XMLSerializer writes control characters as they are, so they are replaced here. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlText(new XMLSerializer().serializeToString(svg))}`;
}

/** Draws the SVG at `scale`× its size and encodes a PNG; blob: images are allowed by the CSP. */
export async function renderPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
