import { describe, expect, it } from 'vitest';
import { badCsvCases } from '../../mocks/bad-csv';
import { ruleMessage } from './validation-words';
import { slugify } from '../data/dataset/csv-import';
import { parseDatasetText } from '../data/load/parse-dataset';

// Every bad CSV file of mocks/bad-csv.ts through the import and the validator: refused or
// loaded as the table says, with exactly the problems it lists, worded as it says.

describe.each(badCsvCases)('CSV file: $name', (c) => {
  const outcome = parseDatasetText(c.text, c.fileName);
  const { report } = outcome;
  const issues = [...report.fatal, ...report.dropped.flatMap((d) => d.issues), ...report.warnings];

  it(c.loads ? 'loads' : 'is refused as a whole', () => {
    expect(outcome.ok).toBe(c.loads);
    expect(report.format).toBe('csv');
  });

  it(c.messages.length ? `reports ${c.messages.map((m) => m.rule).join(', ')} and nothing else` : 'reports no problem', () => {
    expect(issues).toHaveLength(c.messages.length);
    for (const message of c.messages) {
      const found = issues.find((i) => i.rule === message.rule && (message.row === undefined || i.row === message.row));
      expect(found, `${message.rule} at row ${message.row}`).toBeDefined();
      if (message.detail) expect(found!.detail).toContain(message.detail);
      expect(ruleMessage(message.rule, 'zh')).toBe(message.zh);
      expect(ruleMessage(message.rule, 'en')).toBe(message.en);
    }
  });

  it(`keeps ${c.kept.length} and leaves out ${c.dropped.length} indicator(s)`, () => {
    const kept = outcome.ok ? outcome.dataset.indicators.map((i) => (typeof i.name === 'string' ? i.name : Object.values(i.name)[0])) : [];
    expect(kept).toEqual(c.kept);
    expect(report.kept).toBe(c.kept.length);
    expect(report.dropped.map((d) => d.id)).toEqual(c.dropped.map(slugify));
  });
});

describe('values at the edges of a CSV file', () => {
  const load = (name: string) => {
    const c = badCsvCases.find((x) => x.name === name)!;
    const outcome = parseDatasetText(c.text, c.fileName);
    if (!outcome.ok) throw new Error('refused');
    return outcome.dataset;
  };

  it('keeps 1e308 as it is', () => {
    const huge = load('1e308, and 1e309 which is beyond any number').indicators.find((i) => i.id === 'huge')!;
    expect(huge.series[0]!.points.map((p) => p.value)).toEqual([1e308, 1e308]);
  });

  it('reads -0 as 0', () => {
    const [first] = load('negative zero').indicators[0]!.series[0]!.points;
    expect(Object.is(first!.value, 0)).toBe(true);
  });

  it('never makes a link of a source that is not http(s)', () => {
    const sources = load('a javascript: URL as the source').sources;
    expect(sources.map((s) => s.url)).toEqual([undefined, 'https://www.miit.gov.cn/']);
    expect(sources[0]!.title).toBe('javascript:window.__pwned=3');
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    const dataset = load('quoted fields with commas, quotes and line breaks');
    const [first] = dataset.indicators[0]!.series[0]!.points;
    expect(first).toMatchObject({ value: 1020, note: 'first line, with a comma\nsecond line with "quotes"' });
    expect(dataset.sources[0]!.title).toBe('Sichuan bureau, 2025');
  });
});
