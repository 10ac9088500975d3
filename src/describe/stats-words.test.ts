import { describe, expect, it } from 'vitest';
import raw from '../../public/data/sichuan-industry.json';
import type { Dataset, Indicator, Point, Target } from '../data/dataset/schema';
import { validateDataset } from '../data/dataset/validate';
import { figureModel } from '../data/figure/figure-model';
import { resolveFigureSettings, type FigureParams } from '../data/figure/figure-settings';
import { judgeTarget } from '../data/figure/targets';
import { figureSummary } from './summary';
import { rankChangeMark, targetMarkLabel, targetSentence, targetVerdict } from './target-words';

// The sentences of targets, ranks, two-year averages and breaks, as the summaries, slides and
// exports write them. Each expected sentence is worked out by hand from the numbers given.

const loaded = validateDataset(raw);
if (!loaded.ok) throw new Error('default dataset must be valid');
const sichuan = loaded.dataset;

function summary(ds: Dataset, id: string, lang: 'zh' | 'en', params: FigureParams = {}) {
  const ind = ds.indicators.find((i) => i.id === id)!;
  const model = figureModel({ dataset: ds, entries: [{ indicator: ind, settings: resolveFigureSettings(params, ind, ds) }], plotWidth: 0 });
  return figureSummary(ds, model, lang);
}

function points(values: [string, number | null, Point['status']?][]): Point[] {
  return values.map(([period, value, status]) => ({ period, value, source: 's', ...(status ? { status } : {}) }));
}

function indicator(kind: Indicator['kind'], frequency: Indicator['frequency'], values: [string, number | null, Point['status']?][], unit: Indicator['unit'] = { zh: '户', en: 'enterprises' }, cumulative = false): Indicator {
  return { id: 'x', theme: 't', name: { zh: '测试', en: 'Test' }, unit, kind, frequency, cumulative, decimals: kind === 'rate' ? 1 : 0, highlight: false, series: [{ region: 'a', points: points(values) }] };
}

const target = (period: string, value: number, comparison: Target['comparison']): Target => ({ indicator: 'x', region: 'a', period, value, comparison, source: 's' });

describe('the default dataset’s two targets', () => {
  it('little giants: 107 added in 2023 against at least 50', () => {
    // 107 − 50 = 57 above, met.
    expect(summary(sichuan, 'little-giants-added', 'zh')).toContain('2023年目标为50户以上，超出目标57户，完成目标。');
    expect(summary(sichuan, 'little-giants-added', 'en')).toContain('Target for 2023: at least 50 enterprises; 57 enterprises above target, target met.');
  });

  it('enterprises on the cloud: about 50,000 in 2023 against at least 30,000', () => {
    // 50,000 (approximate) − 30,000 = 20,000 = 2万: 约超出目标2万户.
    expect(summary(sichuan, 'cloud-enterprises-added', 'zh')).toBe('2023年，四川省新增上云企业为5万户（约数）。2023年目标为3万户以上，约超出目标2万户，完成目标。');
    expect(summary(sichuan, 'cloud-enterprises-added', 'en')).toContain('Target for 2023: at least 30,000 enterprises; about 20,000 enterprises above target, target met.');
  });

  it('labels the target mark with its comparison', () => {
    const ind = sichuan.indicators.find((i) => i.id === 'little-giants-added')!;
    const judgement = judgeTarget(ind, sichuan.targets![0]!);
    expect(targetMarkLabel(judgement, ind, 'zh')).toBe('目标 ≥50户');
    expect(targetMarkLabel(judgement, ind, 'en')).toBe('target ≥50 enterprises');
  });
});

