import type { Dataset } from '../data/dataset/schema';
import type { FigureModel } from '../data/figure/figure-model';
import { seriesLabels } from '../describe/series-labels';
import { shownUnit } from '../describe/values';
import { localText, type Lang } from '../i18n/lang';
import { targetText, targetVerdict } from '../describe/target-words';
import { MESSAGES } from '../i18n/messages';
import { citationLine } from '../describe/citation';
import { formatDate } from '../i18n/format-period';
import { csvText } from './sanitize';

// The numbers a chart shows, as a spreadsheet opens them: UTF-8 with a byte-order mark (Excel
// otherwise reads Chinese as mojibake), CRLF line ends and RFC 4180 quoting. Dataset text is
// never trusted to be inert: a text cell that a spreadsheet would run as a formula is defused.

export type CsvCell = string | number | null;

const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Numbers are written plainly (−3.5 stays a number a spreadsheet can sum); only text
 * that starts like a formula gets a leading apostrophe, which spreadsheets show as text.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const clean = csvText(cell);
  const text = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The lines a download opens with, so that it can be cited once it has left the dashboard: the
 * dataset's title, its revision date, every source the figure cites and the citation line, in the
 * interface's language. Each is one cell starting with `#`: Open data skips such a leading block,
 * so a downloaded CSV can be opened again as it is.
 */
export function citationRows(dataset: Dataset, sourceIds: readonly string[], lang: Lang, figure?: string): CsvCell[][] {
  const m = MESSAGES[lang];
  const wanted = new Set(sourceIds);
  const sources = dataset.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => `# ${m.sourcesLabel}${m.punct.colon}${localText(s.title, lang)}${s.publisher ? `${m.punct.open}${localText(s.publisher, lang)}${m.punct.close}` : ''}${s.url ? ` ${s.url}` : ''}`);
  return [
    [`# ${localText(dataset.title, lang)}`],
    [`# ${m.updated(formatDate(dataset.updated, lang))}`],
    ...sources.map((line) => [line]),
    [`# ${citationLine(dataset, lang, figure ? { figure } : {})}`],
  ];
}

/**
 * Header and one row per point shown, series by series, with each point's own source. Several
 * models (the small multiples of a comparison) give one table, one model after the other.
 */
export function figureCsvRows(dataset: Dataset, models: readonly FigureModel[], lang: Lang): CsvCell[][] {
  const m = MESSAGES[lang];
  const rows: CsvCell[][] = [[...m.exports.csvColumns, ...m.stats.csvColumns]];
  for (const model of models) {
    const labels = seriesLabels(dataset, model, lang);
    for (const series of model.series) {
      const indicator = model.entries.find((e) => e.indicator.id === series.indicatorId)?.indicator;
      const name = indicator ? localText(indicator.name, lang) : series.indicatorId;
      const unit = shownUnit(series.unit, lang, model.shown[model.entries.findIndex((e) => e.indicator.id === series.indicatorId)]?.base);
      const targets = model.targets.filter((t) => t.seriesKey === series.key);
      const breaks = model.breaks.filter((b) => b.indicatorId === series.indicatorId && (b.break.region === undefined || b.break.region === series.region));
      let previousT = Number.NEGATIVE_INFINITY;
      for (const p of series.points) {
        const source = p.source === null ? undefined : dataset.sources.find((s) => s.id === p.source);
        // The target on the row of the figure it judges; the break on the first row after it.
        const target = targets.find((t) => (t.judgement.actual?.period ?? t.judgement.target.period) === p.period);
        const breakHere = breaks.find((b) => b.t > previousT && b.t <= p.t + 1e-9);
        previousT = p.t;
        rows.push([
          name,
          labels.get(series.key) ?? series.region,
          p.period,
          p.value,
          unit,
          p.status ? m.statusNames[p.status] : '',
          source ? localText(source.title, lang) : '',
          source?.url ?? '',
          p.rank?.change ?? null,
          target ? target.judgement.target.value : null,
          target && indicator ? targetText(target.judgement, indicator, lang) : '',
          target && indicator ? targetVerdict(target.judgement, indicator, lang) : '',
          breakHere ? localText(breakHere.break.note, lang) : '',
        ]);
      }
    }
  }
  return rows;
}
