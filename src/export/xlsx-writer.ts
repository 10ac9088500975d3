import { zipSync, strToU8 } from 'fflate';

// A small writer of Office Open XML workbooks (.xlsx), enough for tables of numbers: shared
// strings, typed numeric cells with a number format, bold headers, frozen panes and column
// widths. It zips with fflate's synchronous API, which never starts a worker (fflate's
// asynchronous one makes workers from blob: URLs, which the strict CSP refuses) and uses no
// eval. Text cells are always strings (t="s"): a spreadsheet never runs them as formulas.

export interface XlsxCellObject {
  value: string | number | null;
  /** An Excel number format code such as `0.0` or `#,##0`; only for numbers. */
  format?: string | undefined;
  bold?: boolean | undefined;
}

export type XlsxCell = XlsxCellObject | string | number | null;

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** Rows kept in view while scrolling (the header). */
  frozenRows?: number;
  /** Columns kept in view while scrolling (the periods). */
  frozenColumns?: number;
  /** Column widths in characters. */
  widths?: readonly number[];
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A1-style column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty, and unique
 * within the workbook (a number is added when two would be the same).
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  let name = [...clean].slice(0, 31).join('');
  for (let i = 2; taken.has(name.toLowerCase()); i += 1) {
    const suffix = ` (${i})`;
    name = [...clean].slice(0, 31 - suffix.length).join('') + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Decimals as an Excel number format: 0 → `0`, 2 → `0.00`. */
export function decimalsFormat(decimals: number | undefined): string | undefined {
  if (decimals === undefined) return undefined;
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['|0', 0]]);
  private readonly list: { numFmt: number; bold: boolean }[] = [{ numFmt: 0, bold: false }];

  index(format: string | undefined, bold: boolean): number {
    let numFmt = 0;
    if (format) {
      numFmt = this.formats.get(format) ?? 164 + this.formats.size;
      this.formats.set(format, numFmt);
    }
    const key = `${numFmt}|${bold ? 1 : 0}`;
    let i = this.xfs.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.list.push({ numFmt, bold });
      this.xfs.set(key, i);
    }
    return i;
  }

  xml(): string {
    const numFmts = [...this.formats.entries()].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join('');
    const xfs = this.list
      .map((x) => `<xf numFmtId="${x.numFmt}" fontId="${x.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${x.numFmt ? ' applyNumberFormat="1"' : ''}${x.bold ? ' applyFont="1"' : ''}/>`)
      .join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
    );
  }
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;

  add(text: string): number {
    this.count += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t${/^\s|\s$|\n/.test(t) ? ' xml:space="preserve"' : ''}>${xmlText(t)}</t></si>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function sheetXml(sheet: XlsxSheet, styles: Styles, strings: SharedStrings): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((raw, c) => {
          const cell: XlsxCellObject = raw !== null && typeof raw === 'object' ? raw : { value: raw };
          const ref = `${columnName(c)}${r + 1}`;
          const style = styles.index(typeof cell.value === 'number' ? cell.format : undefined, cell.bold ?? false);
          const s = style ? ` s="${style}"` : '';
          if (cell.value === null || cell.value === '' || (typeof cell.value === 'number' && !Number.isFinite(cell.value))) {
            return style ? `<c r="${ref}"${s}/>` : '';
          }
          if (typeof cell.value === 'number') return `<c r="${ref}"${s} t="n"><v>${Object.is(cell.value, -0) ? 0 : cell.value}</v></c>`;
          return `<c r="${ref}"${s} t="s"><v>${strings.add(cell.value)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const fr = sheet.frozenRows ?? 0;
  const fc = sheet.frozenColumns ?? 0;
  const pane =
    fr || fc
      ? `<pane${fc ? ` xSplit="${fc}"` : ''}${fr ? ` ySplit="${fr}"` : ''} topLeftCell="${columnName(fc)}${fr + 1}" activePane="${fr && fc ? 'bottomRight' : fr ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const cols = sheet.widths?.length ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData></worksheet>`
  );
}

/** The workbook's bytes. Sheet names must already be valid and unique (see `sheetName`). */
export function buildXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const styles = new Styles();
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, styles, strings));
  });
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  files['[Content_Types].xml'] = strToU8(
    `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><bookViews><workbookView/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${rel}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheets.length + 2}" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(styles.xml());
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  return zipSync(files, { level: 6 });
}
