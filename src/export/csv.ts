import type { Dataset, Indicator } from '../data/schema';
import type { TransformResult } from '../data/transforms';
import { shownUnit } from '../data/summary';
import { localText, type Lang } from '../i18n/lang';
import { MESSAGES } from '../i18n/messages';

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
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Header and one row per point shown, series by series, with each point's own source. */
export function chartCsvRows(dataset: Dataset, indicator: Indicator, result: TransformResult, lang: Lang): CsvCell[][] {
  const m = MESSAGES[lang];
  const regionName = (id: string) => localText(dataset.regions.find((r) => r.id === id)?.name ?? id, lang);
  const name = localText(indicator.name, lang);
  const unit = shownUnit(indicator, result, lang);
  const rows: CsvCell[][] = [m.exports.csvColumns];
  for (const series of result.series) {
    const region = series.vsRegion ? m.explorer.gapLabel(regionName(series.region), regionName(series.vsRegion)) : regionName(series.region);
    for (const p of series.points) {
      const source = p.source === null ? undefined : dataset.sources.find((s) => s.id === p.source);
      rows.push([
        name,
        region,
        p.period,
        p.value,
        unit,
        p.status ? m.statusNames[p.status] : '',
        source ? localText(source.title, lang) : '',
        source?.url ?? '',
      ]);
    }
  }
  return rows;
}
