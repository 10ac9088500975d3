import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv, parseDelimited, rowForPath, slugify } from './csv-import';
import { validateDataset } from './validate';

const example = readFileSync('mocks/files/example.csv', 'utf8');

describe('CSV fields', () => {
  it('reads quotes, doubled quotes and line breaks inside quotes', () => {
    expect(parseDelimited('a,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4\n', ',')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });
  it('reads tab-separated text and skips blank lines', () => {
    expect(parseDelimited('a\tb\n\n1\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('makes ids from names, with stable ids for Chinese names', () => {
    expect(slugify('Green factories (added)')).toBe('green-factories-added');
    expect(slugify('四川省')).toBe(slugify('四川省'));
    expect(slugify('四川省')).toMatch(/^x-[a-z0-9]+$/);
    expect(slugify('四川省')).not.toBe(slugify('全国'));
  });
});

describe('importing the example file', () => {
  const imported = importCsv(`\uFEFF${example}`, 'example.csv');
  const result = validateDataset(imported.document);

  it('turns the long format into a valid dataset', () => {
    expect(imported.issues).toEqual([]);
    expect(imported.rows).toBe(7);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dropped).toEqual([]);
    expect(result.dataset.indicators.map((i) => [i.kind, i.frequency, i.series.length])).toEqual([
      ['flow', 'year', 1],
      ['rate', 'year', 2],
    ]);
    expect(result.dataset.themes.map((t) => t.name)).toEqual(['绿色制造', '工业增长']);
    const factories = result.dataset.indicators[0]!.series[0]!.points;
    expect(factories.map((p) => p.value)).toEqual([20, 37, 38]);
    expect(factories[1]).toMatchObject({ status: 'shortlist', note: '公示名单' });
  });

  it('cites sources, with links for URLs', () => {
    if (!result.ok) throw new Error('invalid');
    expect(result.dataset.sources).toEqual([
      { id: 's1', kind: 'derived', title: 'https://www.miit.gov.cn/', url: 'https://www.miit.gov.cn/' },
      { id: 's2', kind: 'derived', title: '四川省统计局, 2025' },
      { id: 's3', kind: 'derived', title: '国家统计局' },
    ]);
  });

  it('reads the same data from a tab-separated file without a byte-order mark', () => {
    const tsv = example.split('\n').map((line: string) => parseDelimited(line, ',')[0]?.join('\t') ?? '').join('\n');
    const again = validateDataset(importCsv(tsv, 'example.tsv').document);
    expect(again.ok && again.dataset.indicators[1]!.series[1]!.points.map((p) => p.value)).toEqual([5.8, 5.9]);
  });
});

describe('a CSV file with problems', () => {
  it('names missing columns', () => {
    expect(importCsv('indicator,region,value\nA,B,1', 'x.csv').issues).toEqual([{ row: 1, rule: 'csv-columns', message: 'missing column: period', got: 'period' }]);
  });

  it('leaves out ragged rows and says which', () => {
    const r = importCsv('indicator,region,period,value\nA,B,2020,1\nA,B,2021,2,extra', 'x.csv');
    expect(r.issues).toEqual([{ row: 3, rule: 'csv-row', message: '5 fields where the header has 4', count: 5, got: '4' }]);
  });

  it('keeps a non-numeric value for the validator and maps its path back to the row', () => {
    const r = importCsv('indicator,region,period,value\nA,B,2020,1\nA,B,2021,lots', 'x.csv');
    const result = validateDataset(r.document);
    expect(result.ok).toBe(false);
    const issue = !result.ok ? result.issues.find((i) => i.rule === 'finite-number') : undefined;
    expect(issue?.path).toBe('indicators[0].series[0].points[1].value');
    expect(rowForPath(r.rowOf, issue!.path)).toBe(3);
  });
});
