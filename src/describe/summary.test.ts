import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator, Point } from '../data/dataset/schema';
import type { Transform } from '../data/series/transforms';
import { figureModel } from '../data/figure/figure-model';
import { resolveFigureSettings, type FigureParams } from '../data/figure/figure-settings';
import { figureSummary } from './summary';
import { shownUnit } from './values';

// Every expected sentence below is worked out by hand from the points given to it.

function pts(start: number, values: (number | null)[], status: Partial<Record<number, Point['status']>> = {}): Point[] {
  return values.map((value, i) => ({ period: String(start + i), value, source: 's', ...(status[start + i] ? { status: status[start + i] } : {}) }));
}

function make(kind: Indicator['kind'], unit: Indicator['unit'], series: { region: string; points: Point[] }[], extra: Partial<Indicator> = {}): { dataset: Dataset; indicator: Indicator } {
  const indicator: Indicator = {
    id: 'x',
    theme: 't',
    name: { zh: '测试指标', en: 'Test indicator' },
    unit,
    kind,
    frequency: 'year',
    cumulative: false,
    highlight: false,
    series,
    ...extra,
  };
  const dataset: Dataset = {
    format: 'indicator-dataset/v1',
    id: 'd',
    title: 'D',
    updated: '2026-01-01',
    regions: [
      { id: 'sc', name: { zh: '四川省', en: 'Sichuan' } },
      { id: 'cn', name: { zh: '全国', en: 'China' } },
    ],
    themes: [{ id: 't', name: 'T' }],
    sources: [{ id: 's', kind: 'official', title: 'S' }],
    indicators: [indicator],
    annotations: [],
    milestones: [],
  };
  return { dataset, indicator };
}

function model(made: { dataset: Dataset; indicator: Indicator }, transform: Transform = 'published', opts: FigureParams = {}) {
  const settings = resolveFigureSettings({ ...opts, transform }, made.indicator, made.dataset);
  return figureModel({ dataset: made.dataset, entries: [{ indicator: made.indicator, settings }], plotWidth: 0 });
}

function summary(made: { dataset: Dataset; indicator: Indicator }, lang: 'zh' | 'en', transform: Transform = 'published', opts: FigureParams = {}) {
  return figureSummary(made.dataset, model(made, transform, opts), lang);
}

const PERCENT = { zh: '%', en: '%' };
const FIRMS = { zh: '户', en: 'enterprises' };
const YUAN = { zh: '亿元', en: '100 million yuan' };

describe('figureSummary: rate', () => {
  // Sichuan 6.6 → 6.5 is −0.1 pp; against China's 5.9 it is 0.6 pp higher.
  // Over 2023–2025 the high is 6.6 (2024) and the low 6.1 (2023).
  const rate = make('rate', PERCENT, [
    { region: 'sc', points: pts(2023, [6.1, 6.6, 6.5]) },
    { region: 'cn', points: pts(2023, [4.6, 5.8, 5.9]) },
  ], { decimals: 1 });

  it('says the latest value, the change, the comparison region and the range in Chinese', () => {
    expect(summary(rate, 'zh')).toBe(
      '2025年，四川省测试指标为6.5%，比2024年回落0.1个百分点，高于全国0.6个百分点（全国为5.9%）。2023—2025年间，最高为6.6%（2024年），最低为6.1%（2023年）。',
    );
  });

  it('says the same in English', () => {
    expect(summary(rate, 'en')).toBe(
      'In 2025 the figure for Sichuan was 6.5%, down 0.1 pp from 2024, and 0.6 pp above China (5.9%). Over 2023–2025 the high was 6.6% (2024) and the low 6.1% (2023).',
    );
  });

  it('words a gap to the other region, with its high and low in signed points', () => {
    // Gaps: 6.1−4.6 = 1.5, 6.6−5.8 = 0.8, 6.5−5.9 = 0.6.
    expect(summary(rate, 'zh', 'gap')).toBe('2025年，四川省测试指标高于全国0.6个百分点。2023—2025年间，最高为+1.5个百分点（2023年），最低为+0.6个百分点（2025年）。');
    expect(summary(rate, 'en', 'gap')).toBe('In 2025 Sichuan was 0.6 pp above China. Over 2023–2025 the high was +1.5 pp (2023) and the low +0.6 pp (2025).');
  });

  it('keeps to the range and regions in the address', () => {
    // 2023–2024 only, China alone: 5.8 after 4.6 is +1.2 pp; two values give no range sentence.
    expect(summary(rate, 'en', 'published', { regions: ['cn'], to: '2024' })).toBe('In 2024 the figure for China was 5.8%, up 1.2 pp from 2023.');
  });
});

