import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../data/dataset/schema';
import { validateDataset } from '../data/dataset/validate';
import { figureModel } from '../data/figure/figure-model';
import { resolveFigureSettings, type FigureParams } from '../data/figure/figure-settings';
import { readXlsx } from '../data/dataset/xlsx-import';
import raw from '../../public/data/sichuan-industry.json';
import { datasetWorkbook, figureWorkbook } from './xlsx';
import { buildXlsx, columnName, sheetName } from './xlsx-writer';

const indicator: Indicator = {
  id: 'g',
  theme: 't',
  name: { zh: '新增绿色工厂', en: 'Green factories added' },
  unit: { zh: '家', en: 'factories' },
  kind: 'flow',
  frequency: 'year',
  cumulative: false,
  highlight: false,
  decimals: 1,
  series: [
    {
      region: 'sc',
      points: [
        { period: '2021', value: 20, source: 'a' },
        { period: '2022', value: 37.25, source: 'b', status: 'shortlist', note: { zh: '公示名单', en: 'shortlist' } },
        { period: '2023', value: null, source: null },
      ],
    },
    { region: 'cn', points: [{ period: '2022', value: -3.5, source: 'a' }] },
  ],
};
const dataset: Dataset = {
  format: 'indicator-dataset/v1',
  id: 'd',
  title: { zh: '四川工业', en: 'Sichuan industry' },
  updated: '2026-11-27',
  regions: [
    { id: 'sc', name: { zh: '四川省', en: 'Sichuan' } },
    { id: 'cn', name: { zh: '全国', en: 'China' } },
  ],
  themes: [{ id: 't', name: 'T' }],
  sources: [
    { id: 'a', kind: 'official', title: { zh: '名单,2021年', en: 'List, 2021' }, url: 'https://example.org/a' },
    { id: 'b', kind: 'primary', title: '=cmd' },
    { id: 'unused', kind: 'primary', title: 'Not cited' },
  ],
  indicators: [indicator],
  annotations: [],
  milestones: [],
};
const model = (params: FigureParams) => figureModel({ dataset, entries: [{ indicator, settings: resolveFigureSettings(params, indicator, dataset) }], plotWidth: 0 });

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('the workbook of a chart', () => {
  const bytes = figureWorkbook(dataset, [model({ regions: ['sc', 'cn'] })], 'zh');
  const xml = parts(bytes);

  it('is a zip of the parts Excel needs', () => {
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(Object.keys(xml).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'].sort(),
    );
    expect(xml['xl/workbook.xml']).toContain('<sheet name="新增绿色工厂" sheetId="1" r:id="rId1"/>');
    expect(xml['xl/workbook.xml']).toContain('<sheet name="来源" sheetId="2" r:id="rId2"/>');
  });

  it('writes numbers as numeric cells in the indicator’s decimals, under a frozen header', () => {
    const sheet = xml['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>');
    const b3 = /<c r="B3" s="(\d+)" t="n"><v>37.25<\/v><\/c>/.exec(sheet);
    expect(b3).not.toBeNull();
    expect(sheet).toMatch(/<c r="E3" s="\d+" t="n"><v>-3.5<\/v><\/c>/);
    // The style of B3 points at a custom number format "0.0".
    const xfs = [...xml['xl/styles.xml']!.matchAll(/<xf numFmtId="(\d+)"[^>]*\/>/g)].slice(1).map((m) => m[1]);
    const numFmtId = xfs[Number(b3![1])];
    expect(xml['xl/styles.xml']).toContain(`<numFmt numFmtId="${numFmtId}" formatCode="0.0"/>`);
    // A gap is an empty cell, not 0 or text.
    expect(sheet).not.toMatch(/<c r="B4"[^>]*><v>/);
  });

  it('reads back in another library: periods in rows, regions in columns, status and note beside', async () => {
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['新增绿色工厂', '来源']);
    const data = sheets[0]!.data;
    expect(data[0]).toEqual(['时期', '四川省（家）', '四川省 状态', '四川省 注释', '全国（家）', '全国 状态', '全国 注释']);
    expect(data.slice(1).map((r) => r[0])).toEqual(['2021', '2022', '2023']);
    expect(data[2]).toEqual(['2022', 37.25, '公示名单', '公示名单', -3.5, null, null]);
    expect(typeof data[1]![1]).toBe('number');
    const sources = sheets[1]!.data.map((r) => r.filter((c) => c !== null));
    expect(sources[0]).toEqual(['四川工业']);
    expect(sources[1]).toEqual(['数据更新于2026年11月27日']);
    expect(sources.slice(4, 6).map((r) => r[0])).toEqual(['名单,2021年', '=cmd']);
    expect(sources.flat()).not.toContain('Not cited');
    expect(String(sources.at(-1)![0])).toMatch(/^建议引用：四川工业·新增绿色工厂（数据更新于2026年11月27日）/);
  });

  it('exports what the chart shows: its transform and range', async () => {
    const sheets = await readXlsxFile(Buffer.from(figureWorkbook(dataset, [model({ transform: 'running-total', from: '2022', to: '2022', regions: ['sc'] })], 'en')));
    expect(sheets[0]!.data).toEqual([
      ['Period', 'Sichuan (factories)', 'Sichuan status', 'Sichuan note'],
      // A running total is no longer the published figure: its status stays, the note does not.
      ['2022', 57.25, 'shortlist', null],
    ]);
  });

  it('keeps text that looks like a formula as text', () => {
    expect(xml['xl/sharedStrings.xml']).toContain('<t>=cmd</t>');
    expect(xml['xl/worksheets/sheet2.xml']).not.toContain('<f>');
  });
});

describe('the workbook of a dataset', () => {
  const published = validateDataset(raw);
  if (!published.ok) throw new Error('fixture invalid');
  const whole = published.dataset;

  it('has one sheet per indicator and the sources, every value as published', async () => {
    const sheets = await readXlsxFile(Buffer.from(datasetWorkbook(whole, 'en')));
    expect(sheets).toHaveLength(whole.indicators.length + 1);
    expect(sheets.at(-1)!.sheet).toBe('Sources');
    expect(new Set(sheets.map((s) => s.sheet)).size).toBe(sheets.length);
    expect(sheets.every((s) => s.sheet.length <= 31)).toBe(true);
    const sources = sheets.at(-1)!.data.slice(4).filter((r) => r[0] !== null && !String(r[0]).startsWith('Suggested'));
    expect(sources).toHaveLength(whole.sources.length);
    // Every published number of the first indicator is in its sheet, in its place.
    const first = whole.indicators[0]!;
    const data = sheets[0]!.data;
    for (const [i, series] of first.series.entries()) {
      for (const p of series.points) {
        const row = data.find((r) => r[0] === p.period);
        expect(row?.[1 + 3 * i] ?? null).toBe(p.value);
      }
    }
  });
});

describe('the writer', () => {
  it('names columns and sheets as Excel requires', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    const taken = new Set<string>();
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    expect(sheetName('A B C', taken)).toBe('A B C (2)');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('', taken)).toBe('Sheet');
  });

  it('carries any text, control characters replaced, and reads it back', () => {
    const text = '<b>&"四川"\u0007 ‮rtl';
    const table = readXlsx(buildXlsx([{ name: 'S', rows: [[text, 1.5, null, 'end']] }]));
    expect(table.rows).toEqual([['<b>&"四川"\uFFFD ‮rtl', '1.5', '', 'end']]);
  });
});
