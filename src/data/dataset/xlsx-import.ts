import { unzipSync, strFromU8 } from 'fflate';

// Reads an Excel workbook (.xlsx) in the long format of docs/data-format.md, the CSV's columns
// in the first row, and hands it on as the CSV it would have been saved as: the same importer,
// the same validation, the same report, with rows numbered as in the sheet. Only the parts of
// the file that hold cells are read (workbook, shared strings, styles, sheets); it unzips with
// fflate's synchronous API (no worker, no eval) and reads the XML with plain string scanning, so
// it runs alike in the browser and in Node (the validator).

export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

export interface XlsxTable {
  sheet: string;
  /** Cells by row (the sheet's own row numbers, 1-based: rows[0] is row 1); text as shown. */
  rows: string[][];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9A-F]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}

/** Text of an `<si>` or `<is>`: every `<t>` run, without phonetic guides. */
function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += decodeXml(m[1]!);
  return text;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0]?.toUpperCase() ?? '') n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Number formats that show a date (Excel stores dates as day counts since 1899-12-30). */
function dateStyles(stylesXml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attribute(m[0], 'numFmtId')), attribute(m[0], 'formatCode') ?? '');
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  [...cellXfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (custom.has(id) && /[ymdhs]/i.test(code))) dates.add(i);
  });
  return dates;
}

function serialToDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** The number as text, as short as it can be written (6.6, not 6.6000000000000005). */
function numberText(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw.trim();
  return String(Number(n.toPrecision(15)));
}

/** The first sheet of the workbook (or the first whose header has the format's columns). */
export function readXlsx(bytes: Uint8Array): XlsxTable {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxReadError('The file is not an Excel workbook (.xlsx): it is not a zip archive');
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => /^(xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml))$/i.test(f.name) });
  } catch (error) {
    throw new XlsxReadError(`The Excel file could not be unpacked: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = (name: string) => {
    const key = Object.keys(files).find((k) => k.toLowerCase() === name.toLowerCase());
    return key ? strFromU8(files[key]!) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxReadError('The file is not an Excel workbook (.xlsx): it has no xl/workbook.xml');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ name: attribute(m[0], 'name') ?? '', path: rels.get(attribute(m[0], 'r:id') ?? '') ?? '' }));
  if (sheets.length === 0) throw new XlsxReadError('The Excel file has no sheets');
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((m) => (m[1] ? runText(m[1]) : ''));
  const dates = dateStyles(text('xl/styles.xml'));

  const tables = sheets.map(({ name, path }) => ({ sheet: name, rows: readSheet(text(path) ?? '', shared, dates) }));
  const hasColumns = (t: XlsxTable) => {
    const header = (t.rows.find((r) => r.some((c) => c.trim() !== '' && !c.trim().startsWith('#'))) ?? []).map((c) => c.trim().toLowerCase());
    return ['indicator', 'region', 'period', 'value'].every((c) => header.includes(c));
  };
  return tables.find(hasColumns) ?? tables[0]!;
}

function readSheet(xml: string, shared: readonly string[], dates: ReadonlySet<number>): string[][] {
  const rows: string[][] = [];
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? '';
  let nextRow = 1;
  for (const rm of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attribute(rm[0], 'r') ?? nextRow);
    nextRow = r + 1;
    const cells: string[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c${cm[1]}>`;
      const ref = attribute(tag, 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const type = attribute(tag, 't') ?? 'n';
      const body = cm[2] ?? '';
      const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value = '';
      if (type === 's') value = shared[Number(v)] ?? '';
      else if (type === 'inlineStr') value = runText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (type === 'str' || type === 'e') value = v === undefined ? '' : decodeXml(v);
      else if (type === 'b') value = v === '1' ? 'TRUE' : v === undefined ? '' : 'FALSE';
      else if (v !== undefined) value = dates.has(Number(attribute(tag, 's') ?? 0)) ? serialToDate(Number(v)) : numberText(decodeXml(v));
      while (cells.length < col) cells.push('');
      cells[col] = value;
    }
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
  }
  return rows;
}

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`;
}

/**
 * The sheet as the CSV text the importer reads. Blank rows stay as blank lines (which it skips)
 * and every field is quoted, so commas, quotes and line breaks in cells arrive as they are.
 */
export function xlsxTableToCsv(table: XlsxTable): string {
  const blank = (r: readonly string[]) => !r.some((c) => c.trim() !== '');
  const headerAt = table.rows.findIndex((r) => !blank(r) && !r[0]?.trim().startsWith('#'));
  const header = table.rows[headerAt] ?? [];
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === '') width -= 1;
  return table.rows
    .map((r, i) => {
      if (blank(r)) return '';
      let cells = r;
      if (i >= headerAt) {
        // Excel leaves out empty cells at the end of a row: a row keeps the header's width, and
        // only what lies beyond it that is not empty makes it longer (a ragged row, reported).
        let end = r.length;
        while (end > width && r[end - 1]!.trim() === '') end -= 1;
        cells = [...r.slice(0, end), ...Array<string>(Math.max(0, width - end)).fill('')];
      }
      return cells.map(quote).join(',');
    })
    .join('\r\n');
}

export function xlsxToCsv(bytes: Uint8Array): string {
  return xlsxTableToCsv(readXlsx(bytes));
}
