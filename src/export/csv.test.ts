import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../data/dataset/schema';
import { figureModel } from '../data/figure/figure-model';
import { resolveFigureSettings, type FigureParams } from '../data/figure/figure-settings';
import { importCsv } from '../data/dataset/csv-import';
import { buildCsv, citationRows, csvCell, figureCsvRows } from './csv';

describe('csvCell', () => {
  it('writes numbers plainly, negatives included, and nothing for a gap', () => {
    expect(csvCell(6.5)).toBe('6.5');
    expect(csvCell(-0.1)).toBe('-0.1');
    expect(csvCell(null)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge blanks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('四川省')).toBe('四川省');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('buildCsv', () => {
  it('starts with the byte-order mark and ends every line with CRLF', () => {
    expect(buildCsv([['a', 1], ['b', null]])).toBe('\uFEFFa,1\r\nb,\r\n');
  });
});

describe('figureCsvRows', () => {
  const indicator: Indicator = {
    id: 'g',
    theme: 't',
    name: { zh: '新增绿色工厂', en: 'Green factories added' },
    unit: { zh: '家', en: 'factories' },
    kind: 'flow',
    frequency: 'year',
    cumulative: false,
    highlight: false,
    series: [
      {
        region: 'sc',
        points: [
          { period: '2021', value: 20, source: 'a' },
          { period: '2022', value: 37, source: 'b', status: 'shortlist' },
          { period: '2023', value: null, source: null },
        ],
      },
    ],
  };
  const dataset: Dataset = {
    format: 'indicator-dataset/v1',
    id: 'd',
    title: 'D',
    updated: '2026-11-27',
    regions: [{ id: 'sc', name: { zh: '四川省', en: 'Sichuan' } }],
    themes: [{ id: 't', name: 'T' }],
    sources: [
      { id: 'a', kind: 'official', title: { zh: '名单,2021年', en: 'List, 2021' }, url: 'https://example.org/a' },
      { id: 'b', kind: 'primary', title: '=cmd' },
    ],
    indicators: [indicator],
    annotations: [],
    milestones: [],
  };

  const model = (params: FigureParams) => figureModel({ dataset, entries: [{ indicator, settings: resolveFigureSettings(params, indicator, dataset) }], plotWidth: 0 });

  it('writes the header in the language and one row per point shown', () => {
    const csv = buildCsv(figureCsvRows(dataset, [model({})], 'zh'));
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF指标,地区,时期,数值,单位,状态,来源,来源网址,位次变化,目标,目标比较,目标判断,口径调整',
      '新增绿色工厂,四川省,2021,20,家,,"名单,2021年",https://example.org/a,,,,,',
      "新增绿色工厂,四川省,2022,37,家,公示名单,'=cmd,,,,,,",
      '新增绿色工厂,四川省,2023,,家,,,,,,,,',
      '',
    ]);
  });

  it('writes the transform and range shown, in English', () => {
    // Running total of 20 then 37 from 2021 is 20, 57; `from=2022` keeps only 57.
    const rows = figureCsvRows(dataset, [model({ transform: 'running-total', from: '2022', to: '2022' })], 'en');
    expect(rows).toEqual([
      ['Indicator', 'Region', 'Period', 'Value', 'Unit', 'Status', 'Source title', 'Source URL', 'Rank change', 'Target', 'Target comparison', 'Target judgement', 'Break in series'],
      ['Green factories added', 'Sichuan', '2022', 57, 'factories', 'shortlist', '=cmd', '', null, null, '', '', ''],
    ]);
  });

  it('writes targets, breaks and changes of rank in their own columns', () => {
    // 2022's 37 (a shortlist figure) against a target of at least 30: 7 above, met; a break from 2022 on.
    const withStats: Dataset = {
      ...dataset,
      targets: [{ indicator: indicator.id, region: 'sc', period: '2022', value: 30, comparison: 'at-least', source: 'a' }],
      breaks: [{ indicator: indicator.id, period: '2022', note: { zh: '名单口径调整', en: 'List criteria changed' } }],
    };
    const rows = figureCsvRows(withStats, [figureModel({ dataset: withStats, entries: [{ indicator, settings: resolveFigureSettings({}, indicator, withStats) }], plotWidth: 0 })], 'en');
    expect(rows.map((r) => r.slice(2, 4).concat(r.slice(8)))).toEqual([
      ['Period', 'Value', 'Rank change', 'Target', 'Target comparison', 'Target judgement', 'Break in series'],
      ['2021', 20, null, null, '', '', ''],
      ['2022', 37, null, 30, 'at least 30 factories', '7 factories above target (shortlist), target met', 'List criteria changed'],
      ['2023', null, null, null, '', '', ''],
    ]);
  });
});

describe('citationRows', () => {
  const dataset: Dataset = {
    format: 'indicator-dataset/v1',
    id: 'd',
    title: { zh: '四川工业', en: 'Sichuan industry' },
    updated: '2026-11-27',
    regions: [{ id: 'sc', name: { zh: '四川省', en: 'Sichuan' } }],
    themes: [{ id: 't', name: 'T' }],
    sources: [
      { id: 'a', kind: 'official', title: { zh: '名单', en: 'List' }, publisher: { zh: '工信部', en: 'MIIT' }, url: 'https://example.org/a' },
      { id: 'b', kind: 'primary', title: 'Not cited' },
    ],
    indicators: [
      {
        id: 'g',
        theme: 't',
        name: 'G',
        unit: 'u',
        kind: 'flow',
        frequency: 'year',
        cumulative: false,
        highlight: false,
        series: [{ region: 'sc', points: [{ period: '2021', value: 20, source: 'a' }] }],
      },
    ],
    annotations: [],
    milestones: [],
  };

  it('opens the download with title, date, the sources cited and the citation, in the language', () => {
    expect(citationRows(dataset, ['a'], 'zh', '新增绿色工厂')).toEqual([
      ['# 四川工业'],
      ['# 数据更新于2026年11月27日'],
      ['# 来源：名单（工信部） https://example.org/a'],
      ['# 建议引用：四川工业·新增绿色工厂（数据更新于2026年11月27日）。'],
    ]);
    expect(citationRows(dataset, ['a'], 'en')).toEqual([
      ['# Sichuan industry'],
      ['# Data updated 27 Nov 2026'],
      ['# Source: List (MIIT) https://example.org/a'],
      ['# Suggested citation: Sichuan industry (data updated 27 Nov 2026).'],
    ]);
  });

  it('leaves a download that Open data reads again, rows numbered as in the file', () => {
    const csv = buildCsv([...citationRows(dataset, ['a'], 'en', 'G, with a comma'), ['indicator', 'region', 'period', 'value'], ['G', 'Sichuan', '2021', 20], ['G', 'Sichuan', '2022', 'lots']]);
    const imported = importCsv(csv, 'g.csv');
    expect(imported.issues).toEqual([]);
    expect(imported.rows).toBe(2);
    expect(imported.rowOf.get('indicators[0].series[0].points[1]')).toBe(7);
  });
});