describe('target sentences', () => {
  it('a rate target: the difference in percentage points', () => {
    const rate = indicator('rate', 'year', [['2024', 7.5]], '%');
    // 7.5 − 6 = 1.5 points above.
    expect(targetSentence(judgeTarget(rate, target('2024', 6, 'about')), rate, 'zh')).toBe('2024年目标为6%左右，高于目标1.5个百分点。');
    expect(targetSentence(judgeTarget(rate, target('2024', 6, 'about')), rate, 'en')).toBe('Target for 2024: about 6%; 1.5 pp above target.');
    // 7.5 against at most 8: 0.5 below, kept within the cap.
    expect(targetSentence(judgeTarget(rate, target('2024', 8, 'at-most')), rate, 'zh')).toBe('2024年目标为8%以内，低于目标0.5个百分点，控制在目标以内。');
  });

  it('a missed target', () => {
    const flow = indicator('flow', 'year', [['2024', 45]]);
    expect(targetSentence(judgeTarget(flow, target('2024', 50, 'at-least')), flow, 'zh')).toBe('2024年目标为50户以上，低于目标5户，未完成目标。');
    expect(targetVerdict(judgeTarget(flow, target('2024', 50, 'at-least')), flow, 'en')).toBe('5 enterprises below target, target missed');
  });

  it('completion against the share of the year elapsed', () => {
    const ytd = indicator('flow', 'month', [['2024-06', 566]], { zh: '户', en: 'enterprises' }, true);
    // 566 / 1000 = 56.6%; June is 50% of the year: 6.6 points ahead.
    expect(targetSentence(judgeTarget(ytd, target('2024', 1000, 'at-least')), ytd, 'zh')).toBe('2024年目标为1000户以上，2024年1—6月完成全年目标的56.6%，超序时进度6.6个百分点。');
    expect(targetSentence(judgeTarget(ytd, target('2024', 1000, 'at-least')), ytd, 'en')).toBe(
      'Target for 2024: at least 1,000 enterprises; Jan–Jun 2024: 56.6% of the annual target done, 6.6 pp ahead of the share of the year elapsed.',
    );
  });

  it('no figure yet', () => {
    const flow = indicator('flow', 'year', [['2024', 45]]);
    expect(targetSentence(judgeTarget(flow, target('2026', 50, 'at-least')), flow, 'zh')).toBe('2026年目标为50户以上，尚无数据。');
  });
});

describe('rank, two-year average and break sentences', () => {
  const regions = [
    { id: 'a', name: { zh: '甲地', en: 'Alpha' } },
    { id: 'b', name: { zh: '乙地', en: 'Beta' } },
    { id: 'c', name: { zh: '丙地', en: 'Gamma' } },
    { id: 'n', name: { zh: '全国', en: 'Nation' }, aggregate: true },
  ];
  const base = (indicators: Indicator[], extra: Partial<Dataset> = {}): Dataset => ({
    format: 'indicator-dataset/v1',
    id: 'd',
    title: 'D',
    updated: '2026-01-01',
    regions,
    themes: [{ id: 't', name: 'T' }],
    sources: [{ id: 's', kind: 'official', title: 'S' }],
    indicators,
    annotations: [],
    milestones: [],
    ...extra,
  });
  const ranked: Indicator = {
    ...indicator('rate', 'year', []),
    unit: '%',
    series: [
      { region: 'a', points: points([['2024', 5], ['2025', 7]]) },
      { region: 'b', points: points([['2024', 6], ['2025', 6]]) },
      { region: 'c', points: points([['2024', 7], ['2025', 5]]) },
      { region: 'n', points: points([['2024', 9], ['2025', 9]]) },
    ],
  };

  it('says the place among the regions and the places moved', () => {
    // 2025: a 7 > b 6 > c 5 → a 1st of 3; in 2024 a was 3rd (7 > 6 > 5): up 2.
    expect(summary(base([ranked]), 'x', 'zh', { transform: 'rank' })).toBe('2025年，甲地测试居3个地区第1位，比上期前移2位。');
    expect(summary(base([ranked]), 'x', 'en', { transform: 'rank' })).toBe('In 2025 Alpha ranked 1 of 3 on Test, up 2 places on the previous period.');
    expect(summary(base([ranked]), 'x', 'en', { transform: 'rank', regions: ['c'] })).toBe('In 2025 Gamma ranked 3 of 3 on Test, down 2 places on the previous period.');
    expect(rankChangeMark(2)).toBe('↑2');
    expect(rankChangeMark(-1)).toBe('↓1');
  });

  it('two-year average growth', () => {
    // 2025: √(1.07 × 1.05) = √1.1235 = 1.059953 → 6.0%.
    expect(summary(base([ranked]), 'x', 'zh', { transform: 'two-year-average', regions: ['a'] })).toBe('2025年，甲地测试两年平均增长6.0%。');
    expect(summary(base([ranked]), 'x', 'en', { transform: 'two-year-average', regions: ['a'] })).toBe('In 2025 Test for Alpha grew by an average of 6.0% a year over two years.');
  });

  it('names a break in the range and states no change across it', () => {
    const stock = { ...indicator('stock', 'year', [['2023', 100], ['2024', 150]]) };
    const ds = base([stock], { breaks: [{ indicator: 'x', period: '2024', note: { zh: '统计范围扩大', en: 'wider coverage' } }] });
    expect(summary(ds, 'x', 'zh')).toBe('2024年，甲地测试为150户。2024年起口径调整（统计范围扩大），前后数据不可比。');
    expect(summary(ds, 'x', 'en')).toBe('In 2024 the figure for Alpha was 150 enterprises. From 2024 the coverage or method changed (wider coverage); figures before and after are not comparable.');
  });
});