describe('figureSummary: stock', () => {
  // 2022 is a known gap: the change is taken from 2021 and named so; the low skips the null.
  const stock = make('stock', FIRMS, [{ region: 'sc', points: pts(2020, [14, 316, null, 486], { 2023: 'approximate' }) }]);

  it('compares with the latest earlier figure when the period before is a gap', () => {
    expect(summary(stock, 'zh')).toBe('2023年，四川省测试指标为486户（约数），比2021年增加170户。2020—2023年间，最高为486户（2023年），最低为14户（2020年）。');
    expect(summary(stock, 'en')).toBe(
      'In 2023 the figure for Sichuan was 486 enterprises (approximate), up 170 enterprises from 2021. Over 2020–2023 the high was 486 enterprises (2023) and the low 14 enterprises (2020).',
    );
  });

  it('words additions, which need the calendar-previous period', () => {
    // Additions: 2020 none before, 2021 316−14 = 302, 2022 null, 2023 null (2022 missing).
    expect(summary(stock, 'zh', 'additions')).toBe('2021年，四川省测试指标（比上期增加）为302户。');
    expect(summary(stock, 'en', 'additions')).toBe('In 2021 the addition on the previous period for Sichuan was 302 enterprises.');
  });
});

describe('figureSummary: flow', () => {
  // Running total of 7, 14, 19 is 7, 21, 40; its last step adds 19.
  const flow = make('flow', { zh: '家', en: 'factories' }, [{ region: 'sc', points: pts(2017, [7, 14, 19], { 2019: 'shortlist' }) }], { decimals: 0 });

  it('words the running total with the status its inputs carry', () => {
    expect(summary(flow, 'zh', 'running-total')).toBe('2019年，四川省测试指标（逐期累计）为40家（公示名单），比2018年增加19家。2017—2019年间，最高为40家（2019年），最低为7家（2017年）。');
  });

  it('uses the singular for exactly one in English', () => {
    const one = make('flow', FIRMS, [{ region: 'sc', points: pts(2023, [1]) }]);
    expect(summary(one, 'en')).toBe('In 2023 the figure for Sichuan was 1 enterprise.');
  });
});

describe('figureSummary: level', () => {
  // 13400 → 15428.2 → 16705.2 亿元. Change 2022: 16705.2 / 15428.2 − 1 = 8.277…% → 8.3%;
  // 2021: 15428.2 / 13400 − 1 = 15.136…% → 15.1%; 8.3 − 15.1 = −6.8 pp.
  const level = make('level', YUAN, [{ region: 'sc', points: pts(2020, [null, 13400, 15428.2, 16705.2]) }], { decimals: 1 });

  it('scales money to the language’s magnitude words', () => {
    expect(summary(level, 'zh')).toBe('2023年，四川省测试指标为1.671万亿元，比2022年增加1277.0亿元。2020—2023年间，最高为1.671万亿元（2023年），最低为1.34万亿元（2021年）。');
    expect(summary(level, 'en')).toBe(
      'In 2023 the figure for Sichuan was 1.671 trillion yuan, up 127.7 billion yuan from 2022. Over 2020–2023 the high was 1.671 trillion yuan (2023) and the low 1.34 trillion yuan (2021).',
    );
  });

  it('words the change in percent and its own change in points', () => {
    expect(summary(level, 'zh', 'change')).toBe('2023年，四川省测试指标（比上期增长）为8.3%，比2022年回落6.8个百分点。');
    expect(summary(level, 'en', 'change')).toBe('In 2023 the change on the previous period for Sichuan was 8.3%, down 6.8 pp from 2022.');
  });

  it('words the index with its base', () => {
    // Base 2021 = 13400: 15428.2 → 115.1, 16705.2 → 124.7; 124.7 − 115.1 = 9.6.
    expect(summary(level, 'en', 'index', { base: '2021' })).toBe(
      'In 2023 the index (2021 = 100) for Sichuan was 124.7, up 9.6 from 2022. Over 2020–2023 the high was 124.7 (2023) and the low 100.0 (2021).',
    );
    expect(shownUnit(model(level, 'index', { base: '2021' }).unit, 'zh', '2021')).toBe('以2021年为100的指数');
  });
});

describe('figureSummary: edge cases', () => {
  it('says a single point without change or range', () => {
    const single = make('rate', PERCENT, [{ region: 'sc', points: pts(2025, [6.5]) }]);
    expect(summary(single, 'zh')).toBe('2025年，四川省测试指标为6.5%。');
  });

  it('says so when there is nothing to show', () => {
    const empty = make('stock', FIRMS, [{ region: 'sc', points: pts(2024, [null, null]) }]);
    expect(summary(empty, 'zh')).toBe('没有可显示的数值。');
    expect(summary(empty, 'en')).toBe('No values to show.');
  });

  it('leaves out the range when every value is the same, and names the comparison for other kinds', () => {
    const flat = make('stock', FIRMS, [
      { region: 'sc', points: pts(2021, [5, 5, 5]) },
      { region: 'cn', points: pts(2021, [50, 60, 70]) },
    ]);
    expect(summary(flat, 'zh')).toBe('2023年，四川省测试指标为5户，与2022年持平，全国为70户。');
    expect(summary(flat, 'en')).toBe('In 2023 the figure for Sichuan was 5 enterprises, unchanged from 2022, and compared with 70 enterprises for China.');
  });

  it('gives ties of the high and low to the most recent period', () => {
    const ties = make('flow', FIRMS, [{ region: 'sc', points: pts(2020, [3, 1, 3, 1]) }]);
    expect(summary(ties, 'en')).toContain('the high was 3 enterprises (2022) and the low 1 enterprise (2023)');
  });
});
