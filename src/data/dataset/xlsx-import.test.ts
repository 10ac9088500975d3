import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../load/parse-dataset';
import { importCsv } from './csv-import';
import { readXlsx, xlsxToCsv, XlsxReadError } from './xlsx-import';

// A workbook as another producer writes it: inline strings and shared strings with rich text,
// cells left out, a row skipped, a date cell, a number with float noise.
function workbook(sheetXml: string, shared: string[] = [], styles = ''): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${ns} xmlns:r="r"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<sst ${ns}>${shared.map((s) => `<si>${s}</si>`).join('')}</sst>`),
    'xl/styles.xml': strToU8(`<styleSheet ${ns}>${styles}</styleSheet>`),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetXml}</sheetData></worksheet>`),
  });
}

const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>';
const shared = ['<t>indicator</t>', '<t>region</t>', '<t>period</t>', '<t>value</t>', '<t>note</t>', '<r><t>工业</t></r><r><rPr><b/></rPr><t>用电量</t></r><rPh><t>こう</t></rPh>'];

describe('readXlsx', () => {
  it('reads shared, rich and inline strings, numbers as written and rows by their numbers', () => {
    const bytes = workbook(
      header +
        '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="inlineStr"><is><t>四川省</t></is></c><c r="C2"><v>2021</v></c><c r="D2"><v>6.6000000000000005</v></c></row>' +
        '<row r="4"><c r="A4" t="s"><v>5</v></c><c r="B4" t="inlineStr"><is><t>A &amp; B</t></is></c><c r="C4" t="str"><v>2023-Q2</v></c><c r="E4" t="inlineStr"><is><t>x_x000D_y</t></is></c></row>',
      shared,
    );
    const table = readXlsx(bytes);
    expect(table.sheet).toBe('数据');
    expect(table.rows).toEqual([['indicator', 'region', 'period', 'value', 'note'], ['工业用电量', '四川省', '2021', '6.6'], [], ['工业用电量', 'A & B', '2023-Q2', '', 'x\ry']]);
  });

  it('shows a date-formatted cell as its date, not a day count', () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const table = readXlsx(workbook('<row r="1"><c r="A1" s="1"><v>45078</v></c><c r="B1" s="2"><v>45078</v></c><c r="C1"><v>45078</v></c></row>', [], styles));
    expect(table.rows[0]).toEqual(['2023-06-01', '2023-06-01', '45078']);
  });

  it('refuses what is not a workbook, saying so', () => {
    expect(() => readXlsx(strToU8('indicator,region\n'))).toThrow(XlsxReadError);
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/no xl\/workbook\.xml/);
    expect(() => readXlsx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(/could not be unpacked/);
  });
});

describe('an Excel file in the long format', () => {
  it('goes through the CSV importer and the validator, with the rows of the sheet', () => {
    const bytes = workbook(
      header +
        '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="inlineStr"><is><t>四川省</t></is></c><c r="C2"><v>2021</v></c><c r="D2"><v>10</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="inlineStr"><is><t>四川省</t></is></c><c r="C3"><v>2022</v></c><c r="D3" t="inlineStr"><is><t>lots</t></is></c></row>',
      shared,
    );
    const imported = importCsv(xlsxToCsv(bytes), 'power.xlsx');
    expect(imported.issues).toEqual([]);
    expect(imported.rowOf.get('indicators[0].series[0].points[1]')).toBe(3);
    const outcome = parseDatasetText(xlsxToCsv(bytes), 'power.xlsx');
    expect(outcome.ok).toBe(false);
    expect(outcome.report.fatal).toEqual([expect.objectContaining({ rule: 'finite-number', row: 3, path: 'indicators[0].series[0].points[1].value' })]);
  });

  it('reads the example saved by LibreOffice Calc as the example CSV reads', () => {
    const fromXlsx = parseDatasetText(xlsxToCsv(new Uint8Array(readFileSync('mocks/files/example.xlsx'))), 'example.xlsx');
    const fromCsv = parseDatasetText(readFileSync('mocks/files/example.csv', 'utf8'), 'example.csv');
    expect(fromXlsx.ok && fromCsv.ok).toBe(true);
    if (!fromXlsx.ok || !fromCsv.ok) return;
    expect({ ...fromXlsx.dataset, id: '', title: '' }).toEqual({ ...fromCsv.dataset, id: '', title: '' });
    expect(fromXlsx.dataset.indicators.map((i) => i.series.map((s) => s.points.map((p) => p.value)))).toEqual([[[20, 37, 38]], [[6.6, 6.5], [5.8, 5.9]]]);
  });
});
